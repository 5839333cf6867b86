package dk.socialbench.pipeline;

import dk.socialbench.contract.RunLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stages a run with a file in every place a real run writes one, and commits it: in the test JVM,
 * or as a child process that stops at a step of the commit and waits to be killed ({@link
 * CommitKillTest}). No Spark: the commit only moves what the run wrote.
 */
final class StagedCommit {
  private StagedCommit() {}

  /** {@code WORK RUN-ID STEP}: stages, commits, and at STEP prints "paused at STEP" and waits. */
  public static void main(String[] args) throws Exception {
    String stopAt = args[2];
    RunStaging.CommitProbe probe =
        step -> {
          if (step.equals(stopAt)) {
            System.out.println("paused at " + step);
            System.out.flush();
            sleepForever();
          }
        };
    try (RunStaging staging = RunStaging.begin(new RunLayout(Path.of(args[0])), args[1], probe)) {
      write(staging);
      staging.commit();
    }
    System.out.println("committed");
  }

  private static void sleepForever() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Commits a run in this JVM. */
  static void commit(RunLayout layout, String runId) throws IOException {
    try (RunStaging staging = RunStaging.begin(layout, runId)) {
      write(staging);
      staging.commit();
    }
  }

  /** A file in each of a run's places, holding the run's id. */
  static void write(RunStaging staging) throws IOException {
    String id = staging.runId();
    put(staging.manifest(), "{\"run_id\":\"" + id + "\"}");
    put(staging.published("goal_type").resolve("part-0.parquet"), id);
    put(staging.restricted("goal_type").resolve("part-0.parquet"), id);
    put(staging.registrations().resolve("municipality_code=101").resolve("part-0.parquet"), id);
    put(staging.quarantine().resolve("rows").resolve("part-0.parquet"), id);
    put(staging.quarantine().resolve("rejected_rows.csv"), id);
  }

  private static void put(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
