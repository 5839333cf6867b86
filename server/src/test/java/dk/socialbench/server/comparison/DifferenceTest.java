package dk.socialbench.server.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DifferenceTest {
  private static Estimate of(double value, double low, double high) {
    return new Estimate(value, low, high, 100L, false);
  }

  @Test
  void intervals_that_overlap_a_little_can_still_differ() {
    // 10 (8–12) against 6 (4–8,5): difference 4, lower bound 4 − √(2² + 2,5²) = 0.80 > 0.
    assertEquals(Difference.HIGHER, Difference.between(of(10, 8, 12), of(6, 4, 8.5)));
    assertEquals(Difference.LOWER, Difference.between(of(6, 4, 8.5), of(10, 8, 12)));
  }

  @Test
  void a_difference_within_the_uncertainty_is_no_clear_difference() {
    // 10 (7–13) against 7 (5–9): lower bound 3 − √(3² + 2²) = −0.61.
    assertEquals(Difference.NO_CLEAR_DIFFERENCE, Difference.between(of(10, 7, 13), of(7, 5, 9)));
  }

  @Test
  void a_ratio_is_compared_with_1_exactly() {
    assertEquals(Difference.HIGHER, Difference.against(of(1.2, 1.05, 1.35), 1.0));
    assertEquals(Difference.NO_CLEAR_DIFFERENCE, Difference.against(of(1.2, 0.95, 1.45), 1.0));
  }

  @Test
  void a_figure_without_an_interval_is_not_judged() {
    assertEquals(Difference.UNKNOWN, Difference.between(Estimate.withheld(), of(1, 0, 2)));
    assertEquals(
        Difference.UNKNOWN,
        Difference.between(new Estimate(5.0, null, null, 5L, false), of(1, 0, 2)));
  }
}
