package dk.socialbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every relation of {@link LinkedTables} names datasets and columns the catalogue has, with the
 * right roles, so that a renamed column fails here and not silently in the auditor.
 */
class LinkedTablesTest {

  @Test
  void every_sum_names_a_dataset_a_count_or_number_and_dimensions_it_has() {
    for (Relation r : LinkedTables.all()) {
      for (Relation.Term t : concat(r.left(), r.right())) {
        CellSum s = t.sum();
        ResultDataset d = ResultCatalogue.byName(s.dataset());
        Column summed = d.column(s.columnOf(d)).orElseThrow(() -> new AssertionError(r));
        boolean whole = summed.type() == ColumnType.LONG || summed.type() == ColumnType.INT;
        // A value that is not whole can bound counts (users >= full-year users), never equal them.
        boolean bound = summed.type() == ColumnType.DOUBLE && r.kind() != Relation.Kind.EQUAL;
        assertTrue(
            summed.role() != Column.Role.DIMENSION && (whole || bound),
            r + ": " + summed.name() + " is not a whole number");
        for (String k : s.keys()) {
          assertEquals(Column.Role.DIMENSION, d.column(k).orElseThrow().role(), r + ": " + k);
        }
        for (String w : s.where().keySet()) {
          assertEquals(Column.Role.DIMENSION, d.column(w).orElseThrow().role(), r + ": " + w);
        }
      }
    }
  }

  @Test
  void both_sides_of_a_relation_match_on_as_many_keys() {
    for (Relation r : LinkedTables.all()) {
      int keys = r.left().get(0).sum().keys().size();
      for (Relation.Term t : concat(r.left(), r.right())) {
        assertTrue(t.sum().keys().size() <= keys, r.toString());
      }
    }
  }

  @Test
  void the_stages_named_are_stages_of_their_dataset() {
    for (ResultDataset d : ResultCatalogue.all()) {
      for (String stage :
          concat(
              LinkedTables.cumulativeStage(d.name()).stream().toList(),
              LinkedTables.pooledStage(d.name()).stream().toList())) {
        Column c = d.column(stage).orElseThrow();
        assertEquals(Column.Role.DIMENSION, c.role(), d.name());
        assertEquals(ColumnType.INT, c.type(), d.name());
      }
    }
    assertEquals(
        "min_registrations", LinkedTables.cumulativeStage("cases_by_registrations").orElseThrow());
    assertEquals("from_registration", LinkedTables.pooledStage("goal_fulfilment").orElseThrow());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
