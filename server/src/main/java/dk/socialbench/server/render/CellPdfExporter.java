package dk.socialbench.server.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.PdfConstants;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.pdf.AbstractPdfTextRenderer;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.SimplePdfTextRenderer;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;

/**
 * JasperReports' PDF exporter with a faster way to write a text that fits on one line, such as a
 * table cell: a benchmark has about 11,000 of them, and laying each out as a paragraph (OpenPDF's
 * {@code ColumnText}, with bidi analysis and chunk arrays per cell) was half of the export time.
 *
 * <p>The page is the same: the same glyphs at the same positions, in the same fonts, with the same
 * bookmarks. The tags are the same but for a cell's text, which is the cell's own content rather
 * than a "Text" element inside it (see {@link Tags}). Any text the fast path is not sure of goes
 * the usual way (see {@link SingleLineTextRenderer}).
 */
final class CellPdfExporter extends JRPdfExporter {

  private final Map<List<Object>, Font> fonts = new HashMap<>();
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
        jasperReportsContext, createPdfTextRendererContext(text, styledText, getTextLocale(text)));
  }

  /**
   * The font of a run with these attributes, {@code style} being their values (and the locale) in a
   * fixed order. One export asks for the same few fonts thousands of times, and JasperReports
   * resolves each from scratch.
   */
  Font font(List<Object> style, Map<Attribute, Object> attributes, Locale locale) {
    Font font = fonts.get(style);
    if (font == null) {
      font = ((ClassicPdfProducer) pdfProducer).getFont(attributes, locale);
      fonts.put(style, font);
    }
    return font;
  }

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

  /**
   * The tag helper, with the text tags opened to the renderer (which lives outside JasperReports)
   * and one change: a text that is a table cell by itself is marked as the cell's own content,
   * where JasperReports would nest a "Text" element in the cell for it. The cell's text is the same
   * to a screen reader; the structure tree has half the elements to build and write.
   */
  static final class Tags extends JRPdfExporterTagHelper {
    Tags(JRPdfExporter exporter) {
      super(exporter);
    }

    void beginText(JRPrintText text, PdfContentByte page) {
      if (isTagged && isWholeCell(text) && tagStack.peek() instanceof ClassicStructureEntry cell) {
        PdfObject kids = cell.getElement().get(PdfName.K);
        if (kids instanceof PdfArray array && array.isEmpty()) {
          // The cell's empty kids make way for the one marked content (OpenPDF sets K to it).
          cell.getElement().remove(PdfName.K);
          page.beginMarkedContentSequence(cell.getElement());
          return;
        }
      }
      startText(false);
    }

    /** Closes what {@link #beginText} opened, as JasperReports closes a text's tag. */
    void finishText() {
      endText();
    }

    private static boolean isWholeCell(JRPrintText text) {
      if (!text.hasProperties()) {
        return false;
      }
      JRPropertiesMap properties = text.getPropertiesMap();
      return PdfConstants.TAG_FULL.equals(properties.getProperty(PdfConstants.PROPERTY_TAG_TD))
          || PdfConstants.TAG_FULL.equals(properties.getProperty(PdfConstants.PROPERTY_TAG_TH));
    }
  }
}
