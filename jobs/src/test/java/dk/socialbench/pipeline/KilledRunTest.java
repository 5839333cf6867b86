package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.RunLayout;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.Assert;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Kills a run (SIGKILL, no chance to clean up) in the middle of its analyses and checks that {@code
 * LATEST}, the earlier run and the curated data are exactly as they were, and that the next run
 * succeeds.
 */
public class KilledRunTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Rule public transient TemporaryFolder temp = new TemporaryFolder();

  @Test
  public void a_run_killed_midway_leaves_latest_and_earlier_runs_as_they_were() throws Exception {
    Path input = PipelineRun.samples().resolve("invalid");
    Path work = temp.newFolder("work").toPath();
    Manifest first = new PipelineRun().run(spark(), input, work);
    Map<String, String> before = snapshot(work);

    Process run = startRun(input, work);
    String line = waitForLine(run, "analyses: ");
    run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    Assert.assertNotNull("the run reached its analyses before it was killed", line);

    Assert.assertEquals(first.runId(), Files.readString(new RunLayout(work).latest()).strip());
    Map<String, String> after = snapshot(work);
    after.keySet().removeIf(k -> k.startsWith(".staging/") || k.equals(".lock"));
    before.keySet().removeIf(k -> k.equals(".lock"));
    Assert.assertEquals(before, after);

    Manifest next = new PipelineRun().run(spark(), input, work);
    Assert.assertEquals(next.runId(), Files.readString(new RunLayout(work).latest()).strip());
    Assert.assertFalse(Files.exists(work.resolve(".staging").resolve(next.runId())));
  }

  private static Process startRun(Path input, Path work) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("--add-opens") || a.startsWith("-XX:+Ignore"))
            .toList());
    command.add("-cp");
    command.add(testClassPath());
    command.add("dk.socialbench.cli.Main");
    command.addAll(
        List.of(
            "run", "--input", input.toString(), "--work", work.toString(), "--master", "local[1]"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("SOCIALBENCH_PSEUDONYM_KEY", "killed-run-test-key-0123");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  /** Surefire runs tests from a manifest-only jar; the real class path is in this property. */
  private static String testClassPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null ? cp : System.getProperty("java.class.path");
  }

  private static String waitForLine(Process p, String marker) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      if (line.contains(marker)) {
        return line;
      }
    }
    return null;
  }

  /** Every file under {@code dir} with its size and content hash. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
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
