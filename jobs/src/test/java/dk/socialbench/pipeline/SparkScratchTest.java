package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Assert;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Where a run's Spark writes its scratch (shuffle files, spills, cached blocks), attacked: ingest
 * shuffles its parsed rows before the names in file names and another citizen's name are redacted,
 * so a run killed mid-ingest (SIGKILL: no shutdown hook) must leave nothing readable in {@code
 * java.io.tmpdir} (before: {@code /tmp/blockmgr-*}, world-readable, kept), nothing readable under
 * WORK either (encrypted, in a folder of the owner's only), and the next run removes it. While it
 * runs, its driver's ports on the loopback address give no block to a client without the run's
 * secret (before: any local user fetched the tasks, the pseudonymisation key in them).
 */
public class SparkScratchTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final String KEY = "spark-scratch-test-key-0123";

  @Rule public transient TemporaryFolder temp = new TemporaryFolder();

  @Test
  public void another_local_user_gets_nothing_from_a_run_while_it_runs_or_after_it_is_killed()
      throws Exception {
    Path input = temp.newFolder("input").toPath();
    AttackDelivery.write(input);
    Path work = temp.getRoot().toPath().resolve("work");
    Path tmp = temp.newFolder("tmp").toPath();

    ChildProcess run = ChildProcess.run(List.of("-Djava.io.tmpdir=" + tmp), input, work, KEY);
    // By now the parsed rows are shuffled and cached, names in file names not yet redacted.
    String line = run.awaitLine("ingest: writing", Duration.ofMinutes(3));
    List<String> fetched = line == null ? List.of() : fetchBlocks(run.pid());
    run.kill();
    Assert.assertNotNull("the run reached ingest's writing: " + run.output(), line);

    // Every way in, gathered, so that one failure does not hide the others.
    List<String> found = new ArrayList<>();
    fetched.forEach(block -> found.add("fetched without a secret: " + block));
    Path scratch = work.resolve(".spark-scratch");
    Secrets secrets = secretsInBinary();
    for (Path dir : List.of(tmp, scratch)) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path f : walk.filter(Files::isRegularFile).toList()) {
            secrets.scan(f.toString(), WorkScan.utf8(f), found);
          }
        }
      }
    }
    shuffleFiles(tmp).forEach(f -> found.add("a shuffle file in java.io.tmpdir: " + f));
    if (shuffleFiles(scratch).isEmpty()) {
      found.add("no shuffle file in WORK's scratch");
    } else {
      String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(scratch));
      if (!mode.equals("rwx------")) {
        found.add("WORK's scratch is " + mode);
      }
    }
    Assert.assertEquals(List.of(), found);

    new PipelineRun().run(spark(), PipelineRun.samples().resolve("invalid"), work);
    try (Stream<Path> left = Files.list(scratch)) {
      Assert.assertEquals("the killed run's scratch is removed", List.of(), left.toList());
    }
  }

  /**
   * The planted CPR numbers and the name parts of three letters or more: encrypted bytes read as
   * text hold a two-letter word ("bo", "ea") by chance every few kilobytes.
   */
  private static Secrets secretsInBinary() {
    Secrets secrets = new Secrets();
    for (String[] citizen : AttackDelivery.CITIZENS) {
      secrets.cpr(citizen[1]);
      for (String part : citizen[0].split("[ -]")) {
        if (part.length() > 2) {
          secrets.name(part);
        }
      }
    }
    return secrets;
  }

  /**
   * What a local user without the run's secret fetches from the driver's ports: the first broadcast
   * blocks (the tasks, the key in them among others), each named by port and block.
   */
  private static List<String> fetchBlocks(long pid) throws Exception {
    List<String> fetched = new ArrayList<>();
    List<Integer> ports = LoopbackPorts.listening(pid);
    if (ports.isEmpty()) {
      fetched.add("none: the driver listens on no port, so nothing was tried");
    }
    for (int port : ports) {
      for (int n = 0; n < 12; n++) {
        String block = "broadcast_" + n + "_piece0";
        try {
          byte[] bytes = LoopbackPorts.fetchBlock(port, block);
          fetched.add(port + "/" + block + " (" + bytes.length + " bytes)");
        } catch (Exception refused) {
          // refused, or no such block
        }
      }
    }
    return fetched;
  }

  /** Every shuffle data file under {@code dir}. */
  private static List<Path> shuffleFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.getFileName().toString().startsWith("shuffle_")).toList();
    }
  }
}
