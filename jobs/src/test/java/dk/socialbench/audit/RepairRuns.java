package dk.socialbench.audit;

import static dk.socialbench.audit.HandTables.byName;
import static dk.socialbench.audit.HandTables.key;
import static dk.socialbench.audit.HandTables.row;
import static dk.socialbench.audit.HandTables.table;

import java.util.List;
import java.util.Map;

/**
 * Linked tables written out by hand whose published counts the linear attack pins, with the keys
 * that give each published count from its truth under the perturbation table (n ≥ 7: u < 0.05 gives
 * n − 2, u ≥ 0.95 gives n + 2; 5 with u = 0.85 gives 6; 1 with u = 0.1 gives 5).
 */
final class RepairRuns {
  private RepairRuns() {}

  static final List<String> RESTRICTED =
      List.of("municipality_code", "goal_type", "cases", "cases_key", "total", "total_key");
  static final List<String> PUBLISHED = List.of("municipality_code", "goal_type", "cases", "total");

  /**
   * One line of {@code goal_type} in 101 pinned at its edge: improvement 5 published 6 (5..8),
   * limited worsening 1 published 5 (1..7), status quo 7 published 9 (7..11), total 13 published 11
   * (9..13). The lowest preimages 5 + 1 + 7 add up to the total's highest, 13: each cell is pinned
   * to its lowest, the 1 among them.
   */
  static Map<String, Table> edgeRestricted() {
    return byName(
        table(
            "goal_type",
            RESTRICTED,
            row("101", "improvement", 5L, key(0.85), 13L, key(0.01)),
            row("101", "limited_worsening", 1L, key(0.1), 13L, key(0.01)),
            row("101", "status_quo", 7L, key(0.975), 13L, key(0.01))));
  }

  static Map<String, Table> edgePublished() {
    return byName(
        table(
            "goal_type",
            PUBLISHED,
            row("101", "improvement", 6L, 11L),
            row("101", "limited_worsening", 5L, 11L),
            row("101", "status_quo", 9L, 11L)));
  }

  /**
   * A total pinned across two datasets: {@code goal_type} in 101, improvement 5 published 6 (5..8),
   * status quo 7 published 9 (7..11), total 12 published 10 (8..12); {@code goals_set}'s "yes", the
   * same 12 persons (so the same key and the same 10), and "no" 20 published 20, total 32 published
   * 30. The goal types add up to "yes": 5 + 7 = 12 is the highest either total allows, so the two
   * cells, the total and "yes" are pinned (5, 7, 12, 12), none below the threshold.
   */
  static Map<String, Table> acrossRestricted() {
    return byName(
        table(
            "goal_type",
            RESTRICTED,
            row("101", "improvement", 5L, key(0.85), 12L, key(0.01)),
            row("101", "status_quo", 7L, key(0.975), 12L, key(0.01))),
        table(
            "goals_set",
            List.of("municipality_code", "goals_set", "cases", "cases_key", "total", "total_key"),
            row("101", "yes", 12L, key(0.01), 32L, key(0.01)),
            row("101", "no", 20L, key(0.5), 32L, key(0.01))));
  }

  static Map<String, Table> acrossPublished() {
    return byName(
        table(
            "goal_type",
            PUBLISHED,
            row("101", "improvement", 6L, 10L),
            row("101", "status_quo", 9L, 10L)),
        table(
            "goals_set",
            List.of("municipality_code", "goals_set", "cases", "total"),
            row("101", "yes", 10L, 30L),
            row("101", "no", 20L, 30L)));
  }
}
