package dk.socialbench.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.socialbench.ingest.IngestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code runs/<run-id>/manifest.json}: what a run read (every input file with its checksum), how
 * many rows each stage passed on, what it wrote, how long it took, and with which version and
 * settings. Field names are snake_case; readers ignore fields they do not know.
 */
public record Manifest(
    String runId,
    String version,
    Instant created,
    String master,
    int minCell,
    String keyFingerprint,
    boolean demoKey,
    DataPeriod dataPeriod,
    List<String> municipalities,
    Rows rows,
    List<IngestResult.FileSummary> inputs,
    List<String> ignoredFiles,
    Map<String, Long> quarantinedByRule,
    List<StageTiming> stages,
    List<DatasetSummary> datasets,
    double seconds) {

  /** The registration dates the run's data spans. */
  public record DataPeriod(LocalDate first, LocalDate last) {}

  /** Row counts per stage; read = accepted + quarantined. */
  public record Rows(long read, long accepted, long quarantined, long blankRows, long cases) {}

  /** A stage's wall time and the highest heap use during it (driver JVM). */
  public record StageTiming(String name, double seconds, long peakHeapMib) {}

  /** A result dataset: rows written, and cells suppressed in its published form. */
  public record DatasetSummary(String name, long rows, long suppressedCells) {}

  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  void write(Path file) {
    try {
      mapper().writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public static Manifest read(Path file) {
    try {
      return mapper()
          .configure(
              com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              false)
          .readValue(file.toFile(), Manifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
