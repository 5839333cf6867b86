package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.comparison.ComparisonGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast single-line path writes what JasperReports' own PDF exporter writes: one benchmark,
 * filled once, exported by both, must have the same glyphs at the same places in the same fonts,
 * the same bookmarks, and the same tags but for the "Text" element JasperReports nests in a table
 * cell for its text.
 */
class CellPdfExporterTest {
  private static final JasperReportsContext CONTEXT = DefaultJasperReportsContext.getInstance();
  private static final double TOLERANCE_POINTS = 0.01;

  private static RenderedPdf usual;
  private static RenderedPdf fast;
  private static int linesWritten;

  @BeforeAll
  static void exportOneBenchmarkBothWays() throws JRException {
    Perspective horsens =
        Perspective.benchmark(
            SharedRenderer.SEP, ComparisonGroup.standard(SharedRenderer.SEP, RunFixture.HORSENS));
    PdfReport report = SharedRenderer.RENDERER.pdfReport();
    JasperPrint print =
        report.fill(
            ReportKind.BENCHMARK,
            SharedRenderer.SEP,
            horsens,
            ReportContents.panels(
                ReportKind.BENCHMARK, new RunDatasets(SharedRenderer.SEP), horsens));
    usual = new RenderedPdf(PdfReport.export(print, "titel", new JRPdfExporter(CONTEXT)));
    CellPdfExporter cells = new CellPdfExporter(CONTEXT);
    fast = new RenderedPdf(PdfReport.export(print, "titel", cells));
    linesWritten = cells.linesWritten();
  }

  @Test
  void most_texts_of_a_benchmark_take_the_fast_path() {
    assertTrue(linesWritten > 1_000, linesWritten + " single lines written");
  }

  @Test
  void every_glyph_is_where_jasperreports_puts_it_in_the_same_font() {
    List<Glyph> expected = glyphs(usual);
    List<Glyph> actual = glyphs(fast);
    assertTrue(expected.size() > 10_000, expected.size() + " glyphs");
    assertEquals(expected.size(), actual.size(), "number of glyphs");
    for (int i = 0; i < expected.size(); i++) {
      Glyph e = expected.get(i);
      Glyph a = actual.get(i);
      String where = "glyph " + i + " " + e + " against " + a;
      assertEquals(e.page(), a.page(), where);
      assertEquals(e.text(), a.text(), where);
      assertEquals(e.font(), a.font(), where);
      assertEquals(e.size(), a.size(), TOLERANCE_POINTS, where);
      assertEquals(e.x(), a.x(), TOLERANCE_POINTS, where);
      assertEquals(e.y(), a.y(), TOLERANCE_POINTS, where);
    }
  }

  @Test
  void the_tags_are_the_same_but_a_cell_holds_its_text_without_a_text_element() {
    Map<String, Integer> expected = structure(usual);
    Map<String, Integer> actual = structure(fast);
    assertTrue(expected.getOrDefault("TD", 0) > 1_000, "table cells tagged: " + expected);
    assertEquals(expected.get("marked content"), actual.get("marked content"), "tagged content");
    assertTrue(
        actual.get("Text") < expected.get("Text") / 2,
        "Text elements: " + actual.get("Text") + " against " + expected.get("Text"));
    expected.remove("Text");
    actual.remove("Text");
    assertEquals(expected, actual);
  }

  @Test
  void the_bookmarks_are_the_same_and_lead_to_the_same_pages() {
    List<String> expected = bookmarks(usual);
    assertTrue(expected.size() > 10, "bookmarks: " + expected);
    assertEquals(expected, bookmarks(fast));
  }

  private static List<String> bookmarks(RenderedPdf pdf) {
    List<String> bookmarks = new ArrayList<>();
    try (PDDocument document = pdf.open()) {
      PDOutlineItem item = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
      collect(item, document, bookmarks);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bookmarks;
  }

  private static void collect(PDOutlineItem item, PDDocument document, List<String> out)
      throws IOException {
    for (PDOutlineItem i = item; i != null; i = i.getNextSibling()) {
      PDPage page = i.findDestinationPage(document);
      out.add(i.getTitle() + " @" + (page == null ? -1 : document.getPages().indexOf(page)));
      collect(i.getFirstChild(), document, out);
    }
  }

  private record Glyph(int page, String text, String font, float size, float x, float y) {}

  private static List<Glyph> glyphs(RenderedPdf pdf) {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument document = pdf.open()) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                glyphs.add(
                    new Glyph(
                        getCurrentPageNo(),
                        p.getUnicode(),
                        p.getFont().getName().replaceAll("^[A-Z]{6}\\+", ""),
                        p.getFontSizeInPt(),
                        p.getXDirAdj(),
                        p.getYDirAdj()));
              }
            }
          };
      stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    glyphs.sort(
        Comparator.comparingInt(Glyph::page)
            .thenComparingDouble(g -> Math.round(g.y() * 10))
            .thenComparingDouble(Glyph::x)
            .thenComparing(Glyph::text));
    return glyphs;
  }

  private static Map<String, Integer> structure(RenderedPdf pdf) {
    Map<String, Integer> counts = new TreeMap<>();
    try (PDDocument document = pdf.open()) {
      for (Object kid : document.getDocumentCatalog().getStructureTreeRoot().getKids()) {
        count(kid, counts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  private static void count(Object node, Map<String, Integer> counts) {
    if (node instanceof PDStructureElement element) {
      counts.merge(element.getStructureType(), 1, Integer::sum);
      for (Object kid : element.getKids()) {
        count(kid, counts);
      }
    } else if (node instanceof Integer) {
      counts.merge("marked content", 1, Integer::sum);
    }
  }
}
