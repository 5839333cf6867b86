package dk.socialbench.server.data;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code manifest.json} the Spark jobs write beside a run's datasets. Unknown fields are
 * ignored so that the jobs may add to it without breaking the server.
 *
 * <p>Example: {@code Manifest.read(layout.manifest("20261124-101500-ab12")).minCell()} is 5.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(
    @JsonProperty("run_id") String runId,
    @JsonProperty("version") String version,
    @JsonProperty("created") Instant created,
    @JsonProperty("min_cell") Integer minCell,
    @JsonProperty("data_period") DataPeriod dataPeriod,
    @JsonProperty("municipalities") List<String> municipalities,
    @JsonProperty("rows") RowCounts rows,
    @JsonProperty("datasets") List<DatasetSummary> datasets) {

  /** The first and last registration date in the run's data. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DataPeriod(
      @JsonProperty("first") LocalDate first, @JsonProperty("last") LocalDate last) {}

  /** How many delivered rows the run read, accepted and quarantined. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record RowCounts(
      @JsonProperty("read") long read,
      @JsonProperty("accepted") long accepted,
      @JsonProperty("quarantined") long quarantined) {}

  /** One dataset of the run: its rows and how many cells were suppressed as too small. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DatasetSummary(
      @JsonProperty("name") String name,
      @JsonProperty("rows") long rows,
      @JsonProperty("suppressed_cells") long suppressedCells) {}

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Reads and checks the manifest of run {@code runId}. */
  public static Manifest read(Path file, String runId) throws RunLoadException {
    Manifest m;
    try {
      m = JSON.readValue(Files.readAllBytes(file), Manifest.class);
    } catch (IOException e) {
      throw new RunLoadException(
          "run " + runId + ": cannot read " + file + ": " + e.getMessage(), e);
    }
    m.check(file, runId);
    return m;
  }

  private void check(Path file, String expectedRunId) throws RunLoadException {
    String problem = null;
    if (!expectedRunId.equals(runId)) {
      problem = "run_id is '" + runId + "', expected '" + expectedRunId + "'";
    } else if (created == null) {
      problem = "'created' is missing";
    } else if (minCell == null || minCell < 1) {
      problem = "'min_cell' is missing or below 1";
    } else if (dataPeriod == null || dataPeriod.first() == null || dataPeriod.last() == null) {
      problem = "'data_period' needs 'first' and 'last'";
    } else if (municipalities == null) {
      problem = "'municipalities' is missing";
    }
    if (problem != null) {
      throw new RunLoadException("run " + expectedRunId + ": " + file + ": " + problem);
    }
  }

  /** The datasets listed, or none when the manifest has no list. */
  public List<DatasetSummary> datasetSummaries() {
    return datasets == null ? List.of() : datasets;
  }
}
