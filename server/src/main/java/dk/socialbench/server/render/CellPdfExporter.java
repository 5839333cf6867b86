package dk.socialbench.server.render;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.crosstabs.JRCellContents;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRPen;
import net.sf.jasperreports.engine.JRPenContainer;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JRPropertiesMap;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.PdfConstants;
import net.sf.jasperreports.engine.type.LineStyleEnum;
import net.sf.jasperreports.engine.util.JRStyledText;
import net.sf.jasperreports.export.AccessibilityUtil;
import net.sf.jasperreports.pdf.AbstractPdfTextRenderer;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.JRPdfExporterTagHelper;
import net.sf.jasperreports.pdf.SimplePdfTextRenderer;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicStructureEntry;
import net.sf.jasperreports.pdf.common.LineCapStyle;

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

  /** The pens of each box, resolved through its styles once: texts of a template share a box. */
  private final Map<JRLineBox, Pens> pens = new IdentityHashMap<>();

  private final boolean resolveOnce;
  private int linesWritten;
  private int linesFromRuns;

  CellPdfExporter(JasperReportsContext context) {
    this(context, true);
  }

  /**
   * @param resolveOnce whether to read a table element's tag properties once per template (see
   *     {@link Tags#createStartTags}), a box's pens once per box (see {@link #exportBox}), a text's
   *     style attributes once per template (see {@link TemplateTextStyles}) and a plain text's
   *     style from its one run (see {@link SingleLineTextRenderer#render}); false reads them for
   *     every element as JasperReports does, for comparison
   */
  CellPdfExporter(JasperReportsContext context, boolean resolveOnce) {
    super(context);
    this.resolveOnce = resolveOnce;
    this.tagHelper = new Tags(this, resolveOnce);
    if (resolveOnce) {
      noBackcolorSelector = new TemplateTextStyles(context, noBackcolorSelector);
    }
  }

  /**
   * Draws the box as JasperReports does, with its pens resolved once per box: JasperReports
   * resolves a pen's width through the box, the element's style and its parents each time it reads
   * it, up to 16 times for every table cell.
   */
  @Override
  protected void exportBox(JRLineBox box, JRPrintElement element) {
    if (!resolveOnce) {
      super.exportBox(box, element);
      return;
    }
    Pens p = pens.computeIfAbsent(box, Pens::of);
    exportTopPen(p.top(), p.left(), p.right(), element);
    exportLeftPen(p.top(), p.left(), p.bottom(), element);
    exportBottomPen(p.left(), p.bottom(), p.right(), element);
    exportRightPen(p.top(), p.bottom(), p.right(), element);
    pdfContent.setLineDash(0f);
    pdfContent.setLineCap(LineCapStyle.PROJECTING_SQUARE);
  }

  /** A box's four pens, resolved. */
  private record Pens(JRPen top, JRPen left, JRPen bottom, JRPen right) {
    static Pens of(JRLineBox box) {
      return new Pens(
          ResolvedPen.of(box.getTopPen()),
          ResolvedPen.of(box.getLeftPen()),
          ResolvedPen.of(box.getBottomPen()),
          ResolvedPen.of(box.getRightPen()));
    }
  }

  /** A pen's width, style and colour as its styles resolve them, read-only. */
  private record ResolvedPen(
      JRPenContainer container, Float width, LineStyleEnum style, java.awt.Color color)
      implements JRPen {
    static ResolvedPen of(JRPen pen) {
      return new ResolvedPen(
          pen.getPenContainer(), pen.getLineWidth(), pen.getLineStyle(), pen.getLineColor());
    }

    @Override
    public JRPenContainer getPenContainer() {
      return container;
    }

    @Override
    public JRPen clone(JRPenContainer penContainer) {
      return new ResolvedPen(penContainer, width, style, color);
    }

    @Override
    public void populateStyle() {}

    @Override
    public Float getLineWidth() {
      return width;
    }

    @Override
    public Float getOwnLineWidth() {
      return width;
    }

    @Override
    public void setLineWidth(Float lineWidth) {
      throw new UnsupportedOperationException("a resolved pen is read-only");
    }

    @Override
    public LineStyleEnum getLineStyle() {
      return style;
    }

    @Override
    public LineStyleEnum getOwnLineStyle() {
      return style;
    }

    @Override
    public void setLineStyle(LineStyleEnum lineStyle) {
      throw new UnsupportedOperationException("a resolved pen is read-only");
    }

    @Override
    public java.awt.Color getLineColor() {
      return color;
    }

    @Override
    public java.awt.Color getOwnLineColor() {
      return color;
    }

    @Override
    public void setLineColor(java.awt.Color lineColor) {
      throw new UnsupportedOperationException("a resolved pen is read-only");
    }
  }

  @Override
  protected AbstractPdfTextRenderer getTextRenderer(JRPrintText text, JRStyledText styledText) {
    AbstractPdfTextRenderer usual = super.getTextRenderer(text, styledText);
    if (usual.getClass() != SimplePdfTextRenderer.class
        || !(pdfProducer instanceof ClassicPdfProducer)) {
      return usual;
    }
    return new SingleLineTextRenderer(
        jasperReportsContext,
        createPdfTextRendererContext(text, styledText, getTextLocale(text)),
        resolveOnce);
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

  /** How many of {@link #linesWritten} were written from their one run's attributes. */
  int linesFromRuns() {
    return linesFromRuns;
  }

  void countLine(boolean fromRun) {
    linesWritten++;
    linesFromRuns += fromRun ? 1 : 0;
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
    /**
     * The table tags of elements whose properties are all their template's, by the template's
     * properties: a benchmark's ~3,500 elements share a few hundred templates.
     */
    private final Map<JRPropertiesMap, TableTags> byTemplate = new IdentityHashMap<>();

    private final boolean tableTagsOnce;

    Tags(JRPdfExporter exporter, boolean tableTagsOnce) {
      super(exporter);
      this.tableTagsOnce = tableTagsOnce;
    }

    /**
     * As JasperReports opens an element's tags, which reads about 30 properties of every element
     * (each through the element's and its template's property maps), a fifth of a benchmark's
     * export: an element whose only tag properties are a table's, row's or cell's is tagged from
     * those, read once per template; any other goes JasperReports' way.
     */
    @Override
    protected void createStartTags(JRPrintElement element) {
      TableTags tags = tableTags(element);
      if (tags == null) {
        super.createStartTags(element);
        return;
      }
      if (opens(tags.table())) {
        createTableStartTag();
      }
      if (opens(tags.row())) {
        createTrStartTag();
      }
      if (opens(tags.header())) {
        createThStartTag(element);
      }
      if (opens(tags.cell())) {
        createTdStartTag(element);
      }
    }

    /** Closes what {@link #createStartTags} opened, in JasperReports' order. */
    @Override
    protected void createEndTags(JRPrintElement element) {
      TableTags tags = tableTags(element);
      if (tags == null) {
        super.createEndTags(element);
        return;
      }
      if (closes(tags.cell())) {
        closeCell();
      }
      if (closes(tags.header())) {
        closeCell();
      }
      if (closes(tags.row())) {
        tagStack.pop();
      }
      if (closes(tags.table())) {
        tagStack.pop();
      }
    }

    /** As JasperReports closes a cell: an empty one gets an empty span. */
    private void closeCell() {
      if (isTagEmpty) {
        pdfStructure.beginTag(tagStack.peek(), "Span");
        pdfStructure.endTag();
      }
      tagStack.pop();
    }

    /**
     * The element's table tags, {@link TableTags#NONE} without tag properties, or null if it has
     * other tag properties (lists, headings, spans, crosstab cells), which JasperReports handles.
     */
    private TableTags tableTags(JRPrintElement element) {
      if (!tableTagsOnce) {
        return null;
      }
      if (!element.hasProperties()) {
        return TableTags.NONE;
      }
      JRPropertiesMap properties = element.getPropertiesMap();
      JRPropertiesMap template = properties.getBaseProperties();
      if (properties.hasOwnProperties() || template == null) {
        return TableTags.of(properties);
      }
      return byTemplate.computeIfAbsent(template, TableTags::of);
    }

    private static boolean opens(String tag) {
      return PdfConstants.TAG_START.equals(tag) || PdfConstants.TAG_FULL.equals(tag);
    }

    private static boolean closes(String tag) {
      return PdfConstants.TAG_END.equals(tag) || PdfConstants.TAG_FULL.equals(tag);
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

    /** The values of an element's table, row, header cell and cell tag properties. */
    record TableTags(String table, String row, String header, String cell) {
      static final TableTags NONE = new TableTags(null, null, null, null);

      /** The table tags in {@code properties}, or null if it has any other tag property. */
      static TableTags of(JRPropertiesMap properties) {
        for (String name : properties.getPropertyNames()) {
          boolean tag =
              name.startsWith(TAG_PREFIX)
                  || name.equals(AccessibilityUtil.PROPERTY_ACCESSIBILITY_TAG)
                  || name.startsWith(CROSSTAB_CELL_PREFIX);
          if (tag
              && !name.equals(PdfConstants.PROPERTY_TAG_TABLE)
              && !name.equals(PdfConstants.PROPERTY_TAG_TR)
              && !name.equals(PdfConstants.PROPERTY_TAG_TH)
              && !name.equals(PdfConstants.PROPERTY_TAG_TD)) {
            return null;
          }
        }
        return new TableTags(
            properties.getProperty(PdfConstants.PROPERTY_TAG_TABLE),
            properties.getProperty(PdfConstants.PROPERTY_TAG_TR),
            properties.getProperty(PdfConstants.PROPERTY_TAG_TH),
            properties.getProperty(PdfConstants.PROPERTY_TAG_TD));
      }
    }

    /** Every tag property JasperReports reads but the accessibility tag starts with this. */
    private static final String TAG_PREFIX =
        PdfConstants.PROPERTY_TAG_TABLE.substring(
            0, PdfConstants.PROPERTY_TAG_TABLE.lastIndexOf('.') + 1);

    /** A crosstab cell's type and spans, which JasperReports tags as cells. */
    private static final String CROSSTAB_CELL_PREFIX =
        JRCellContents.PROPERTY_TYPE.substring(
            0, JRCellContents.PROPERTY_TYPE.lastIndexOf('.') + 1);
  }
}
