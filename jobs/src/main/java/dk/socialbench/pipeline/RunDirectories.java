package dk.socialbench.pipeline;

import dk.socialbench.contract.RunLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The housekeeping of {@code WORK/runs/} around a commit ({@link RunStaging}): what {@code LATEST}
 * names, removing a run directory that a killed commit moved into place without naming it, and
 * keeping curated data and quarantine for the newest run only.
 */
final class RunDirectories {
  private RunDirectories() {}

  /** The run {@code LATEST} names, or null if there is none. */
  static String latest(RunLayout layout) throws IOException {
    Path latest = layout.latest();
    return Files.isRegularFile(latest)
        ? Files.readString(latest, StandardCharsets.UTF_8).strip()
        : null;
  }

  /**
   * Removes the run directory of every staged run that began its commit (its staging area holds
   * {@code marker}) but is not the one {@code LATEST} names: it was killed between moving its run
   * directory into {@code runs/} and replacing {@code LATEST}.
   */
  static void removeUncommitted(RunLayout layout, Path staging, String marker) throws IOException {
    if (!Files.isDirectory(staging)) {
      return;
    }
    String latest = latest(layout);
    for (Path staged : list(staging)) {
      String runId = staged.getFileName().toString();
      if (Files.exists(staged.resolve(marker))
          && !runId.equals(latest)
          && RunLayout.RUN_ID.matcher(runId).matches()) {
        RunStaging.deleteRecursively(layout.run(runId));
      }
    }
  }

  /** Removes the curated data and quarantine of every run but {@code keep} (null: of all runs). */
  static void pruneAllBut(RunLayout layout, String keep) throws IOException {
    if (!Files.isDirectory(layout.runs())) {
      return;
    }
    for (Path run : list(layout.runs())) {
      String runId = run.getFileName().toString();
      if (Files.isDirectory(run)
          && RunLayout.RUN_ID.matcher(runId).matches()
          && !runId.equals(keep)) {
        RunStaging.deleteRecursively(layout.quarantine(runId));
        RunStaging.deleteRecursively(layout.curated(runId));
      }
    }
  }

  /** Removes {@code WORK/curated} and {@code WORK/quarantine}, where runs kept them before. */
  static void removeLegacyCuratedData(RunLayout layout) throws IOException {
    RunStaging.deleteRecursively(layout.work().resolve("curated"));
    RunStaging.deleteRecursively(layout.work().resolve("quarantine"));
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    }
  }
}
