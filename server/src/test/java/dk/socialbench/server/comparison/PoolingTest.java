package dk.socialbench.server.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Group figures pooled from published figures equal the figures the jobs would compute over the
 * members' cases together. Expected values from python3 (statistics.stdev, the jobs' t table).
 */
class PoolingTest {
  private static final double EPS = 1e-6;

  @Test
  void a_pooled_mean_and_interval_are_those_of_all_the_members_cases() {
    // Member A has cases 1, 2, 3, 4: mean 2.5, sd 1.290994, t(3) = 3.182446, interval
    // 0.445740–4.554260. Member B has 5, 6, 7: mean 6, sd 1, t(2) = 4.302653, 3.515862–8.484138.
    // All seven cases: mean 4, sd 2.160247, t(6) = 2.446912, half-width 1.997895.
    Estimate pooled =
        Pooling.mean(
            List.of(
                new Pooling.Mean(4, 2.5, 0.4457399403, 4.5542600597),
                new Pooling.Mean(3, 6.0, 3.5158621322, 8.4841378678)),
            5);
    assertEquals(4.0, pooled.value(), EPS);
    assertEquals(2.0021047182, pooled.low(), EPS);
    assertEquals(5.9978952818, pooled.high(), EPS);
    assertEquals(7L, pooled.n());
  }

  @Test
  void a_pooled_case_mix_ratio_is_the_ratio_of_all_the_members_cases() {
    // A: (price, expected) = (10, 8), (14, 12), (9, 10): actual 11, expected 10, ratio 1.1,
    // residuals 2, 2, −1 with sd 1.732051, half-width t(2) · 1.732051 / √3 / 10 = 0.430265.
    // B: (20, 15), (18, 20): actual 19, expected 17.5, ratio 1.085714, interval −1.455527 to
    // 3.626955. All five: actual 14.2, expected 13, ratio 1.092308, interval 0.827271–1.357344.
    Estimate pooled =
        Pooling.ratio(
            List.of(
                new Pooling.Ratio(3, 11, 10, 0.6697347, 1.5302653),
                new Pooling.Ratio(2, 19, 17.5, -1.4555267143, 3.6269552857)),
            5);
    assertEquals(1.0923076923, pooled.value(), EPS);
    assertEquals(0.8272709512, pooled.low(), EPS);
    assertEquals(1.3573444334, pooled.high(), EPS);
    assertEquals(5L, pooled.n());
  }

  @Test
  void a_pooled_share_has_the_wilson_interval_of_the_summed_counts() {
    // 3 of 8 and 4 of 12: 7 of 20 = 0.35, Wilson 0.181192–0.567146.
    Estimate pooled = Pooling.share(3 + 4, 8 + 12, 5);
    assertEquals(0.35, pooled.value(), EPS);
    assertEquals(0.1811918241, pooled.low(), EPS);
    assertEquals(0.5671457233, pooled.high(), EPS);
  }

  @Test
  void a_part_published_above_its_whole_counts_as_the_whole() {
    // Perturbed independently, 12 + 10 of 11 + 9: taken as 20 of 20 = 1, Wilson 0.838875-1
    // (python3: z = 1.959964, z2n = z*z/20, centre = 1 + z2n/2, half = z*sqrt(z2n/80)).
    Estimate pooled = Pooling.share(12 + 10, 11 + 9, 5);
    assertEquals(1.0, pooled.value(), EPS);
    assertEquals(0.8388748419, pooled.low(), EPS);
    assertEquals(1.0, pooled.high(), EPS);
  }

  @Test
  void a_pool_of_fewer_persons_than_may_be_published_is_withheld() {
    assertTrue(Pooling.share(1, 4, 5).suppressed());
    assertTrue(Pooling.mean(List.of(new Pooling.Mean(4, 2.5, 0.4, 4.5)), 5).suppressed());
    assertEquals(Estimate.none(), Pooling.mean(List.of(), 5));
  }

  @Test
  void a_member_without_a_published_interval_leaves_the_group_without_one() {
    Estimate pooled =
        Pooling.mean(
            List.of(new Pooling.Mean(6, 2.0, null, null), new Pooling.Mean(6, 4.0, 3.0, 5.0)), 5);
    assertEquals(3.0, pooled.value(), EPS);
    assertNull(pooled.low());
  }
}
