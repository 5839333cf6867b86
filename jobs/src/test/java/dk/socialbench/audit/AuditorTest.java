package dk.socialbench.audit;

import static dk.socialbench.audit.HandTables.byName;
import static dk.socialbench.audit.HandTables.key;
import static dk.socialbench.audit.HandTables.row;
import static dk.socialbench.audit.HandTables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.publish.PerturbationTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Design point 6(a) and (b) on one line of {@code goal_type} in municipality 101: improvement 5
 * persons (key 0.85: the table's 5-row puts [0.80, 0.95) on 6), status quo 14 (key 0.5: 14 stays),
 * the line's total 19 (key 0.5: stays). Shares and Wilson intervals of the published counts worked
 * out with python3 (z = 1.959963984540054, rounded half up to 0.001): 6 of 19 is 0.316 [0.154,
 * 0.540], 14 of 19 is 0.737 [0.512, 0.882]; the true 5 of 19 would be 0.263 [0.118, 0.488].
 */
class AuditorTest {
  private static final Auditor AUDITOR = new Auditor(new PerturbationTable());
  private static final List<String> PUBLISHED =
      List.of(
          "municipality_code",
          "goal_type",
          "cases",
          "total",
          "share",
          "share_ci_low",
          "share_ci_high");
  private static final List<String> RESTRICTED =
      List.of("municipality_code", "goal_type", "cases", "cases_key", "total", "total_key");

  private static Table restricted() {
    return table(
        "goal_type",
        RESTRICTED,
        row("101", "improvement", 5L, key(0.85), 19L, key(0.5)),
        row("101", "status_quo", 14L, key(0.5), 19L, key(0.5)));
  }

  private static Table published(Object[] improvement) {
    return table(
        "goal_type",
        PUBLISHED,
        improvement,
        row("101", "status_quo", 14L, 19L, 0.737, 0.512, 0.882));
  }

  private static final Object[] RIGHT = row("101", "improvement", 6L, 19L, 0.316, 0.154, 0.540);

  private static List<String> audit(Table published, Table restricted) {
    Map<String, Table> truth = restricted == null ? null : byName(restricted);
    AuditResult r = AUDITOR.audit(byName(published), truth);
    assertEquals(r.findings().isEmpty(), r.passed());
    return r.findings().stream().map(Finding::toString).toList();
  }

  @Test
  void a_line_perturbed_by_the_table_with_shares_of_the_published_counts_passes() {
    assertEquals(List.of(), audit(published(RIGHT), restricted()));
    assertEquals(5, AUDITOR.threshold());
  }

  @Test
  void a_published_count_of_1_to_4_is_caught() {
    assertEquals(
        List.of(
            "goal_type [101, goal_type=improvement] cases: published count below the threshold"),
        audit(published(row("101", "improvement", 3L, 19L, null, null, null)), null));
  }

  @Test
  void a_row_whose_count_publishes_as_0_is_left_out_and_one_published_with_0_is_caught() {
    // Improvement's 5 persons at key 0.02 (the 5-row puts [0, 0.05) on 0) publish 0: the row is
    // left out. Its cell then reads as a published 0 (0..5 persons); with the line, 19 - 14 of
    // 17..21 and 12..16 gives 1..5: nothing is told exactly. Published with its 0 instead, the row
    // tells of persons: a publishing error. 0 of 19 is 0.0 [0.0, 0.168] (python3).
    Table truth =
        table(
            "goal_type",
            RESTRICTED,
            row("101", "improvement", 5L, key(0.02), 19L, key(0.5)),
            row("101", "status_quo", 14L, key(0.5), 19L, key(0.5)));
    Table leftOut =
        table("goal_type", PUBLISHED, row("101", "status_quo", 14L, 19L, 0.737, 0.512, 0.882));
    assertEquals(List.of(), audit(leftOut, truth));
    assertEquals(
        List.of(
            "goal_type [101, goal_type=improvement] cases: a row is published with a population"
                + " count of 0: its existence tells of persons"),
        audit(published(row("101", "improvement", 0L, 19L, 0.0, 0.0, 0.168)), truth));
  }

  @Test
  void a_share_computed_from_the_true_count_is_caught() {
    String reason = "not computed from the published counts (a share or interval of true counts)";
    assertEquals(
        List.of(
            "goal_type [101, goal_type=improvement] share: " + reason,
            "goal_type [101, goal_type=improvement] share_ci_low: " + reason,
            "goal_type [101, goal_type=improvement] share_ci_high: " + reason),
        audit(published(row("101", "improvement", 6L, 19L, 0.263, 0.118, 0.488)), restricted()));
  }

  @Test
  void a_count_published_without_its_noise_is_caught() {
    // The true 5 published as 5 with the shares of 5 of 19: consistent, but not what key 0.85
    // gives (6).
    assertEquals(
        List.of(
            "goal_type [101, goal_type=improvement] cases: published count is not the"
                + " perturbation of its true count"),
        audit(published(row("101", "improvement", 5L, 19L, 0.263, 0.118, 0.488)), restricted()));
  }

  @Test
  void a_restricted_count_without_its_cell_key_and_a_published_key_are_caught() {
    Table noTotalKey =
        table(
            "goal_type",
            RESTRICTED.subList(0, 5),
            row("101", "improvement", 5L, key(0.85), 19L),
            row("101", "status_quo", 14L, key(0.5), 19L));
    Table keyPublished =
        table(
            "goal_type",
            List.of("municipality_code", "goal_type", "cases", "total", "cases_key"),
            row("101", "improvement", 6L, 19L, key(0.85)),
            row("101", "status_quo", 14L, 19L, key(0.5)));
    assertEquals(
        List.of(
            "goal_type [every row] cases_key: a cell key is published",
            "goal_type [every row] total: restricted has no cell key total_key for this count"),
        audit(keyPublished, noTotalKey));
  }

  @Test
  void a_mean_under_5_persons_and_a_median_under_10_are_caught() {
    // vum_by_funding_basis: 1..4 persons published as 0 with their mean; 6 with a median.
    Table means =
        table(
            "vum_by_funding_basis",
            List.of("municipality_code", "funding_basis", "cases", "mean", "median"),
            row("101", "a", 0L, 2.5, null),
            row("101", "b", 6L, 2.0, 2.0),
            row("101", "c", 12L, 2.0, 2.0));
    List<String> found = audit(means, null);
    assertEquals(
        List.of(
            "vum_by_funding_basis [101, funding_basis=a] mean: published although its count is"
                + " under 5 persons",
            "vum_by_funding_basis [101, funding_basis=b] median: published although its count is"
                + " under 10 persons"),
        found.stream().filter(f -> f.contains("published although")).toList());
    assertTrue(found.stream().noneMatch(f -> f.contains("funding_basis=c")), found.toString());
  }
}
