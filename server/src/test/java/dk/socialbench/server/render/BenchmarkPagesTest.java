package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.util.Map;
import java.util.TreeMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every municipality's default benchmark at national scale fits in 25 pages (issue 14): the pages
 * each of the national fixture's 98 benchmarks is filled with, and the longest of them as PDFBox
 * counts the pages of its PDF.
 */
class BenchmarkPagesTest {
  private static final PublishedRun NATIONAL = RunFixture.national();
  private static final Map<String, Integer> PAGES = new TreeMap<>();

  @BeforeAll
  static void fill() throws JRException {
    RunDatasets datasets = new RunDatasets(NATIONAL);
    for (String code : NATIONAL.municipalities()) {
      Perspective perspective =
          Perspective.benchmark(NATIONAL, ComparisonGroup.of(NATIONAL, code, null));
      JasperPrint print =
          SharedRenderer.RENDERER
              .pdfReport()
              .fill(
                  ReportKind.BENCHMARK,
                  NATIONAL,
                  perspective,
                  ReportContents.panels(ReportKind.BENCHMARK, datasets, perspective));
      PAGES.put(code, print.getPages().size());
    }
  }

  @Test
  void every_municipalitys_default_benchmark_is_filled_in_at_most_25_pages() {
    Map<String, Integer> over = new TreeMap<>(PAGES);
    over.values().removeIf(pages -> pages <= 25);
    assertEquals(Map.of(), over, "benchmarks over 25 pages, by municipality");
  }

  @Test
  void the_longest_benchmarks_pdf_has_its_filled_pages_and_at_most_25() throws Exception {
    String longest =
        PAGES.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    byte[] pdf =
        SharedRenderer.RENDERER.render(ReportKind.BENCHMARK, longest, NATIONAL, Format.PDF);
    try (PDDocument document = new RenderedPdf(pdf).open()) {
      assertEquals(PAGES.get(longest), document.getNumberOfPages(), longest);
      assertTrue(document.getNumberOfPages() <= 25, longest + ": " + document.getNumberOfPages());
    }
  }
}
