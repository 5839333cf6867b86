package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.Audience;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportContentsTest {
  @Test
  void every_dataset_of_the_catalogue_has_a_figure() {
    ReportContents.verify();
  }

  @Test
  void the_benchmark_follows_chapter_3_after_the_data_behind_it() {
    List<String> datasets = ReportContents.datasets(ReportKind.BENCHMARK);
    assertEquals("municipality_overview", datasets.get(0));
    List<String> figures = datasets.stream().map(d -> ResultCatalogue.byName(d).figure()).toList();
    assertEquals(
        List.of(
            "Data",
            "Sammenligningsgruppe",
            "2.1",
            "3.1",
            "3.2",
            "3.3",
            "3.4–3.5",
            "3.6",
            "3.7",
            "3.8",
            "3.9–3.10",
            "3.11",
            "3.12",
            "3.13",
            "3.14",
            "3.15",
            "3.16",
            "3.17",
            "3.18",
            "Case-mix",
            "Progression",
            "Aktivitet",
            "Enhedsudgift",
            "Udvikling",
            "Behov og udgift",
            "Datakvalitet"),
        figures);
    assertEquals(datasets, ReportContents.datasets(ReportKind.NATIONAL));
  }

  @Test
  void the_data_quality_report_shows_completeness_and_quarantine() {
    assertEquals(
        List.of(
            "municipality_overview", "data_completeness", "quarantine_summary", "rejected_rows"),
        ReportContents.datasets(ReportKind.DATA_QUALITY));
    for (ResultDataset d : ResultCatalogue.all()) {
      assertTrue(
          ReportContents.required(ReportKind.BENCHMARK).contains(d.name())
              || d.audience() == Audience.OWN_MUNICIPALITY,
          d.name());
    }
  }
}
