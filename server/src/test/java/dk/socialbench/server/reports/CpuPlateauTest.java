package dk.socialbench.server.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Windows of 2 (or 1) renderings, 3 % less than the best window before counts as falling, 2 flat,
 * and at most 10 % of the last window's CPU time compiling.
 */
class CpuPlateauTest {
  private static final long MS = 1_000_000;

  @Test
  void a_falling_cost_is_not_a_plateau_and_two_flat_windows_are() {
    CpuPlateau plateau = new CpuPlateau(2, 0.03, 2, 0.10);
    // Windows of 400, 300, 250 ms: each more than 3 % under the best before it.
    for (long ms : new long[] {420, 380, 310, 290, 250, 250}) {
      assertFalse(plateau.add(ms * MS, 0));
    }
    assertEquals(250.0, plateau.lastWindowMillis(), 1e-9);
    // 245 is 2 % under 250: flat once; 260 is above it: flat twice.
    assertFalse(plateau.add(240 * MS, 0));
    assertFalse(plateau.add(250 * MS, 0));
    assertFalse(plateau.add(250 * MS, 0));
    assertTrue(plateau.add(270 * MS, 0));
    assertEquals(260.0, plateau.lastWindowMillis(), 1e-9);
    assertTrue(plateau.reached());
  }

  @Test
  void a_window_clearly_cheaper_than_all_before_starts_the_count_again() {
    CpuPlateau plateau = new CpuPlateau(1, 0.03, 2, 0.10);
    assertFalse(plateau.add(300 * MS, 0)); // the first window: nothing to compare with
    assertFalse(plateau.add(299 * MS, 0)); // flat 1
    assertFalse(plateau.add(200 * MS, 0)); // 33 % under 299: falling, flat 0
    assertFalse(plateau.add(199 * MS, 0)); // flat 1
    assertTrue(plateau.add(198 * MS, 0)); // 198 is 0.5 % under 199: flat 2
  }

  @Test
  void a_flat_cost_while_the_jit_still_compiles_is_not_warm_yet() {
    CpuPlateau plateau = new CpuPlateau(1, 0.03, 2, 0.10);
    assertFalse(plateau.add(200 * MS, 60)); // the first window: 30 % compiling
    assertFalse(plateau.add(200 * MS, 40)); // flat 1, 20 % compiling
    assertFalse(plateau.add(200 * MS, 30)); // flat 2, but 15 % compiling
    assertTrue(plateau.add(200 * MS, 20)); // flat 3 and 10 % compiling: warm
    assertFalse(plateau.add(200 * MS, 30), "warm means the last window, not once"); // 15 %
  }

  @Test
  void each_closed_window_tells_its_cost_and_its_share_compiling() {
    CpuPlateau plateau = new CpuPlateau(2, 0.03, 2, 0.10);
    plateau.add(300 * MS, 90);
    assertFalse(plateau.windowClosed());
    assertEquals(1.0, plateau.lastCompileShare(), 1e-9, "no window yet");
    plateau.add(100 * MS, 10);
    assertTrue(plateau.windowClosed());
    // (90 + 10) ms compiling in (300 + 100) ms of CPU time: 25 %, 200 ms per rendering.
    assertEquals(0.25, plateau.lastCompileShare(), 1e-9);
    assertEquals(200.0, plateau.lastWindowMillis(), 1e-9);
    plateau.add(200 * MS, 0);
    assertFalse(plateau.windowClosed());
  }
}
