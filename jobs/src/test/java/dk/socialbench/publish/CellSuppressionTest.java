package dk.socialbench.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {
  private static final ResultDataset GOALS_SET = ResultCatalogue.byName("goals_set");
  private static final ResultDataset PROGRESSION = ResultCatalogue.byName("progression_by_price");

  /** A goals_set row: municipality, yes/no, cases, total; share columns left null. */
  private static Object[] goals(String municipality, String set, long cases, long total) {
    return new Object[] {municipality, set, cases, total, 0.5, 0.4, 0.6};
  }

  private static List<Object[]> published(ResultDataset d, List<Object[]> rows) {
    return CellSuppression.apply(d, rows, 5).rows();
  }

  @Test
  void a_cell_of_fewer_than_five_persons_is_nulled_and_flagged() {
    List<Object[]> out =
        published(GOALS_SET, List.of(goals("147", "yes", 30, 33), goals("147", "no", 3, 33)));
    assertArrayEquals(new Object[] {"147", "no", null, 33L, null, null, null, true}, out.get(1));
  }

  @Test
  void the_complement_of_a_suppressed_cell_in_its_line_is_suppressed_too() {
    // yes = total - no: publishing 30 of 33 would give the 3 away.
    List<Object[]> out =
        published(GOALS_SET, List.of(goals("147", "yes", 30, 33), goals("147", "no", 3, 33)));
    assertEquals(true, out.get(0)[7]);
    assertEquals(null, out.get(0)[2]);
    assertEquals(33L, out.get(0)[3], "the line total stays: it is 33 persons");
  }

  @Test
  void the_second_cell_is_the_smallest_other_one_in_the_line() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"147", "a", 2L, 40L, null, null, null});
    rows.add(new Object[] {"147", "b", 8L, 40L, null, null, null});
    rows.add(new Object[] {"147", "c", 30L, 40L, null, null, null});
    List<Object[]> out = published(GOALS_SET, rows);
    assertEquals(List.of(true, true, false), flags(out));
  }

  @Test
  void a_municipality_cell_cannot_be_recovered_from_all_minus_the_others() {
    List<Object[]> rows = new ArrayList<>();
    rows.add(goals("147", "yes", 3, 3)); // primary (and its total of 3 is nulled)
    rows.add(goals("151", "yes", 20, 20));
    rows.add(goals("153", "yes", 7, 7));
    rows.add(goals("all", "yes", 30, 30));
    List<Object[]> out = published(GOALS_SET, rows);
    assertEquals(List.of(true, false, true, false), flags(out));
    assertEquals(null, out.get(0)[3]);
  }

  @Test
  void a_small_numerator_or_complement_suppresses_a_share() {
    Object[] fewFulfilled = progression("147", 20, 2, 20, 10);
    Object[] fewNotFulfilled = progression("151", 20, 18, 20, 10);
    Object[] fine = progression("153", 20, 10, 20, 10);
    List<Object[]> out =
        published(
            PROGRESSION,
            List.of(fewFulfilled, fewNotFulfilled, fine, progression("all", 60, 30, 60, 30)));
    int goalFlag = PROGRESSION.publishedColumns().size() - 2;
    assertEquals(true, out.get(0)[goalFlag]);
    assertEquals(true, out.get(1)[goalFlag]);
    assertEquals(false, out.get(2)[goalFlag], "two suppressed cells already hide each other");
    assertEquals(null, out.get(0)[7]);
    assertEquals(false, out.get(0)[goalFlag - 1], "the price group is a group of its own");
  }

  private static Object[] progression(
      String m, long goalCases, long fulfilled, long vumCases, long improved) {
    return new Object[] {
      m, "SEL85", 40L, 12.0, 10.0, 14.0, goalCases, fulfilled, 0.5, 0.4, 0.6, vumCases, improved,
      0.5, 0.4, 0.6
    };
  }

  @Test
  void the_total_of_a_line_with_one_suppressed_cell_is_hidden() {
    // 147 has only "yes" (12 of 12): that cell alone is its line, the line total is the cell.
    List<Object[]> rows = new ArrayList<>();
    rows.add(goals("147", "yes", 12, 12));
    rows.add(goals("153", "yes", 3, 3));
    rows.add(goals("all", "yes", 15, 15));
    List<Object[]> out = published(GOALS_SET, rows);
    assertEquals(List.of(true, true, false), flags(out));
    assertEquals(null, out.get(0)[3], "12 of 12 would give the hidden 12 away");
    assertEquals(15L, out.get(2)[3]);
  }

  @Test
  void the_second_cell_is_not_one_that_is_alone_in_another_line() {
    // 147's "yes" is its line's only cell: its count is also the line total, published in
    // other datasets, so hiding it protects nothing. "all" is hidden instead.
    List<Object[]> rows = new ArrayList<>();
    rows.add(goals("147", "yes", 12, 12));
    rows.add(goals("151", "yes", 3, 20));
    rows.add(goals("151", "no", 17, 20));
    rows.add(goals("all", "yes", 15, 32));
    rows.add(goals("all", "no", 17, 32));
    List<Object[]> out = published(GOALS_SET, rows);
    assertEquals(List.of(false, true, true, true, true), flags(out));
    assertEquals(12L, out.get(0)[2]);
  }

  @Test
  void data_quality_datasets_are_published_as_they_are() {
    ResultDataset completeness = ResultCatalogue.byName("data_completeness");
    List<Object[]> rows =
        List.<Object[]>of(new Object[] {"147", "funding_basis", false, 3L, 1L, 1 / 3.0});
    assertSame(rows, CellSuppression.apply(completeness, rows, 5).rows());
  }

  @Test
  void the_outcome_counts_suppressed_cells() {
    assertEquals(
        2,
        CellSuppression.apply(
                GOALS_SET, List.of(goals("147", "yes", 30, 33), goals("147", "no", 3, 33)), 5)
            .suppressedCells());
  }

  private static List<Boolean> flags(List<Object[]> out) {
    return out.stream().map(r -> (Boolean) r[r.length - 1]).toList();
  }
}
