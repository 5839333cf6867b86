package dk.socialbench.server.api;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.server.data.LoadedRun;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/runs/current}: the run being served and its manifest's summary. The answer
 * names its fields itself, so that what the manifest gains (timings, inputs, an audit) reaches API
 * users only when it is added here.
 */
record RunJson(
    String runId,
    String version,
    Instant created,
    int minCell,
    PeriodJson dataPeriod,
    List<MunicipalityJson> municipalities,
    RowsJson rows,
    List<DatasetJson> datasets) {

  record PeriodJson(LocalDate first, LocalDate last) {}

  record MunicipalityJson(String code, String name) {}

  record RowsJson(long read, long accepted, long quarantined) {}

  record DatasetJson(String name, long rows, long suppressedCells) {}

  static RunJson of(LoadedRun loaded) {
    RunManifest m = loaded.manifest();
    List<MunicipalityJson> municipalities =
        loaded.run().municipalities().stream()
            .map(code -> new MunicipalityJson(code, Municipalities.danish().nameOf(code)))
            .toList();
    RunManifest.Rows r = m.rows();
    List<RunManifest.DatasetSummary> datasets = m.datasets() == null ? List.of() : m.datasets();
    return new RunJson(
        loaded.runId(),
        m.version(),
        m.created(),
        m.minCell(),
        new PeriodJson(m.dataPeriod().first(), m.dataPeriod().last()),
        municipalities,
        r == null ? null : new RowsJson(r.read(), r.accepted(), r.quarantined()),
        datasets.stream()
            .map(d -> new DatasetJson(d.name(), d.rows(), d.suppressedCells()))
            .toList());
  }
}
