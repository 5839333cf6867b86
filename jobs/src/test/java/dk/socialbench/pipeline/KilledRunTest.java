package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.Assert;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Kills a run (SIGKILL, no chance to clean up) in the middle of its analyses and checks that {@code
 * LATEST}, the earlier run and its curated data are exactly as they were, and that the next run
 * succeeds. {@link CommitKillTest} kills runs inside the commit itself.
 */
public class KilledRunTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Rule public transient TemporaryFolder temp = new TemporaryFolder();

  @Test
  public void a_run_killed_midway_leaves_latest_and_earlier_runs_as_they_were() throws Exception {
    Path input = PipelineRun.samples().resolve("invalid");
    Path work = temp.newFolder("work").toPath();
    RunManifest first = new PipelineRun().run(spark(), input, work);
    Map<String, String> before = snapshot(work);

    ChildProcess run = ChildProcess.run(List.of(), input, work, "killed-run-test-key-0123");
    String line = run.awaitLine("analyses: ", Duration.ofMinutes(3));
    run.kill();
    Assert.assertNotNull("the run reached its analyses before it was killed", line);

    Assert.assertEquals(first.runId(), Files.readString(new RunLayout(work).latest()).strip());
    Map<String, String> after = snapshot(work);
    // What the killed run left in its staging area and Spark's scratch, the next run removes.
    after
        .keySet()
        .removeIf(
            k -> k.startsWith(".staging/") || k.startsWith(".spark-scratch/") || k.equals(".lock"));
    before.keySet().removeIf(k -> k.equals(".lock"));
    Assert.assertEquals(before, after);

    RunManifest next = new PipelineRun().run(spark(), input, work);
    Assert.assertEquals(next.runId(), Files.readString(new RunLayout(work).latest()).strip());
    Assert.assertFalse(Files.exists(work.resolve(".staging").resolve(next.runId())));
    Assert.assertTrue(Files.isDirectory(new RunLayout(work).registrations(next.runId())));
    Assert.assertFalse(
        "only the newest run keeps curated data",
        Files.exists(new RunLayout(work).curated(first.runId())));
  }

  /** Every file under {@code dir} with its size and content hash. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(p).toString().replace(File.separatorChar, '/'),
            Files.size(p) + ":" + java.util.Arrays.hashCode(Files.readAllBytes(p)));
      }
    }
    return files;
  }
}
