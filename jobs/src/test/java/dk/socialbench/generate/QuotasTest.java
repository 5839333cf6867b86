package dk.socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuotasTest {
  @Test
  void apportion_splits_the_total_exactly_with_a_minimum_each() {
    assertArrayEquals(new long[] {5, 3, 2}, Quotas.apportion(new double[] {0.5, 0.3, 0.2}, 10, 0));
    long[] shares = Quotas.apportion(new double[] {100, 1, 1, 1}, 10, 1);
    assertEquals(10, shares[0] + shares[1] + shares[2] + shares[3]);
    assertTrue(shares[1] >= 1 && shares[2] >= 1 && shares[3] >= 1);
  }

  @Test
  void take_removes_exactly_the_quota_and_favours_heavy_candidates() {
    int heavyTaken = 0;
    SplittableRandom rng = new SplittableRandom(1);
    for (int round = 0; round < 200; round++) {
      List<Integer> candidates = new ArrayList<>(IntStream.range(0, 10).boxed().toList());
      List<Integer> taken = Quotas.take(candidates, 3, s -> s == 0 ? 20 : 1, rng);
      assertEquals(3, taken.size());
      assertEquals(7, candidates.size());
      assertTrue(taken.stream().noneMatch(candidates::contains));
      heavyTaken += taken.contains(0) ? 1 : 0;
    }
    assertTrue(heavyTaken > 180, "candidate 0 taken " + heavyTaken + " of 200 times");
  }

  @Test
  void a_zero_weight_is_taken_only_when_nothing_else_is_left() {
    List<Integer> candidates = new ArrayList<>(List.of(0, 1, 2));
    assertEquals(
        List.of(1, 2), Quotas.take(candidates, 2, s -> s == 0 ? 0 : 1, new SplittableRandom(3)));
  }
}
