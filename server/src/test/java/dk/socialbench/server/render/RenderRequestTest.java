package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the renderer says when a report cannot be made. */
class RenderRequestTest {
  private static final ReportRenderer RENDERER = SharedRenderer.RENDERER;
  private static final PublishedRun RUN = SharedRenderer.SEP;

  @Test
  void a_benchmark_without_a_municipality_is_refused() {
    ReportUnavailableException e =
        assertThrows(
            ReportUnavailableException.class,
            () -> RENDERER.render(ReportKind.BENCHMARK, null, RUN, Format.PDF));
    assertEquals(ReportUnavailableException.Reason.MUNICIPALITY_REQUIRED, e.reason());
    assertEquals("Rapporten kræver, at der vælges en kommune.", e.messageDa());
  }

  @Test
  void a_municipality_without_data_in_the_run_is_unknown() {
    ReportUnavailableException e =
        assertThrows(
            ReportUnavailableException.class,
            () -> RENDERER.render(ReportKind.DATA_QUALITY, "101", RUN, Format.XLSX));
    assertEquals(ReportUnavailableException.Reason.UNKNOWN_MUNICIPALITY, e.reason());
    assertTrue(e.getMessage().contains("no municipality 101"), e.getMessage());
    assertTrue(e.messageDa().contains("101"), e.messageDa());
  }

  @Test
  void a_run_without_a_dataset_the_report_shows_is_refused_before_rendering() {
    PublishedRun partial = RunFixture.without(RUN, "casemix_benchmark");
    ReportUnavailableException e =
        assertThrows(
            ReportUnavailableException.class,
            () -> RENDERER.render(ReportKind.BENCHMARK, RunFixture.HORSENS, partial, Format.CSV));
    assertEquals(ReportUnavailableException.Reason.MISSING_DATASET, e.reason());
    assertEquals(
        "Kørsel " + RunFixture.RUN_ID + " mangler datasættet casemix_benchmark.", e.messageDa());
  }

  @Test
  void the_data_quality_report_needs_only_its_own_datasets() {
    PublishedRun partial = RunFixture.without(RUN, "casemix_benchmark");
    String csv =
        new String(
            RENDERER.render(ReportKind.DATA_QUALITY, RunFixture.HORSENS, partial, Format.CSV),
            java.nio.charset.StandardCharsets.UTF_8);
    // A user opening the file sees the four sections of the data-quality report, titled as in the
    // contract, and nothing of the missing case-mix benchmark.
    for (String dataset :
        List.of(
            "municipality_overview", "data_completeness", "quarantine_summary", "rejected_rows")) {
      String title = ResultCatalogue.byName(dataset).titleDa();
      assertTrue(csv.lines().anyMatch(l -> l.endsWith(title)), title + " missing in\n" + csv);
    }
    String benchmark = ResultCatalogue.byName("casemix_benchmark").titleDa();
    assertFalse(csv.contains(benchmark), csv);
  }

  @Test
  void the_national_report_ignores_a_municipality() {
    byte[] csv = RENDERER.render(ReportKind.NATIONAL, RunFixture.HORSENS, RUN, Format.CSV);
    byte[] without = RENDERER.render(ReportKind.NATIONAL, null, RUN, Format.CSV);
    assertEquals(
        new String(without, java.nio.charset.StandardCharsets.UTF_8),
        new String(csv, java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void kinds_and_formats_are_found_by_their_names() {
    assertEquals(ReportKind.DATA_QUALITY, ReportKind.fromSlug("data-quality").orElseThrow());
    assertTrue(ReportKind.fromSlug("Benchmark").isEmpty());
    assertEquals(Format.XLSX, Format.fromExtension("XLSX").orElseThrow());
    assertEquals("application/pdf", Format.PDF.contentType());
    assertEquals(
        "datakvalitet-615-" + RunFixture.RUN_ID + ".csv",
        ReportKind.DATA_QUALITY.fileName("615", RunFixture.RUN_ID, Format.CSV));
    assertEquals(
        "landsrapport-" + RunFixture.RUN_ID + ".pdf",
        ReportKind.NATIONAL.fileName(null, RunFixture.RUN_ID, Format.PDF));
  }
}
