package dk.socialbench.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A withheld count is null, and so is every value derived from it; nothing else changes. */
class WithheldCountsTest {
  private static final ResultDataset GOAL_TYPE = ResultCatalogue.byName("goal_type");
  private static final List<String> COLUMNS =
      List.of(
          "municipality_code",
          "goal_type",
          "cases",
          "total",
          "share",
          "share_ci_low",
          "share_ci_high",
          "suppressed");

  private static List<Object[]> line() {
    return List.of(
        new Object[] {"101", "improvement", 6L, 15L, 0.4, 0.198, 0.643, false},
        new Object[] {"101", "status_quo", 9L, 15L, 0.6, 0.357, 0.802, false});
  }

  @Test
  void a_withheld_cell_loses_its_share_and_interval_and_its_neighbour_keeps_them() {
    List<Object[]> out =
        WithheldCounts.apply(
            GOAL_TYPE, COLUMNS, line(), List.of(Set.of("cases"), Set.<String>of()));

    assertArrayEquals(
        new Object[] {"101", "improvement", null, 15L, null, null, null, true}, out.get(0));
    assertArrayEquals(line().get(1), out.get(1));
  }

  @Test
  void a_withheld_total_takes_every_share_of_its_line_with_it() {
    List<Object[]> out =
        WithheldCounts.apply(GOAL_TYPE, COLUMNS, line(), List.of(Set.of("total"), Set.of("total")));

    assertArrayEquals(
        new Object[] {"101", "improvement", 6L, null, null, null, null, true}, out.get(0));
    assertArrayEquals(
        new Object[] {"101", "status_quo", 9L, null, null, null, null, true}, out.get(1));
  }

  @Test
  void a_withheld_mean_takes_its_interval_and_keeps_its_count_and_median() {
    List<String> columns =
        List.of(
            "municipality_code",
            "service",
            "cases",
            "mean",
            "median",
            "mean_ci_low",
            "mean_ci_high",
            "suppressed");
    Object[] row = {"101", "SEL107", 12L, 1450.0, 1420.0, 1380.0, 1520.0, false};

    List<Object[]> out =
        WithheldCounts.apply(
            ResultCatalogue.byName("price_by_municipality"),
            columns,
            List.<Object[]>of(row),
            List.of(Set.of("mean")));

    assertArrayEquals(
        new Object[] {"101", "SEL107", 12L, null, 1420.0, null, null, true}, out.get(0));
  }
}
