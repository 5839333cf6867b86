package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The national and data-quality PDFs, special municipalities, scale and concurrency. */
class ReportPdfTest {
  @Test
  void a_municipality_without_107_cases_says_so_in_the_107_tables() {
    String text =
        new RenderedPdf(SharedRenderer.render(ReportKind.BENCHMARK, RunFixture.ISHOJ, Format.PDF))
            .flatText();
    assertTrue(text.contains("Ishøj (ingen sager)"), "no 'ingen sager' row for Ishøj");
    assertTrue(text.contains("Sammenfatning: sådan ligger Ishøj"));
  }

  @Test
  void the_data_quality_report_lists_the_rejected_rows_or_says_there_are_none() {
    String horsens =
        new RenderedPdf(
                SharedRenderer.render(ReportKind.DATA_QUALITY, RunFixture.HORSENS, Format.PDF))
            .flatText();
    assertTrue(horsens.contains("Datakomplethed pr. felt"));
    assertTrue(horsens.contains("Afviste rækker fordelt efter årsag"));
    assertTrue(horsens.contains("615_horsens.csv"), "Horsens's own rejected rows by file and line");
    assertTrue(horsens.contains("Afviste rækker"));
    assertTrue(
        horsens.contains(
            "Tal for færre end 5 personer og tal holdt tilbage, så et lille antal ikke kan regnes"
                + " ud af de øvrige, vises som –"),
        "the cover explains both kinds of dash");
    String ballerup =
        new RenderedPdf(
                SharedRenderer.render(ReportKind.DATA_QUALITY, RunFixture.BALLERUP, Format.PDF))
            .flatText();
    assertTrue(ballerup.contains("Ingen rækker fra Ballerup er afvist i denne kørsel."));
  }

  @Test
  void the_national_report_lists_every_municipality_and_has_no_focus() throws Exception {
    RenderedPdf pdf = new RenderedPdf(SharedRenderer.render(ReportKind.NATIONAL, null, Format.PDF));
    String text = pdf.flatText();
    assertTrue(text.contains("Landsrapport"));
    for (String code : RunFixture.SEP) {
      assertTrue(text.contains(Perspective.name(code)), Perspective.name(code));
    }
    assertFalse(text.contains("Sammenfatning"), "the summary is the benchmark's");
    try (PDDocument document = pdf.open()) {
      assertEquals(
          "Landsrapport: sociale indsatser efter serviceloven §85 og §107",
          document.getDocumentInformation().getTitle());
    }
  }

  @Test
  void the_stock_pdf_exporter_writes_the_same_text_as_the_fast_one() {
    ReportRenderer stock = new ReportRenderer(ReportRenderer.PdfExporter.STOCK);
    String expected = text(RunFixture.HORSENS);
    String actual =
        new RenderedPdf(
                stock.render(
                    ReportKind.BENCHMARK, RunFixture.HORSENS, SharedRenderer.SEP, Format.PDF))
            .text();
    assertEquals(expected, actual);
  }

  @Test
  void renders_the_same_reports_from_several_threads_at_once() throws Exception {
    List<String> codes = List.of(RunFixture.HORSENS, RunFixture.ISHOJ, "147", "760");
    List<String> alone = new ArrayList<>();
    for (String code : codes) {
      alone.add(text(code));
    }
    ExecutorService pool = Executors.newFixedThreadPool(codes.size());
    try {
      List<Future<String>> together = new ArrayList<>();
      for (String code : codes) {
        together.add(pool.submit(() -> text(code)));
      }
      for (int i = 0; i < codes.size(); i++) {
        assertEquals(alone.get(i), together.get(i).get(), codes.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String text(String code) {
    return new RenderedPdf(SharedRenderer.render(ReportKind.BENCHMARK, code, Format.PDF)).text();
  }
}
