package dk.socialbench.server.data;

import dk.socialbench.contract.ResultDataset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One published run, loaded whole into memory (published datasets are aggregates: small even for
 * national data). Immutable, so a request that started on it finishes on it while the server
 * switches to a newer run.
 *
 * @param runId the run's id (the folder under {@code WORK/runs/})
 * @param created when the run completed
 * @param firstRegistration the earliest registration date in the run's data (the data period)
 * @param lastRegistration the latest registration date in the run's data
 * @param minCell the publication threshold the run was suppressed with
 * @param municipalities codes of the municipalities with data in the run
 * @param tables the published datasets by name
 */
public record PublishedRun(
    String runId,
    Instant created,
    LocalDate firstRegistration,
    LocalDate lastRegistration,
    int minCell,
    List<String> municipalities,
    Map<String, Table> tables) {

  public PublishedRun {
    Objects.requireNonNull(runId, "runId == null");
    municipalities = List.copyOf(municipalities);
    tables = Map.copyOf(tables);
  }

  public Optional<Table> find(String dataset) {
    return Optional.ofNullable(tables.get(dataset));
  }

  public Table table(String dataset) {
    return find(dataset)
        .orElseThrow(() -> new NoSuchElementException("run " + runId + " has no " + dataset));
  }

  public Table table(ResultDataset dataset) {
    return table(dataset.name());
  }

  public boolean hasMunicipality(String code) {
    return municipalities.contains(code);
  }
}
