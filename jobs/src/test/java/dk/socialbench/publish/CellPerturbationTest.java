package dk.socialbench.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Publishing by the cell-key method on rows written by hand. Keys are chosen by where they fall in
 * [0, 2^32): u = key / 2^32 picks the noise of {@link PerturbationTable} (n ≥ 7: −2 below 0.05, −1
 * below 0.25, 0 below 0.75, +1 below 0.95, else +2; n of 1–4: 5 below n/5, else 0). Shares and
 * Wilson bounds were worked out with python3 (the formula of {@code Intervals}, rounded half up to
 * three decimals): 29 of 33 is 0.879 [0.727, 0.952]; 0 of 33 is 0.0 [0.0, 0.104]; 9 of 9 is 1.0
 * [0.701, 1.0].
 */
class CellPerturbationTest {
  private static final ResultDataset GOALS_SET = ResultCatalogue.byName("goals_set");
  private static final ResultDataset PRICE_BY_VUM = ResultCatalogue.byName("price_by_vum");
  private static final ResultDataset VUM_AND_TARGET = ResultCatalogue.byName("vum_and_target");
  private static final ResultDataset PROGRESSION = ResultCatalogue.byName("progression_by_price");

  private static final long U_010 = 429_496_730L; // u = 0.1: noise −1
  private static final long U_050 = 2_147_483_648L; // u = 0.5: no noise; 5 for a count of 3
  private static final long U_070 = 3_006_477_108L; // u = 0.7: 0 for a count of 3
  private static final long U_001 = 42_949_673L; // u = 0.01: noise −2
  private static final long U_099 = 4_252_017_623L; // u = 0.99: noise +2

  private static final CellPerturbation PERTURBATION = new CellPerturbation(5);

  private static List<Object[]> published(ResultDataset d, Object[]... rows) {
    return PERTURBATION.apply(d, List.of(rows)).rows();
  }

  /** A goals_set row as restricted: the analysis's shares are of the true counts. */
  private static Object[] goals(String set, long cases, long casesKey, long total, long totalKey) {
    return new Object[] {"147", set, cases, casesKey, total, totalKey, 0.5, 0.4, 0.6};
  }

  @Test
  void counts_are_perturbed_by_their_keys_and_shares_recomputed_from_the_published_counts() {
    List<Object[]> out =
        published(GOALS_SET, goals("no", 4, U_050, 33, U_050), goals("yes", 29, U_010, 33, U_050));
    // 4 at u = 0.5 (below 4/5): 5; 29 at u = 0.1: 28; 33 at u = 0.5: 33. Keys are not published.
    // python3: Wilson 95 % of 5 of 33 is [0.067, 0.309]; of 28 of 33 [0.691, 0.933].
    assertArrayEquals(new Object[] {"147", "no", 5L, 33L, 0.152, 0.067, 0.309, false}, out.get(0));
    assertArrayEquals(
        new Object[] {"147", "yes", 28L, 33L, 0.848, 0.691, 0.933, false}, out.get(1));
  }

  @Test
  void a_small_count_is_published_as_5_or_0_and_the_same_count_and_key_alike_everywhere() {
    List<Object[]> out =
        published(GOALS_SET, goals("no", 3, U_050, 3, U_050), goals("yes", 3, U_070, 3, U_050));
    assertEquals(1, out.size(), "the row of 3 at u = 0.7 publishes 0 and is left out");
    assertEquals("no", out.get(0)[1]);
    assertEquals(5L, out.get(0)[2]);
    assertEquals(5L, out.get(0)[3], "the same persons (count and key) publish the same number");
  }

  @Test
  void a_row_of_categories_published_as_0_is_left_out_whatever_its_truth() {
    // A true 3 at u = 0.7 and a true 5 at u = 0.01 (below 0.05) both publish 0; a true 0 too: none
    // of the three rows is published, so an empty cell and a small one look the same (no row).
    List<Object[]> out =
        published(
            GOALS_SET,
            goals("no", 3, U_070, 8, U_050),
            goals("unknown", 0, 0, 8, U_050),
            goals("yes", 5, U_001, 8, U_050));
    assertEquals(List.of(), out);
  }

  @Test
  void a_municipalitys_own_row_is_kept_when_its_count_publishes_as_0() {
    Object[] row = new Object[VUM_AND_TARGET.restrictedColumns().size()];
    row[0] = "147";
    put(row, VUM_AND_TARGET, "cases", 3L, U_070);
    put(row, VUM_AND_TARGET, "target_cases", 0L, 0L);
    List<Object[]> out = published(VUM_AND_TARGET, row);
    assertEquals(1, out.size());
    List<String> names = VUM_AND_TARGET.publishedColumns().stream().map(c -> c.name()).toList();
    assertEquals(0L, out.get(0)[names.indexOf("cases")]);
  }

  @Test
  void a_numerator_perturbed_above_its_denominator_gives_a_share_of_one() {
    Object[] row = new Object[PROGRESSION.restrictedColumns().size()];
    row[0] = "147";
    row[1] = "SEL85";
    put(row, PROGRESSION, "cases", 11L, U_050);
    put(row, PROGRESSION, "goal_cases", 11L, U_001); // 9
    put(row, PROGRESSION, "goals_fulfilled", 10L, U_099); // 12, taken as 9 of 9
    put(row, PROGRESSION, "vum_cases", 0L, U_050);
    put(row, PROGRESSION, "vum_improved", 0L, U_050);
    Object[] out = published(PROGRESSION, row).get(0);
    List<String> names = PROGRESSION.publishedColumns().stream().map(c -> c.name()).toList();
    assertEquals(9L, out[names.indexOf("goal_cases")]);
    assertEquals(12L, out[names.indexOf("goals_fulfilled")]);
    assertEquals(1.0, out[names.indexOf("goals_fulfilled_share")]);
    assertEquals(0.701, out[names.indexOf("goals_fulfilled_ci_low")]);
    assertEquals(1.0, out[names.indexOf("goals_fulfilled_ci_high")]);
    assertEquals(null, out[names.indexOf("vum_improved_share")], "no share of nobody");
  }

  private static void put(Object[] row, ResultDataset d, String count, long value, long key) {
    List<String> names = d.restrictedColumnNames();
    row[names.indexOf(count)] = value;
    row[names.indexOf(count + "_key")] = key;
  }

  /** A price_by_vum row: service, score, n and key, mean 10, median 9, [8, 12], individual 7. */
  private static Object[] price(long n) {
    return new Object[] {"147", "SEL85", 2.0, n, U_050, 10.0, 9.0, 8.0, 12.0, 7.0};
  }

  @Test
  void means_need_a_published_n_above_min_cell_and_medians_twice_min_cell() {
    List<Object[]> out = published(PRICE_BY_VUM, price(5), price(6), price(9), price(10));
    assertArrayEquals(
        new Object[] {"147", "SEL85", 2.0, 5L, null, null, null, null, null, true}, out.get(0));
    assertArrayEquals(
        new Object[] {"147", "SEL85", 2.0, 6L, 10.0, null, 8.0, 12.0, 7.0, false}, out.get(1));
    assertArrayEquals(
        new Object[] {"147", "SEL85", 2.0, 9L, 10.0, null, 8.0, 12.0, 7.0, false}, out.get(2));
    assertArrayEquals(
        new Object[] {"147", "SEL85", 2.0, 10L, 10.0, 9.0, 8.0, 12.0, 7.0, false}, out.get(3));
  }

  @Test
  void a_dataset_that_is_not_about_persons_is_published_as_it_is() {
    ResultDataset groups = ResultCatalogue.byName("comparison_groups");
    Object[] row = {"147", "151", 1};
    assertArrayEquals(row, published(groups, row).get(0));
  }

  @Test
  void full_year_users_are_scaled_to_the_published_users() {
    // 10 users at u = 0.01 are published as 8; their 9.5 full-year users as 9.5 × 8 / 10 = 7.6,
    // so "at least 7.6, i.e. 8, users" says no more than the published 8. By 31 December: 8 at
    // u = 0.5, unchanged. A group with no users is left out, as every row published as 0 is.
    ResultDataset activity = ResultCatalogue.byName("activity_by_year");
    List<Object[]> out =
        published(
            activity,
            new Object[] {"147", "SEL85", 2020, 9.5, 10L, U_001, 8L, U_050},
            new Object[] {"151", "SEL85", 2020, 0.0, 0L, 0L, 0L, 0L});
    assertEquals(1, out.size());
    assertArrayEquals(new Object[] {"147", "SEL85", 2020, 7.6, 8L, 8L, false, false}, out.get(0));
  }
}
