package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
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
    for (String dataset : ReportContents.sections(ReportKind.BENCHMARK)) {
      ResultDataset d = ResultCatalogue.byName(dataset);
      // A benchmark's comparison section is about its one group.
      String heading =
          d.name().equals("comparison_groups") ? "Sammenligningsgruppen" : headingOf(d);
      assertTrue(text.contains(heading), "missing section heading: " + heading);
    }
    assertTrue(text.contains("Figur 3.16: Gennemsnitspris (§107)"), text.substring(0, 300));
    assertTrue(text.contains("Sammenfatning: sådan ligger Horsens"));
  }

  @Test
  void names_the_municipality_and_keeps_danish_letters() {
    assertTrue(text.contains("Horsens"));
    for (String letters : List.of("æ", "ø", "å", "§")) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void tags_headings_tables_and_charts_with_their_alternative_text() throws IOException {
    List<PDStructureElement> elements = new ArrayList<>();
    try (PDDocument document = pdf.open()) {
      collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), elements);
      List<String> types = elements.stream().map(PDStructureElement::getStructureType).toList();
      assertTrue(types.contains("H1"), "the cover's heading");
      assertTrue(types.contains("H2"), "the sections' headings");
      assertTrue(types.contains("Table") && types.contains("TH") && types.contains("TD"));
      Map<String, Object> roles = document.getDocumentCatalog().getStructureTreeRoot().getRoleMap();
      // JasperReports tags a chart "Image" and maps that role to the standard "Figure".
      List<PDStructureElement> figures =
          elements.stream()
              .filter(
                  e ->
                      "Figure"
                          .equals(roles.getOrDefault(e.getStructureType(), e.getStructureType())))
              .toList();
      assertFalse(figures.isEmpty(), "no chart is tagged as a figure");
      for (PDStructureElement figure : figures) {
        String alt = figure.getAlternateDescription();
        assertTrue(alt != null && alt.startsWith("Diagram: "), "alternative text: " + alt);
      }
      PDOutlineItem first = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
      assertEquals("Sammenfatning: sådan ligger Horsens", first.getTitle(), "bookmarks");
    }
  }

  @Test
  void prints_suppressed_cells_as_a_dash_and_says_why() {
    // Ballerup set VUM targets for 3 cases: the whole target group of figure 3.3 is withheld.
    Pattern ballerup = Pattern.compile("Ballerup \\d+ \\d,\\d\\d \\d,\\d\\d–\\d,\\d\\d – – – –");
    assertTrue(ballerup.matcher(text).find(), "no suppressed Ballerup row in figure 3.3");
    assertTrue(
        text.contains(
            "– : for få personer (gennemsnit: flere end 5, median: mindst 10) eller holdt"
                + " tilbage, så et lille antal ikke kan regnes ud af de øvrige tal"));
    assertTrue(
        text.contains("ligesom enkelte tal, der er holdt tilbage"),
        "the cover says a dash may also be a withheld count");
    assertTrue(
        text.contains("ændret tilfældigt med højst ±2"), "the cover says counts are perturbed");
    assertTrue(text.contains("1–4 personer vises som 0 eller 5"));
    assertTrue(text.contains("en total ikke behøver være summen af sine dele"));
  }

  @Test
  void gives_the_run_and_its_period_on_the_cover() {
    assertTrue(text.contains("3. januar 2014 – 28. december 2016"));
    assertTrue(text.contains(RunFixture.RUN_ID));
    assertTrue(text.contains("24. november 2026 kl. 10.15"), "the run's time in Copenhagen");
  }

  private static void collect(List<Object> kids, List<PDStructureElement> into) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        into.add(element);
        collect(element.getKids(), into);
      }
    }
  }

  private static String headingOf(ResultDataset d) {
    return new SectionContext(new DatasetView(SharedRenderer.SEP.table(d)), null, 0).heading();
  }
}
