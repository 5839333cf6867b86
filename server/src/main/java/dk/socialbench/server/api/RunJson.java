package dk.socialbench.server.api;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.data.Manifest;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/runs/current}: the run being served and its manifest's summary. */
record RunJson(
    String runId,
    String version,
    Instant created,
    int minCell,
    Manifest.DataPeriod dataPeriod,
    List<MunicipalityJson> municipalities,
    Manifest.RowCounts rows,
    List<Manifest.DatasetSummary> datasets) {

  record MunicipalityJson(String code, String name) {}

  static RunJson of(LoadedRun loaded) {
    Manifest m = loaded.manifest();
    List<MunicipalityJson> municipalities =
        loaded.run().municipalities().stream()
            .map(code -> new MunicipalityJson(code, Municipalities.danish().nameOf(code)))
            .toList();
    return new RunJson(
        loaded.runId(),
        m.version(),
        m.created(),
        m.minCell(),
        m.dataPeriod(),
        municipalities,
        m.rows(),
        m.datasetSummaries());
  }
}
