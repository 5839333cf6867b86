package dk.socialbench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.contract.RunLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's directory holds the curated registrations, the quarantine, the unsuppressed results and
 * every municipality's data-quality rows: other local users get no permission on it, from the
 * moment it is staged (a run killed midway leaves it so) to after the commit. Its group keeps what
 * the umask gives (the server or analysts may share it). The expected modes are written out by hand
 * for the umask of the test (read back from a file the test creates, not from the code).
 */
class RunPermissionsTest {
  @Test
  void other_users_get_no_permission_on_a_staged_or_committed_run(@TempDir Path work)
      throws Exception {
    RunLayout layout = new RunLayout(work);
    String expected = closedToOthers(umaskDirectory(work));
    Path staged;
    String runId = "20261124-100000-0001";
    try (RunStaging staging = RunStaging.begin(layout, runId)) {
      staged = staging.run();
      // What the pipeline does: directories and files inside, as the umask makes them.
      Files.createDirectories(staging.quarantine());
      Files.writeString(staging.quarantine().resolve("rejected_rows.csv"), "fil;linje\n");
      Files.createDirectories(staging.restricted("goal_type"));
      assertEquals(expected, mode(staged));
      staging.commit();
    }
    assertEquals(expected, mode(layout.run(runId)));
  }

  /** The mode a new directory gets under this process's umask. */
  private static String umaskDirectory(Path work) throws Exception {
    return mode(Files.createDirectory(work.resolve("probe")));
  }

  /** {@code mode} with the last three letters (others' read, write, execute) taken away. */
  private static String closedToOthers(String mode) {
    return mode.substring(0, 6) + "---";
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
