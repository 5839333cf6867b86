package dk.socialbench.audit;

import static dk.socialbench.audit.HandTables.row;
import static dk.socialbench.audit.HandTables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A table's keys and values, which it works out once when made: the dimensions in the dataset's
 * order whatever the file's column order, numbers as doubles, a dimension the file lacks as null.
 */
class TableTest {
  @Test
  void a_key_is_the_dimensions_in_the_datasets_order_with_numbers_as_doubles() {
    // goal_type's dimensions are municipality_code, then goal_type; the file has them reversed
    Table t =
        table(
            "goal_type",
            List.of("cases", "goal_type", "municipality_code"),
            row(5L, "improvement", "101"),
            row(14L, "status_quo", "all"));

    assertEquals(List.of("101", "improvement"), t.key(0));
    assertEquals(List.of("all", "status_quo"), t.key(1));
    assertEquals(
        Map.of(List.of("101", "improvement"), 0, List.of("all", "status_quo"), 1), t.byKey());
    assertEquals(14L, t.number(1, "cases"));
    assertEquals("status_quo", t.value(1, "goal_type"));
  }

  @Test
  void a_whole_number_dimension_is_a_double_in_the_key() {
    Table t =
        table(
            "vum_development",
            List.of("municipality_code", "from_registration", "vum_from", "direction", "cases"),
            row("101", 1, 2.0, "improved", 7L));

    assertEquals(Arrays.asList("101", 1.0, 2.0, "improved"), t.key(0));
  }

  @Test
  void a_column_the_file_lacks_has_no_value_and_a_dimension_it_lacks_is_null_in_the_key() {
    Table t = table("goal_type", List.of("municipality_code", "cases"), row("101", 5L));

    assertTrue(t.has("cases"));
    assertFalse(t.has("total"));
    assertNull(t.value(0, "total"));
    assertNull(t.number(0, "total"));
    assertEquals(Arrays.asList("101", null), t.key(0));
  }
}
