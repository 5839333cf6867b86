package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every municipality's default benchmark at national scale fits in 25 pages (issue 14): the pages
 * each of the national fixture's 98 benchmarks is filled with, and the longest of them as PDFBox
 * counts the pages of its PDF; and no section heading is left at the foot of a page without its
 * first figure.
 */
class BenchmarkPagesTest {
  private static final PublishedRun NATIONAL = RunFixture.national();
  private static final Map<String, Integer> PAGES = new TreeMap<>();
  private static final Map<String, byte[]> PDFS = new TreeMap<>();
  private static final Map<String, List<FigurePanel>> PANELS = new TreeMap<>();

  @BeforeAll
  static void fill() throws JRException {
    RunDatasets datasets = new RunDatasets(NATIONAL);
    for (String code : NATIONAL.municipalities()) {
      Perspective perspective =
          Perspective.benchmark(NATIONAL, ComparisonGroup.of(NATIONAL, code, null));
      List<FigurePanel> panels = ReportContents.panels(ReportKind.BENCHMARK, datasets, perspective);
      JasperPrint print =
          SharedRenderer.RENDERER
              .pdfReport()
              .fill(ReportKind.BENCHMARK, NATIONAL, perspective, panels);
      PAGES.put(code, print.getPages().size());
      PANELS.put(code, panels);
      PDFS.put(code, JasperExportManager.exportReportToPdf(print));
    }
  }

  @Test
  void every_municipalitys_default_benchmark_is_filled_in_at_most_25_pages() {
    Map<String, Integer> over = new TreeMap<>(PAGES);
    over.values().removeIf(pages -> pages <= 25);
    assertEquals(Map.of(), over, "benchmarks over 25 pages, by municipality");
  }

  /**
   * A section's heading never ends a page with nothing but its introduction after it: its first
   * chart or table is on the same page (in 65 of these 98 benchmarks figure 3.13's was not).
   */
  @Test
  void no_section_heading_is_left_at_the_foot_of_a_page_without_its_first_figure()
      throws Exception {
    Map<String, List<String>> orphans = new TreeMap<>();
    for (Map.Entry<String, byte[]> pdf : PDFS.entrySet()) {
      List<String> found = orphanedHeadings(pdf.getValue(), PANELS.get(pdf.getKey()));
      if (!found.isEmpty()) {
        orphans.put(pdf.getKey(), found);
      }
    }
    assertEquals(Map.of(), orphans, "headings with only their introduction after them on a page");
  }

  /** "page 11: Figur 3.13: ..." for each page whose text ends with a heading and introduction. */
  private static List<String> orphanedHeadings(byte[] pdf, List<FigurePanel> panels)
      throws IOException {
    List<String> orphans = new ArrayList<>();
    try (PDDocument document = new RenderedPdf(pdf).open()) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = flat(stripper.getText(document));
        int footer = text.lastIndexOf("Benchmark for ");
        if (footer >= 0 && text.substring(footer).matches("Benchmark for .* Side \\d+ af \\d+")) {
          text = text.substring(0, footer).trim();
        }
        for (FigurePanel panel : panels) {
          String heading = flat(panel.heading());
          int at = text.lastIndexOf(heading);
          if (heading.isEmpty() || at < 0) {
            continue;
          }
          String after = text.substring(at + heading.length()).trim();
          String introduction = flat(panel.introduction());
          if (after.startsWith(introduction)) {
            after = after.substring(introduction.length()).trim();
          }
          if (after.isEmpty()) {
            orphans.add("page " + page + ": " + heading);
            break;
          }
        }
      }
    }
    return orphans;
  }

  private static String flat(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
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
