package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.Audience;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.reports.ReportKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a reader of the reports would notice: nothing is left out, and the order is the KL's. */
class ReportContentsTest {
  /** "3.1", or a range "3.4–3.5" (an en dash). */
  private static final Pattern FIGURE_RANGE =
      Pattern.compile("(\\d+)\\.(\\d+)(?:\u2013\\d+\\.(\\d+))?");

  @Test
  void every_dataset_of_the_catalogue_has_a_figure() {
    ReportContents.verify();
  }

  @Test
  void every_dataset_is_in_the_benchmark_unless_only_its_own_municipality_may_see_it() {
    for (ResultDataset d : ResultCatalogue.all()) {
      assertTrue(
          ReportContents.required(ReportKind.BENCHMARK).contains(d.name())
              || d.audience() == Audience.OWN_MUNICIPALITY,
          d.name());
    }
  }

  /**
   * The numbered figures of the benchmark are those of the KL report, 2.1 and 3.1 to 3.18, none
   * left out and in the report's order (a section may show two, "3.4–3.5"), so a reader can put the
   * two side by side; the national report has the same sections.
   */
  @Test
  void the_benchmarks_numbered_figures_are_the_kl_reports_in_its_order() {
    List<String> datasets = ReportContents.datasets(ReportKind.BENCHMARK);
    List<String> shown = new ArrayList<>();
    for (String d : datasets) {
      Matcher m = FIGURE_RANGE.matcher(ResultCatalogue.byName(d).figure());
      if (m.matches()) {
        int chapter = Integer.parseInt(m.group(1));
        int last = m.group(3) == null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(3));
        for (int n = Integer.parseInt(m.group(2)); n <= last; n++) {
          shown.add(chapter + "." + n);
        }
      }
    }
    List<String> klReport = new ArrayList<>(List.of("2.1"));
    for (int n = 1; n <= 18; n++) {
      klReport.add("3." + n);
    }
    assertEquals(klReport, shown);
    assertEquals(datasets, ReportContents.datasets(ReportKind.NATIONAL));
  }

  @Test
  void the_data_quality_report_shows_completeness_and_quarantine() {
    assertEquals(
        List.of(
            "municipality_overview", "data_completeness", "quarantine_summary", "rejected_rows"),
        ReportContents.datasets(ReportKind.DATA_QUALITY));
  }
}
