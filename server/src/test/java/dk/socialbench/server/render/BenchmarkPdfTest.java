package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark PDF of Horsens in the SEP run, opened with PDFBox. */
class BenchmarkPdfTest {
  private static RenderedPdf pdf;
  private static String text;

  @BeforeAll
  static void render() {
    pdf =
        new RenderedPdf(
            SharedRenderer.render(ReportKind.BENCHMARK, RunFixture.HORSENS, Format.PDF));
    text = pdf.flatText();
  }

  @Test
  void has_a_section_for_every_analysis_of_the_kl_report_and_beyond() {
    for (String dataset : ReportContents.datasets(ReportKind.BENCHMARK)) {
      ResultDataset d = ResultCatalogue.byName(dataset);
      String heading = headingOf(d);
      assertTrue(text.contains(heading), "missing section heading: " + heading);
    }
    assertTrue(text.contains("Figur 3.16: Gennemsnitspris (§107)"), text.substring(0, 300));
    assertTrue(text.contains("Sammenfatning: sådan ligger Horsens"));
  }

  @Test
  void names_the_municipality_and_keeps_danish_letters() {
    assertTrue(text.contains("Horsens"));
    for (String letters : List.of("æ", "ø", "å", "Ø", "§")) {
      assertTrue(text.contains(letters), "no " + letters + " in the extracted text");
    }
    assertTrue(text.contains("Målopfyldelse fra 1. til 2. registrering"));
    assertTrue(text.contains("Sådan læser du rapporten"));
  }

  @Test
  void embeds_every_font() {
    List<PDFont> fonts = pdf.fonts();
    assertFalse(fonts.isEmpty());
    for (PDFont font : fonts) {
      assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
      assertTrue(font.getName().contains("DejaVu"), font.getName());
    }
  }

  @Test
  void is_a_tagged_pdf_in_danish_with_a_danish_title() {
    try (PDDocument document = pdf.open()) {
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      assertNotNull(catalog.getStructureTreeRoot(), "no StructTreeRoot");
      assertNotNull(catalog.getMarkInfo(), "no MarkInfo");
      assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo is not Marked");
      assertEquals("da-DK", catalog.getLanguage());
      assertEquals(
          "Benchmark for Horsens: sociale indsatser efter serviceloven §85 og §107",
          document.getDocumentInformation().getTitle());
      assertTrue(catalog.getViewerPreferences().displayDocTitle());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void prints_suppressed_cells_as_a_dash_and_says_why() {
    // Ballerup set VUM targets for 3 cases: the whole target group of figure 3.3 is withheld.
    Pattern ballerup = Pattern.compile("Ballerup \\d+ \\d,\\d\\d \\d,\\d\\d–\\d,\\d\\d – – – –");
    assertTrue(ballerup.matcher(text).find(), "no suppressed Ballerup row in figure 3.3");
    assertTrue(
        text.contains("– : færre end 5 personer, eller kan udledes af andre tal; diskretioneret"));
  }

  @Test
  void gives_the_run_and_its_period_on_the_cover() {
    assertTrue(text.contains("3. januar 2014 – 28. december 2016"));
    assertTrue(text.contains(RunFixture.RUN_ID));
    assertTrue(text.contains("24. november 2026 kl. 10.15"), "the run's time in Copenhagen");
  }

  private static String headingOf(ResultDataset d) {
    return new SectionContext(new DatasetView(SharedRenderer.SEP.table(d)), null, 0).heading();
  }
}
