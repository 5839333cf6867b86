package dk.socialbench.audit;

import static dk.socialbench.audit.HandTables.key;
import static dk.socialbench.audit.HandTables.row;
import static dk.socialbench.audit.HandTables.table;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * A run written by hand into a work folder: one line of {@code goal_type} in municipality 101
 * (improvement 5 persons with key 0.85, published 6; status quo 14 with key 0.5, published 14;
 * total 19 with key 0.5, published 19), with or without a leak (the improvement count published as
 * its true 5, below nothing but not what its key gives).
 */
public final class HandRuns {
  public static final String RUN_ID = "20261205-120000-ab12";

  private HandRuns() {}

  public static RunManifest manifest() {
    return new RunManifest(
        RUN_ID,
        "test",
        null,
        "local[1]",
        5,
        null,
        false,
        null,
        List.of("101"),
        null,
        List.of(),
        List.of(),
        Map.of(),
        List.of(),
        List.of(),
        0,
        null);
  }

  /** Writes the run and points {@code runs/LATEST} at it. */
  public static void write(RunLayout layout, boolean leak) throws IOException {
    ParquetTables.write(
        table(
            "goal_type",
            List.of("municipality_code", "goal_type", "cases", "cases_key", "total", "total_key"),
            row("101", "improvement", 5L, key(0.85), 19L, key(0.5)),
            row("101", "status_quo", 14L, key(0.5), 19L, key(0.5))),
        layout.restricted(RUN_ID, "goal_type"));
    ParquetTables.write(
        table(
            "goal_type",
            List.of("municipality_code", "goal_type", "cases", "total"),
            row("101", "improvement", leak ? 5L : 6L, 19L),
            row("101", "status_quo", 14L, 19L)),
        layout.published(RUN_ID, "goal_type"));
    manifest().write(layout.manifest(RUN_ID));
    Files.writeString(layout.latest(), RUN_ID + "\n");
  }
}
