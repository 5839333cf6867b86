package dk.socialbench.server.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.awt.font.TextAttribute;
import java.text.Annotation;
import java.text.AttributedCharacterIterator;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRAnchor;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.type.HyperlinkTypeEnum;
import net.sf.jasperreports.engine.type.RunDirectionEnum;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.engine.util.JRTextAttribute;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.SimplePdfTextRenderer;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.PdfTextRendererContext;

/**
 * Writes a text that is one plain run on one line straight into the page, where {@link
 * SimplePdfTextRenderer} would lay it out with OpenPDF's {@code ColumnText}. It places the glyphs
 * where {@code ColumnText} does: baseline one leading (font size × line spacing factor) below the
 * top of the text area, left, right or centred in the width between the paddings.
 *
 * <p>Anything else (several runs or lines, a text that would wrap or not fit in height, lists,
 * links, anchors and bookmarks, underlining, simulated bold or italic, justified or right-to-left
 * text, leading or trailing white space) is rendered by {@link SimplePdfTextRenderer}, unchanged.
 */
final class SingleLineTextRenderer extends SimplePdfTextRenderer {
  /** The attributes of the plain runs JasperReports makes of a styled text field. */
  private static final List<Attribute> PLAIN =
      List.of(
          TextAttribute.FAMILY,
          TextAttribute.SIZE,
          TextAttribute.WEIGHT,
          TextAttribute.POSTURE,
          TextAttribute.FOREGROUND,
          JRTextAttribute.PDF_FONT_NAME,
          JRTextAttribute.PDF_ENCODING,
          JRTextAttribute.IS_PDF_EMBEDDED);

  private final Locale locale;
  private final boolean fromRun;
  private float top;

  /**
   * @param fromRun whether a plain text is written from its one run's attributes (see {@link
   *     #render}); false goes through JasperReports' paragraph loop, for comparison
   */
  SingleLineTextRenderer(
      JasperReportsContext context, PdfTextRendererContext textContext, boolean fromRun) {
    super(context, textContext);
    this.locale = textContext.getTextLocale();
    this.fromRun = fromRun;
  }

  @Override
  public void initialize(
      JRPdfExporter exporter,
      PdfProducer producer,
      JRPdfExporterTagHelper tags,
      JRPrintText printText,
      JRStyledText styled,
      int offsetX,
      int offsetY) {
    super.initialize(exporter, producer, tags, printText, styled, offsetX, offsetY);
    // The same first line as SimplePdfTextRenderer's.
    top =
        pageHeight(exporter) - y - topPadding - verticalAlignOffset - printText.getLeadingOffset();
  }

  /**
   * A plain text field's styled text is one run over the whole text: such a text is written from
   * the run's attributes, without the {@code AttributedString} and paragraph loop of {@code
   * AbstractTextRenderer.render} (about a tenth of the export's CPU), when {@link #writeLine} takes
   * it; anything else goes that way as before.
   */
  @Override
  public void render() {
    List<JRStyledText.Run> runs = styledText.getRuns();
    if (fromRun && runs.size() == 1) {
      JRStyledText.Run run = runs.get(0);
      if (run.startIndex == 0
          && run.endIndex == allText.length()
          && run.attributes != null
          && run.attributes.values().stream().noneMatch(v -> v instanceof Annotation)) {
        // What the paragraph loop sets for a text outside any list.
        htmlListIndent = 0;
        bulletText = null;
        bulletChunk = null;
        if (writeLine(run.attributes, allText, true)) {
          return;
        }
      }
    }
    super.render();
  }

  @Override
  protected void renderParagraph(
      AttributedCharacterIterator allParagraphs, int paragraphStart, String paragraphText) {
    if (!writeLine(allParagraphs, paragraphStart, paragraphText)) {
      super.renderParagraph(allParagraphs, paragraphStart, paragraphText);
    }
  }

  /** Writes the paragraph if it is one plain line; false, having written nothing, if not. */
  private boolean writeLine(AttributedCharacterIterator all, int start, String line) {
    if (line == null || line.isEmpty()) {
      return false;
    }
    all.setIndex(start);
    if (all.getRunLimit() < start + line.length()) {
      return false;
    }
    return writeLine(all.getAttributes(), line, false);
  }

  /**
   * Writes {@code line}, the whole text, in the style {@code attributes} if it is one plain line;
   * false, having written nothing, if not. {@code wholeRun}: the attributes are the text's one
   * run's.
   */
  private boolean writeLine(Map<Attribute, Object> attributes, String line, boolean wholeRun) {
    if (line == null
        || line.isEmpty()
        || line.length() != allText.length()
        || bulletChunk != null
        || htmlListIndent != 0
        || text.getLinkType() != null
        || text.getHyperlinkType() != HyperlinkTypeEnum.NONE
        || text.getAnchorName() != null
        || text.getBookmarkLevel() != JRAnchor.NO_BOOKMARK
        || text.getRunDirection() != RunDirectionEnum.LTR
        || horizontalAlignment == PdfTextAlignment.JUSTIFIED
        || text.getLineSpacingFactor() <= 0
        || !tagHelper.getClass().equals(CellPdfExporter.Tags.class)
        || !plainCharacters(line)) {
      return false;
    }
    Object[] style = new Object[PLAIN.size() + 1];
    for (Map.Entry<Attribute, Object> attribute : attributes.entrySet()) {
      int i = PLAIN.indexOf(attribute.getKey());
      if (i < 0) {
        return false;
      }
      style[i] = attribute.getValue();
    }
    style[PLAIN.size()] = locale;
    Font font = ((CellPdfExporter) pdfExporter).font(Arrays.asList(style), attributes, locale);
    BaseFont baseFont = font.getBaseFont();
    if (baseFont == null || font.getStyle() > 0 || !hasGlyphs(baseFont, line)) {
      return false; // no base font, simulated bold or italic, or a glyph to substitute
    }
    float size = font.getSize();
    float left = htmlListIndent + x + leftPadding;
    float available = x + width - rightPadding - left;
    float lineWidth = baseFont.getWidthPoint(line, size);
    float leading = size * text.getLineSpacingFactor();
    float bottom =
        pageHeight(pdfExporter) - y - height + bottomPadding - (legacyTextMeasuringFix ? 1 : 0);
    if (lineWidth > available || top - leading < bottom) {
      return false;
    }
    float indent =
        switch (horizontalAlignment) {
          case RIGHT -> available - lineWidth;
          case CENTER -> (available - lineWidth) / 2;
          default -> 0;
        };
    Color color = font.getColor();
    PdfContentByte page = ((ClassicPdfProducer) pdfProducer).getPdfContentByte();
    CellPdfExporter.Tags tags = (CellPdfExporter.Tags) tagHelper;
    tags.beginText(text, page);
    page.beginText();
    page.setFontAndSize(baseFont, size);
    if (color != null) {
      page.setColorFill(color);
    }
    page.setTextMatrix(left + indent, top - leading);
    page.showText(line);
    if (color != null) {
      page.resetRGBColorFill();
    }
    page.endText();
    tags.finishText();
    ((CellPdfExporter) pdfExporter).countLine(wholeRun);
    return true;
  }

  private static float pageHeight(JRPdfExporter exporter) {
    return ((CellPdfExporter) exporter).pageHeight();
  }

  /**
   * No control characters (tabs, breaks), nothing a bidi analysis would reorder, and no white space
   * at either end (a line's trailing space does not count in its width).
   */
  private static boolean plainCharacters(String line) {
    if (Character.isWhitespace(line.charAt(0))
        || Character.isWhitespace(line.charAt(line.length() - 1))) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c < ' ' || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c) || reorders(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean reorders(char c) {
    return switch (Character.getDirectionality(c)) {
      case Character.DIRECTIONALITY_RIGHT_TO_LEFT,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
          Character.DIRECTIONALITY_ARABIC_NUMBER,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
          Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE ->
          true;
      default -> false;
    };
  }

  private static boolean hasGlyphs(BaseFont font, String line) {
    for (int i = 0; i < line.length(); i++) {
      if (!font.charExists(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
