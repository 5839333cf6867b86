package dk.socialbench.server.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Windows of 2 renderings, 3 % less than the best window before counts as falling, 2 flat. */
class CpuPlateauTest {
  private static final long MS = 1_000_000;

  @Test
  void a_falling_cost_is_not_a_plateau_and_two_flat_windows_are() {
    CpuPlateau plateau = new CpuPlateau(2, 0.03, 2);
    // Windows of 400, 300, 250 ms: each more than 3 % under the best before it.
    for (long ms : new long[] {420, 380, 310, 290, 250, 250}) {
      assertFalse(plateau.add(ms * MS));
    }
    assertEquals(250.0, plateau.lastWindowMillis(), 1e-9);
    // 245 is 2 % under 250: flat once; 260 is above it: flat twice.
    assertFalse(plateau.add(240 * MS));
    assertFalse(plateau.add(250 * MS));
    assertFalse(plateau.add(250 * MS));
    assertTrue(plateau.add(270 * MS));
    assertEquals(260.0, plateau.lastWindowMillis(), 1e-9);
    assertTrue(plateau.reached());
  }

  @Test
  void a_window_clearly_cheaper_than_all_before_starts_the_count_again() {
    CpuPlateau plateau = new CpuPlateau(1, 0.03, 2);
    assertFalse(plateau.add(300 * MS)); // the first window: nothing to compare with
    assertFalse(plateau.add(299 * MS)); // flat 1
    assertFalse(plateau.add(200 * MS)); // 33 % under 299: falling, flat 0
    assertFalse(plateau.add(199 * MS)); // flat 1
    assertTrue(plateau.add(198 * MS)); // 198 is 0.5 % under 199: flat 2
  }
}
