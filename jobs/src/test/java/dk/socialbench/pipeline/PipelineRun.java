package dk.socialbench.pipeline;

import dk.socialbench.contract.RunManifest;
import dk.socialbench.generate.DeliveryGenerator;
import dk.socialbench.generate.GeneratorSettings;
import dk.socialbench.ingest.PseudonymKey;
import dk.socialbench.spark.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** Runs the whole pipeline in tests, with a fixed clock and key, capturing what it prints. */
public final class PipelineRun {
  public static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  public static final PseudonymKey KEY =
      PseudonymKey.load(null, Map.of(PseudonymKey.ENVIRONMENT_VARIABLE, "test-key-0123456789"));

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final PseudonymKey key;

  /** A run with the tests' key. */
  public PipelineRun() {
    this(KEY);
  }

  /** A run with another pseudonymisation key: other record keys, so other noise. */
  public PipelineRun(PseudonymKey key) {
    this.key = key;
  }

  public RunManifest run(SparkSession spark, Path input, Path work) {
    PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
    Progress progress = stage -> out.println(stage);
    Pipeline.Settings settings =
        new Pipeline.Settings(
            key, StandardCharsets.UTF_8, 5, "local[2]", Clock.fixed(NOW, ZoneOffset.UTC));
    return new Pipeline(spark, settings, progress).run(input, work);
  }

  /** Everything the run printed. */
  public String console() {
    return console.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the tests' generated national delivery into {@code input}: 98 municipalities, 6,000
   * registrations, seed 13 (the golden digests and the national audits are of this input).
   */
  public static Path nationalInput(Path input) throws IOException {
    new DeliveryGenerator(
            GeneratorSettings.builder()
                .seed(13)
                .municipalities(98)
                .registrations(6_000)
                .threads(1)
                .build())
        .writeTo(input);
    return input;
  }

  /**
   * The national input of {@link #nationalInput} with persons in several municipalities and second
   * cases in one ({@link Movers}): the relations between counts of distinct persons are tested
   * here, the results of the national input stay those of its golden digests.
   */
  public static Path moversInput(Path input) throws IOException {
    nationalInput(input);
    Movers.giveSecondCases(input);
    return input;
  }

  /** The repository's bundled sample deliveries. */
  public static Path samples() {
    return Path.of("..", "data-samples").toAbsolutePath().normalize();
  }
}
