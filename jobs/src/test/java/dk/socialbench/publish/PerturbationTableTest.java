package dk.socialbench.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The perturbation table at the edges of its slices, worked out by hand from the table in the
 * class's Javadoc (a key k stands for u = k / 2^32).
 */
class PerturbationTableTest {
  private static final PerturbationTable TABLE = new PerturbationTable();

  /** The key at the start of u's slice (u a multiple of 1/100, so exact enough). */
  private static long key(double u) {
    return (long) Math.ceil(u * PerturbationTable.KEYS);
  }

  @Test
  void an_empty_cell_stays_empty_whatever_its_key() {
    assertEquals(0, TABLE.published(0, 0));
    assertEquals(0, TABLE.published(0, PerturbationTable.KEYS - 1));
  }

  @Test
  void a_small_count_is_published_as_0_or_5_never_as_itself() {
    // 3 persons: 5 for u < 3/5, else 0.
    assertEquals(5, TABLE.published(3, key(0.59)));
    assertEquals(0, TABLE.published(3, key(0.60)));
    // 1 person: 5 only for u < 0.2.
    assertEquals(5, TABLE.published(1, 0));
    assertEquals(0, TABLE.published(1, key(0.20)));
    // 4 persons: 0 only for u >= 0.8.
    assertEquals(5, TABLE.published(4, key(0.79)));
    assertEquals(0, TABLE.published(4, key(0.80)));
  }

  @Test
  void five_and_six_never_fall_into_one_to_four() {
    // 5: [0, .05) -> 0, [.05, .80) -> 5, [.80, .95) -> 6, [.95, 1) -> 7
    assertEquals(0, TABLE.published(5, key(0.04)));
    assertEquals(5, TABLE.published(5, key(0.05)));
    assertEquals(5, TABLE.published(5, key(0.79)));
    assertEquals(6, TABLE.published(5, key(0.80)));
    assertEquals(7, TABLE.published(5, key(0.95)));
    // 6: [0, .25) -> 5, [.25, .80) -> 6, [.80, .95) -> 7, [.95, 1) -> 8
    assertEquals(5, TABLE.published(6, key(0.24)));
    assertEquals(6, TABLE.published(6, key(0.25)));
    assertEquals(7, TABLE.published(6, key(0.80)));
    assertEquals(8, TABLE.published(6, PerturbationTable.KEYS - 1));
  }

  @Test
  void a_large_count_moves_at_most_two() {
    // 40: [0, .05) -> 38, [.05, .25) -> 39, [.25, .75) -> 40, [.75, .95) -> 41, [.95, 1) -> 42
    assertEquals(38, TABLE.published(40, 0));
    assertEquals(39, TABLE.published(40, key(0.05)));
    assertEquals(40, TABLE.published(40, key(0.25)));
    assertEquals(40, TABLE.published(40, key(0.74)));
    assertEquals(41, TABLE.published(40, key(0.75)));
    assertEquals(42, TABLE.published(40, key(0.95)));
  }

  @Test
  void every_row_is_unbiased() {
    // Mean over a fine, even grid of keys: n itself, to the grid's resolution. By hand for the
    // special rows: 5 -> 0*.05 + 5*.75 + 6*.15 + 7*.05 = 3.75 + .90 + .35 = 5.00;
    // 6 -> 5*.25 + 6*.55 + 7*.15 + 8*.05 = 1.25 + 3.30 + 1.05 + .40 = 6.00; 3 -> 5 * 3/5 = 3.
    int steps = 100_000;
    for (long n : new long[] {1, 2, 3, 4, 5, 6, 7, 12, 250}) {
      double sum = 0;
      for (int i = 0; i < steps; i++) {
        sum += TABLE.published(n, (long) ((i + 0.5) / steps * PerturbationTable.KEYS));
      }
      assertEquals(n, sum / steps, 1e-3, "mean published value of " + n);
    }
  }

  @Test
  void keys_outside_the_range_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> TABLE.published(3, -1));
    assertThrows(IllegalArgumentException.class, () -> TABLE.published(3, PerturbationTable.KEYS));
    assertThrows(IllegalArgumentException.class, () -> TABLE.published(-1, 0));
  }
}
