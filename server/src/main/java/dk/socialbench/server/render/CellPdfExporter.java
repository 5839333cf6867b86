package dk.socialbench.server.render;

import com.lowagie.text.Font;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.pdf.AbstractPdfTextRenderer;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.SimplePdfTextRenderer;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;

/**
 * JasperReports' PDF exporter with a faster way to write a text that fits on one line, such as a
 * table cell: a benchmark has about 11,000 of them, and laying each out as a paragraph (OpenPDF's
 * {@code ColumnText}, with bidi analysis and chunk arrays per cell) was half of the export time.
 *
 * <p>The output is the same: the same glyphs at the same positions, in the same fonts, inside the
 * same tags. Any text the fast path is not sure of goes the usual way (see {@link
 * SingleLineTextRenderer}).
 */
final class CellPdfExporter extends JRPdfExporter {

  private final Map<FontKey, Font> fonts = new HashMap<>();
  private int linesWritten;

  CellPdfExporter(JasperReportsContext context) {
    super(context);
    this.tagHelper = new Tags(this);
  }

  @Override
  protected AbstractPdfTextRenderer getTextRenderer(JRPrintText text, JRStyledText styledText) {
    AbstractPdfTextRenderer usual = super.getTextRenderer(text, styledText);
    if (usual.getClass() != SimplePdfTextRenderer.class
        || !(pdfProducer instanceof ClassicPdfProducer)) {
      return usual;
    }
    return new SingleLineTextRenderer(
        jasperReportsContext, createPdfTextRendererContext(text, styledText, locale(text)));
  }

  /**
   * The font of a run with these attributes. One export asks for the same few fonts thousands of
   * times, and JasperReports resolves each from scratch.
   */
  Font font(Map<Attribute, Object> attributes, Locale locale) {
    return fonts.computeIfAbsent(
        new FontKey(Map.copyOf(attributes), locale),
        key -> ((ClassicPdfProducer) pdfProducer).getFont(key.attributes(), key.locale()));
  }

  private record FontKey(Map<Attribute, Object> attributes, Locale locale) {}

  /** How many texts this exporter wrote as single lines, bypassing JasperReports' layout. */
  int linesWritten() {
    return linesWritten;
  }

  void countLine() {
    linesWritten++;
  }

  /** The height of the page being exported, in points. */
  float pageHeight() {
    return getCurrentPageFormat().getPageHeight();
  }

  private Locale locale(JRPrintText text) {
    return getTextLocale(text);
  }

  /** Opens the tag helper's text tags to the renderer, which lives outside JasperReports. */
  static final class Tags extends JRPdfExporterTagHelper {
    Tags(JRPdfExporter exporter) {
      super(exporter);
    }

    void beginText() {
      startText(false);
    }

    void finishText() {
      endText();
    }
  }
}
