package dk.socialbench.pipeline;

import dk.socialbench.audit.RunTables;
import dk.socialbench.audit.Table;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * One run of the whole pipeline with the tests' key on one of the tests' fixed inputs, shared by
 * the test classes that only read its output (privacy scan, disclosure check, golden files,
 * audits), so that the test JVM runs each input once: {@link #get} the bundled sample deliveries,
 * {@link #national} the generated national delivery, {@link #invalid} the bundled invalid sample.
 * Nothing may write into a shared run's work folder.
 */
public final class SampleRun {
  private static final Map<String, SampleRun> SHARED = new HashMap<>();

  private final Path work;
  private final RunManifest manifest;
  private final String console;

  private SampleRun(Path work, RunManifest manifest, String console) {
    this.work = work;
    this.manifest = manifest;
    this.console = console;
  }

  /** The run of the bundled sample deliveries ({@code data-samples/}). */
  public static SampleRun get(SparkSession spark) {
    return shared(spark, "samples", dir -> PipelineRun.samples());
  }

  /** The run of {@link PipelineRun#nationalInput}: 98 municipalities, 6,000 registrations. */
  public static SampleRun national(SparkSession spark) {
    return shared(spark, "national", SampleRun::nationalInput);
  }

  /** The run of the bundled invalid sample ({@code data-samples/invalid}): 32 rows, 4 accepted. */
  public static SampleRun invalid(SparkSession spark) {
    return shared(spark, "invalid", dir -> PipelineRun.samples().resolve("invalid"));
  }

  private static synchronized SampleRun shared(
      SparkSession spark, String name, Function<Path, Path> input) {
    SampleRun run = SHARED.get(name);
    if (run == null) {
      try {
        Path dir = Files.createTempDirectory("socialbench-" + name + "-run");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        PipelineRun pipeline = new PipelineRun();
        Path work = dir.resolve("work");
        RunManifest manifest = pipeline.run(spark, input.apply(dir), work);
        run = new SampleRun(work, manifest, pipeline.console());
        SHARED.put(name, run);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return run;
  }

  private static Path nationalInput(Path dir) {
    try {
      return PipelineRun.nationalInput(dir.resolve("input"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path work() {
    return work;
  }

  public RunManifest manifest() {
    return manifest;
  }

  /** Everything the run printed. */
  public String console() {
    return console;
  }

  /** The run's published result tables by name, read anew on each call. */
  public Map<String, Table> published() {
    RunLayout layout = new RunLayout(work);
    return RunTables.read(ResultCatalogue.all(), name -> layout.published(manifest.runId(), name));
  }

  /** The run's restricted result tables (true counts and cell keys) by name, read anew. */
  public Map<String, Table> restricted() {
    RunLayout layout = new RunLayout(work);
    return RunTables.read(ResultCatalogue.all(), name -> layout.restricted(manifest.runId(), name));
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at JVM exit
    }
  }
}
