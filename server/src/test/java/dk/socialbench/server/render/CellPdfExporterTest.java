package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.ReportKind;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast single-line path writes what JasperReports' own PDF exporter writes, for every template:
 * the national report, a data-quality report and a benchmark with a chosen comparison group, each
 * filled once and exported by both, must have the same glyphs at the same places in the same fonts,
 * the same bookmarks, and the same tags but for the "Text" element JasperReports nests in a table
 * cell for its text.
 */
class CellPdfExporterTest {
  private static final JasperReportsContext CONTEXT = DefaultJasperReportsContext.getInstance();
  private static final double TOLERANCE_POINTS = 0.01;

  /** A document exported both ways. */
  private record Exported(RenderedPdf usual, RenderedPdf fast, int linesWritten) {}

  private static final Map<String, Exported> DOCUMENTS = new TreeMap<>();

  @BeforeAll
  static void exportEveryTemplateBothWays() throws JRException {
    PublishedRun sep = SharedRenderer.SEP;
    DOCUMENTS.put(
        "benchmark",
        export(
            ReportKind.BENCHMARK,
            Perspective.benchmark(
                sep, ComparisonGroup.of(sep, RunFixture.HORSENS, "147,151,157,183"))));
    DOCUMENTS.put("national", export(ReportKind.NATIONAL, Perspective.of(sep, null)));
    DOCUMENTS.put(
        "data-quality", export(ReportKind.DATA_QUALITY, Perspective.of(sep, RunFixture.HORSENS)));
  }

  private static Exported export(ReportKind kind, Perspective perspective) throws JRException {
    PublishedRun run = SharedRenderer.SEP;
    PdfReport report = SharedRenderer.RENDERER.pdfReport();
    JasperPrint print =
        report.fill(
            kind, run, perspective, ReportContents.panels(kind, new RunDatasets(run), perspective));
    RenderedPdf usual =
        new RenderedPdf(PdfReport.export(print, "titel", new JRPdfExporter(CONTEXT)));
    CellPdfExporter cells = new CellPdfExporter(CONTEXT);
    RenderedPdf fast = new RenderedPdf(PdfReport.export(print, "titel", cells));
    return new Exported(usual, fast, cells.linesWritten());
  }

  static List<String> documents() {
    return List.of("benchmark", "national", "data-quality");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void most_texts_take_the_fast_path(String document) {
    int lines = DOCUMENTS.get(document).linesWritten();
    assertTrue(lines > (document.equals("data-quality") ? 100 : 1_000), lines + " single lines");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void every_glyph_is_where_jasperreports_puts_it_in_the_same_font(String document) {
    List<Glyph> expected = glyphs(DOCUMENTS.get(document).usual());
    List<Glyph> actual = glyphs(DOCUMENTS.get(document).fast());
    assertTrue(expected.size() > 2_000, expected.size() + " glyphs");
    assertEquals(expected.size(), actual.size(), "number of glyphs");
    for (int i = 0; i < expected.size(); i++) {
      Glyph e = expected.get(i);
      Glyph a = actual.get(i);
      String where = document + ": glyph " + i + " " + e + " against " + a;
      assertEquals(e.page(), a.page(), where);
      assertEquals(e.text(), a.text(), where);
      assertEquals(e.font(), a.font(), where);
      assertEquals(e.size(), a.size(), TOLERANCE_POINTS, where);
      assertEquals(e.x(), a.x(), TOLERANCE_POINTS, where);
      assertEquals(e.y(), a.y(), TOLERANCE_POINTS, where);
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void the_tags_are_the_same_but_a_cell_holds_its_text_without_a_text_element(String document) {
    Map<String, Integer> expected = structure(DOCUMENTS.get(document).usual());
    Map<String, Integer> actual = structure(DOCUMENTS.get(document).fast());
    assertTrue(expected.getOrDefault("TD", 0) > 100, "table cells tagged: " + expected);
    assertEquals(expected.get("marked content"), actual.get("marked content"), "tagged content");
    assertTrue(
        actual.get("Text") < expected.get("Text"),
        "Text elements: " + actual.get("Text") + " against " + expected.get("Text"));
    expected.remove("Text");
    actual.remove("Text");
    assertEquals(expected, actual);
  }

  /**
   * Table, row and cell tags read once per template, box pens resolved once per box and plain texts
   * written from their one run's attributes give the very bytes of JasperReports' reading them for
   * every element: a benchmark with a chosen group (tables of every kind, and headings, which take
   * JasperReports' way), the national report and a data-quality report.
   */
  @ParameterizedTest
  @MethodSource("documents")
  void tags_pens_and_runs_read_once_give_the_same_bytes(String document) throws JRException {
    PublishedRun run = SharedRenderer.SEP;
    ReportKind kind =
        switch (document) {
          case "benchmark" -> ReportKind.BENCHMARK;
          case "national" -> ReportKind.NATIONAL;
          default -> ReportKind.DATA_QUALITY;
        };
    Perspective perspective =
        kind == ReportKind.BENCHMARK
            ? Perspective.benchmark(
                run, ComparisonGroup.of(run, RunFixture.HORSENS, "147,151,157,183"))
            : Perspective.of(run, kind == ReportKind.NATIONAL ? null : RunFixture.HORSENS);
    JasperPrint print =
        SharedRenderer.RENDERER
            .pdfReport()
            .fill(
                kind,
                run,
                perspective,
                ReportContents.panels(kind, new RunDatasets(run), perspective));
    DeterministicPdf.stamp(print, run.created(), document);
    JasperReportsContext deterministic = DeterministicPdf.context(CONTEXT);
    CellPdfExporter onceExporter = new CellPdfExporter(deterministic, true);
    byte[] once = DeterministicPdf.withContentId(PdfReport.export(print, "titel", onceExporter));
    CellPdfExporter eachExporter = new CellPdfExporter(deterministic, false);
    byte[] each = DeterministicPdf.withContentId(PdfReport.export(print, "titel", eachExporter));
    assertTrue(once.length > 10_000, once.length + " bytes");
    assertArrayEquals(each, once);
    // Every single line written from its run's attributes, none the other way round.
    assertEquals(eachExporter.linesWritten(), onceExporter.linesFromRuns());
    assertEquals(0, eachExporter.linesFromRuns());
  }

  @ParameterizedTest
  @MethodSource("documents")
  void the_bookmarks_are_the_same_and_lead_to_the_same_pages(String document) {
    List<String> expected = bookmarks(DOCUMENTS.get(document).usual());
    assertTrue(expected.size() > 2, "bookmarks: " + expected);
    assertEquals(expected, bookmarks(DOCUMENTS.get(document).fast()));
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
