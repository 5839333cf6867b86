package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.Table;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A benchmark compares its municipality with a comparison group and the country: at national scale
 * it fits in 25 pages, names its group on the front page, puts every municipality in an annex, and
 * shows group figures added up from the members' published rows.
 */
class ComparedBenchmarkPdfTest {
  private static final PublishedRun NATIONAL = RunFixture.national();
  private static List<String> nationalPages;
  private static String chosen;

  @BeforeAll
  static void render() throws IOException {
    nationalPages =
        pages(
            SharedRenderer.RENDERER.render(
                ReportKind.BENCHMARK, RunFixture.HORSENS, NATIONAL, Format.PDF));
    chosen =
        new RenderedPdf(
                SharedRenderer.RENDERER.render(
                    ReportKind.BENCHMARK,
                    RunFixture.HORSENS,
                    "157,147,151",
                    SharedRenderer.SEP,
                    Format.PDF))
            .flatText();
  }

  @Test
  void a_benchmark_among_98_municipalities_fits_in_25_pages() {
    assertTrue(nationalPages.size() <= 25, nationalPages.size() + " pages");
  }

  @Test
  void the_summary_has_a_funnel_plot_per_service_with_its_caption_before_the_body() {
    String flat = String.join(" ", nationalPages).replaceAll("\\s+", " ");
    int body = flat.indexOf("Bilag: nøgletal for alle kommuner");
    for (String title : List.of("Tragtplot: §85", "Tragtplot: §107")) {
      int at = flat.indexOf(title);
      assertTrue(at > 0 && at < body, title + " at " + at + ", annex at " + body);
    }
    String caption =
        "Kommuner uden for de ydre linjer (99,8 pct.) afviger mere, end tilfældig variation kan"
            + " forklare";
    assertTrue(flat.contains(caption), flat.substring(0, 3000));
  }

  @Test
  void the_summary_table_both_funnels_and_their_caption_share_the_second_page() {
    // The funnels replace a bar chart of the same ratios so that the summary keeps to one page:
    // its last table row, the funnels, then the caption printed once under the second.
    String second = nationalPages.get(1);
    for (String part :
        List.of(
            "Sammenfatning: sådan ligger Horsens",
            "§107: forbedret VUM-score",
            "Tragtplot: §85",
            "Tragtplot: §107",
            "Tragten er smal til højre")) {
      assertTrue(second.contains(part), part + " not on page 2: " + second);
    }
    assertFalse(second.contains("Case-mix-justeret placering"), second);
    assertTrue(nationalPages.get(2).startsWith("Datagrundlag"), nationalPages.get(2));
  }

  @Test
  void the_front_page_names_the_default_comparison_group() {
    // The fixture's default group of a municipality: the next five in the run's list.
    List<String> codes = NATIONAL.municipalities();
    int horsens = codes.indexOf(RunFixture.HORSENS);
    String front = nationalPages.get(0);
    assertTrue(front.contains("Sammenligningsgruppe"), front);
    for (int rank = 1; rank <= 5; rank++) {
      String name = Municipalities.danish().nameOf(codes.get((horsens + rank) % codes.size()));
      assertTrue(front.contains(name), name + " on the front page: " + front);
    }
    assertTrue(front.contains("Standardgruppen: de 5 kommuner"), front);
  }

  @Test
  void the_body_names_the_group_not_every_municipality_and_the_annex_names_them_all() {
    int annex = firstPageWith("Bilag: nøgletal for alle kommuner");
    assertTrue(annex > 2, "annex at page " + (annex + 1));
    String body = String.join(" ", nationalPages.subList(0, annex));
    String rest = String.join(" ", nationalPages.subList(annex, nationalPages.size()));
    // Aalborg, København and Læsø are not in Horsens's group: the body leaves them out.
    for (String name : List.of("Aalborg", "København", "Læsø")) {
      assertFalse(body.contains(name), name + " in the body");
    }
    for (String code : NATIONAL.municipalities()) {
      String name = Municipalities.danish().nameOf(code);
      assertTrue(rest.contains(name), name + " missing from the annex");
    }
  }

  @Test
  void a_chosen_group_is_named_on_the_front_page_as_chosen() {
    assertTrue(
        chosen.contains(
            "Sammenligningsgruppe Ballerup, Frederiksberg og Gentofte Valgt af brugeren."),
        chosen.substring(0, 800));
  }

  @Test
  void the_summary_adds_up_the_groups_cases_from_the_members_published_rows() {
    long horsens = cases(RunFixture.HORSENS);
    long group = cases("157") + cases("147") + cases("151");
    long all = cases(Municipalities.ALL);
    // The summary's first row: Horsens's cases and n, the group's and n, then the country's.
    String row =
        "Sager "
            + count(horsens)
            + " "
            + count(horsens)
            + " "
            + count(group)
            + " "
            + count(group)
            + " "
            + count(all);
    assertTrue(chosen.contains(row), row + " in " + chosen.substring(0, 2000));
  }

  @Test
  void the_summary_pools_the_groups_mean_hours_weighted_by_the_members_cases() {
    // Σ n·mean / Σ n over the members' published §85 rows of figure 3.16.
    Table prices = SharedRenderer.SEP.table("price_by_municipality");
    double sum = 0;
    long n = 0;
    for (var row : prices.rowMaps()) {
      if (List.of("157", "147", "151").contains(row.get("municipality_code"))
          && "SEL85".equals(row.get("service"))
          && !Boolean.TRUE.equals(row.get("suppressed"))) {
        sum += ((Number) row.get("cases")).longValue() * (Double) row.get("mean");
        n += ((Number) row.get("cases")).longValue();
      }
    }
    String mean = String.format(Locale.forLanguageTag("da-DK"), "%.1f", sum / n);
    int at = chosen.indexOf("§85: gns. timer pr. måned");
    String line = chosen.substring(at, at + 80);
    List<String> cells = new ArrayList<>(List.of(line.split(" ")));
    assertTrue(cells.contains(mean), mean + " (n = " + n + ") in: " + line);
    assertTrue(cells.contains(count(n)), "the group's n " + n + " in: " + line);
  }

  private static long cases(String code) {
    Table overview = SharedRenderer.SEP.table("municipality_overview").forMunicipality(code);
    return ((Number) overview.value(0, "cases")).longValue();
  }

  private static String count(long n) {
    return String.format(Locale.forLanguageTag("da-DK"), "%,d", n);
  }

  private static int firstPageWith(String text) {
    for (int i = 0; i < nationalPages.size(); i++) {
      if (nationalPages.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no page has " + text);
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    List<String> pages = new ArrayList<>();
    try (PDDocument document = new RenderedPdf(pdf).open()) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(document).replaceAll("\\s+", " "));
      }
    }
    return pages;
  }
}
