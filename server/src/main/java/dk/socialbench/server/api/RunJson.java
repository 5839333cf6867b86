package dk.socialbench.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.socialbench.contract.Audience;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.server.access.Principal;
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
    @JsonInclude(JsonInclude.Include.NON_NULL) RowsJson rows,
    List<DatasetJson> datasets) {

  record PeriodJson(LocalDate first, LocalDate last) {}

  record MunicipalityJson(String code, String name) {}

  record RowsJson(long read, long accepted, long quarantined) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DatasetJson(String name, Long rows, Long suppressedCells) {}

  /**
   * The run as {@code who} may see it: the counts of rows read, accepted and quarantined, and the
   * row counts of the datasets each municipality sees only its own rows of (rejected rows, the
   * quarantine's summary), are the admin's only (a municipality would get the other municipalities'
   * rejected rows as the run's count less its own), and are left out, not null, for everyone else.
   */
  static RunJson of(LoadedRun loaded, Principal who) {
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
        r == null || !who.isAdmin() ? null : new RowsJson(r.read(), r.accepted(), r.quarantined()),
        datasets.stream()
            .map(
                d ->
                    who.isAdmin() || !ownRowsOnly(d.name())
                        ? new DatasetJson(d.name(), d.rows(), d.suppressedCells())
                        : new DatasetJson(d.name(), null, null))
            .toList());
  }

  private static boolean ownRowsOnly(String dataset) {
    return ResultCatalogue.find(dataset)
        .map(d -> d.audience() == Audience.OWN_MUNICIPALITY)
        .orElse(true);
  }
}
