package dk.socialbench.pipeline;

import dk.socialbench.contract.RunManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * One run of the whole pipeline on the bundled sample deliveries, shared by the tests that only
 * read its output (privacy scan, disclosure check, golden files), so the suite runs it once.
 */
public final class SampleRun {
  private static SampleRun shared;

  private final Path work;
  private final RunManifest manifest;
  private final String console;

  private SampleRun(Path work, RunManifest manifest, String console) {
    this.work = work;
    this.manifest = manifest;
    this.console = console;
  }

  public static synchronized SampleRun get(SparkSession spark) {
    if (shared == null) {
      try {
        Path work = Files.createTempDirectory("socialbench-sample-run");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work)));
        PipelineRun run = new PipelineRun();
        RunManifest manifest = run.run(spark, PipelineRun.samples(), work);
        shared = new SampleRun(work, manifest, run.console());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
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

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at JVM exit
    }
  }
}
