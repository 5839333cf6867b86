package dk.socialbench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.RunLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a run (SIGKILL) at each step of its commit. Before {@code LATEST} is replaced, readers see
 * the earlier run, its curated data and quarantine, unchanged, and the next start removes every
 * trace of the killed run; after, they see the new run whole, and the next start finishes the
 * clean-up. Either way the work directory ends exactly as if the kill had come before or after the
 * commit.
 */
class CommitKillTest {
  private static final String FIRST = "20261124-090000-aaaa";
  private static final String KILLED = "20261124-100000-bbbb";
  private static final String NEXT = "20261124-110000-cccc";

  @TempDir Path work;

  @ParameterizedTest(name = "killed when {0}: the earlier run stays current")
  @ValueSource(strings = {"marked", "moved"})
  void a_kill_before_latest_is_replaced_leaves_everything_as_it_was(String step) throws Exception {
    RunLayout layout = new RunLayout(work);
    StagedCommit.commit(layout, FIRST);
    Map<String, String> before = files();

    killAt(step);

    assertEquals(FIRST, RunDirectories.latest(layout));
    assertEquals(
        FIRST,
        Files.readString(
            layout.registrations(FIRST).resolve("municipality_code=101/part-0.parquet")));
    Map<String, String> visible = files();
    visible.keySet().removeIf(k -> k.startsWith(".staging/") || k.startsWith("runs/" + KILLED));
    assertEquals(before, visible, "what readers find through LATEST");

    RunStaging.begin(layout, NEXT).close(); // the next start, which then fails
    assertEquals(before, files(), "no trace of the killed run");
  }

  @ParameterizedTest(name = "killed when {0}: the new run is current")
  @ValueSource(strings = {"latest", "pruned"})
  void a_kill_after_latest_is_replaced_leaves_the_new_run_whole(String step) throws Exception {
    RunLayout layout = new RunLayout(work);
    StagedCommit.commit(layout, FIRST);

    killAt(step);

    assertEquals(KILLED, RunDirectories.latest(layout));
    assertEquals(
        KILLED,
        Files.readString(
            layout.registrations(KILLED).resolve("municipality_code=101/part-0.parquet")));
    assertEquals(KILLED, Files.readString(layout.quarantine(KILLED).resolve("rejected_rows.csv")));

    RunStaging.begin(layout, NEXT).close();
    Map<String, String> expected = new TreeMap<>();
    for (String run : List.of(FIRST, KILLED)) {
      expected.put("runs/" + run + "/manifest.json", "{\"run_id\":\"" + run + "\"}");
      expected.put("runs/" + run + "/published/goal_type/part-0.parquet", run);
      expected.put("runs/" + run + "/restricted/goal_type/part-0.parquet", run);
    }
    expected.put(
        "runs/" + KILLED + "/curated/registrations/municipality_code=101/part-0.parquet", KILLED);
    expected.put("runs/" + KILLED + "/quarantine/rows/part-0.parquet", KILLED);
    expected.put("runs/" + KILLED + "/quarantine/rejected_rows.csv", KILLED);
    expected.put("runs/LATEST", KILLED + "\n");
    assertEquals(expected, files(), "the first run keeps its results, not its curated data");
  }

  @Test
  void a_commit_keeps_curated_data_for_the_newest_run_only_and_drops_the_old_places()
      throws Exception {
    RunLayout layout = new RunLayout(work);
    Files.createDirectories(work.resolve("curated/registrations"));
    Files.writeString(work.resolve("quarantine.txt"), "not ours");
    Files.createDirectories(work.resolve("quarantine/rows"));
    StagedCommit.commit(layout, FIRST);
    StagedCommit.commit(layout, NEXT);
    assertEquals(NEXT, RunDirectories.latest(layout));
    assertFalse(Files.exists(layout.curated(FIRST)));
    assertFalse(Files.exists(layout.quarantine(FIRST)));
    assertTrue(Files.exists(layout.manifest(FIRST)));
    assertTrue(Files.isDirectory(layout.registrations(NEXT)));
    assertFalse(Files.exists(work.resolve("curated")), "where curated data was kept before");
    assertFalse(Files.exists(work.resolve("quarantine")));
    assertTrue(Files.exists(work.resolve("quarantine.txt")));
  }

  /** Starts a child that commits KILLED, stops at {@code step}, and kills it there. */
  private void killAt(String step) throws Exception {
    ChildProcess child =
        ChildProcess.start(StagedCommit.class, List.of(work.toString(), KILLED, step), Map.of());
    String paused = child.awaitLine("paused at " + step, Duration.ofMinutes(1));
    child.kill();
    assertNotNull(paused, () -> "the child did not reach " + step + ": " + output(child));
  }

  private static String output(ChildProcess child) {
    try {
      return child.output();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** Every file under the work directory but the lock, with its content. */
  private Map<String, String> files() throws Exception {
    Map<String, String> files = new TreeMap<>();
    for (Map.Entry<String, String> e : KilledRunTest.snapshot(work).entrySet()) {
      if (!e.getKey().equals(".lock")) {
        files.put(e.getKey(), Files.readString(work.resolve(e.getKey())));
      }
    }
    return files;
  }
}
