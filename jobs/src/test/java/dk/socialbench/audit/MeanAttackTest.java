package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.contract.LinkedTables;
import dk.socialbench.publish.PerturbationTable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The mean attack on hand-built price figures: the hidden mean comes back by differencing where the
 * counts are known, and the count noise makes it too wide where they are not. The intervals are
 * worked out by hand in the comments.
 */
class MeanAttackTest {
  private static final Preimages PREIMAGES = new Preimages(new PerturbationTable());

  private static MeanAttack.Outcome attack(
      Map<String, Table> published, Map<String, Table> restricted, boolean countsKnown) {
    LinearAttack.Outcome counts =
        new LinearAttack(PREIMAGES, LinkedTables.all(), null).run(published, restricted);
    return new MeanAttack(MeanAttack.P, PREIMAGES.threshold(), countsKnown)
        .run(published, restricted, counts.system(), counts.bounds().lo, counts.bounds().hi);
  }

  private static double[] interval(MeanAttack.Outcome o, MeanAttack.Exposure e) {
    return o.state().interval(e.measure(), e.variable(), e.through().get(0), Set.of());
  }

  @Test
  void a_line_whose_hidden_mean_comes_back_by_differencing() {
    MeanAttack.Outcome o = attack(MeanRuns.linePublished(), MeanRuns.lineRestricted(), true);

    assertEquals(
        List.of(
            "price_by_vum [101, service=SEL107, vum_score=4] mean: an attacker can tell this mean"
                + " to within 10 % from the published means and counts"),
        o.findings().stream().map(Finding::toString).toList());
    // With r = 1500: m = 1500 + [(1400 − 1500 ± 0.5)·10 + (1450 − 1500 ± 0.5)·8 − (±0.5)·20]·(−1)/2
    // = 1500 + (1400 ± 19)/2: [2190.5, 2209.5], the true 2200 inside, half width 9.5 ≤ 219.05.
    double[] i = interval(o, o.exposures().get(0));
    assertEquals(2190.5, i[0], 1e-9);
    assertEquals(2209.5, i[1], 1e-9);
  }

  @Test
  void the_same_line_is_too_wide_under_the_count_noise() {
    MeanAttack.Outcome o = attack(MeanRuns.linePublished(), MeanRuns.lineRestricted(), false);

    // The counts only within their preimages (20: 18..22, 10: 8..12, 8: 6..10, the hidden 1..5):
    // with r = 1500 the sum is 1082..1722 over 1..5 persons, 1716.4..3222; with r = 1450,
    // 1706.4..3172 (python3): 1716.4..3172, half width 727.8 > 171.64, no finding.
    assertEquals(List.of(), o.findings());
    assertEquals(1, o.attacked());
  }

  @Test
  void a_municipality_comes_back_from_all_and_the_others() {
    MeanAttack.Outcome o =
        attack(MeanRuns.municipalitiesPublished(), MeanRuns.municipalitiesRestricted(), true);

    assertEquals(
        List.of("price_by_municipality [101, service=SEL107] mean"),
        o.exposures().stream().map(e -> e.cell().id()).toList());
    // m = 1400 + [(1300 − 1400 ± 0.5)·12 − (±0.5)·15]·(−1)/3 = 1400 + (1200 ± 13.5)/3
    double[] i = interval(o, o.exposures().get(0));
    assertEquals(1795.5, i[0], 1e-9);
    assertEquals(1804.5, i[1], 1e-9);
  }

  @Test
  void a_withheld_mean_of_the_line_leaves_the_hidden_mean_untold() {
    MeanAttack.Outcome o = attack(MeanRuns.linePublished(), MeanRuns.lineRestricted(), true);

    // The cheapest of the line's three published means: all municipal, VUM 2 has the fewest (8).
    assertEquals(
        Set.of("price_by_vum [101, service=SEL107, vum_score=2] mean"),
        MeanWithholding.choose(o).stream().map(Cell::id).collect(Collectors.toSet()));
  }

  @Test
  void two_hidden_means_where_the_domain_pins_both() {
    MeanAttack.Outcome o =
        attack(MeanRuns.twoHiddenPublished(4.0), MeanRuns.twoHiddenRestricted(4.0), true);

    // Every mean within its rounding and the VUM scale (0..4): all's and 153's in [3.995, 4], so
    // 2·m_101 + 3·m_147 = 15·m_all − 10·m_153 ≥ 15·3.995 − 10·4 = 19.925. With m_147 ≤ 4 (the
    // scale's top): m_101 ≥ (19.925 − 12)/2 = 3.9625, and at most 4: half width 0.01875 ≤ 0.39625.
    // Likewise m_147 ≥ (19.925 − 8)/3 = 3.975.
    assertEquals(
        List.of(
            "vum_by_funding_basis [101, funding_basis=flex_job] mean",
            "vum_by_funding_basis [147, funding_basis=flex_job] mean"),
        o.exposures().stream().map(e -> e.cell().id()).toList());
    double[] i = interval(o, o.exposures().get(0));
    assertEquals(3.9625, i[0], 1e-6);
    assertEquals(4.0, i[1], 1e-6);
    double[] j = interval(o, o.exposures().get(1));
    assertEquals(3.975, j[0], 1e-6);
    assertEquals(4.0, j[1], 1e-6);
    assertEquals(2, o.sums().severalHidden);
    assertEquals(0, o.sums().oneHidden);
  }

  @Test
  void two_hidden_means_the_domain_does_not_pin() {
    MeanAttack.Outcome o =
        attack(MeanRuns.twoHiddenPublished(3.0), MeanRuns.twoHiddenRestricted(3.0), true);

    // 2·m_101 + 3·m_147 = 15 ± 0.125: m_101 in [(14.875 − 12)/2, 4] = [1.4375, 4] (half width
    // 1.28 > 0.144), m_147 in [(14.875 − 8)/3, 4] = [2.291667, 4]: neither told.
    assertEquals(List.of(), o.findings());
    assertEquals(2, o.attacked());
    MeanAttack.State s = o.state();
    MeanMeasure m =
        MeanMeasure.ALL.stream()
            .filter(x -> x.datasets().contains("vum_by_funding_basis"))
            .findFirst()
            .orElseThrow();
    List<double[]> of101 =
        s.constraints(m).entrySet().stream()
            .filter(e -> s.meanCell(m, e.getKey()).id().startsWith("vum_by_funding_basis [101,"))
            .map(e -> s.interval(m, e.getKey(), e.getValue().get(0), Set.of()))
            .toList();
    assertEquals(1, of101.size());
    assertEquals(1.4375, of101.get(0)[0], 1e-6);
    assertEquals(4.0, of101.get(0)[1], 1e-6);
  }

  @Test
  void a_sum_of_more_than_forty_cells_is_bounded_in_interval_arithmetic_wider_than_its_programme() {
    MeanAttack.Outcome o = attack(MeanRuns.manyPublished(), MeanRuns.manyRestricted(), true);

    // 46 cells > 40: no programme. With r = 4: m_101 = 4 + [Σ −(m_i − 4)·10 over the 43 published
    // (±0.005·10 each: ±2.15) + (m_all − 4)·435 (±2.175) − (m_147 − 4)·3 (m_147 in 0..4: 0..12)] /
    // 2
    // = 4 + [−4.325, 16.325]/2: [1.8375, 12.1625], cut at 4: [1.8375, 4], not told.
    assertEquals(List.of(), o.findings());
    assertEquals(0, o.sums().programmes);
    assertEquals(2, o.sums().severalHidden);
    MeanMeasure m =
        MeanMeasure.ALL.stream()
            .filter(x -> x.datasets().contains("vum_by_funding_basis"))
            .findFirst()
            .orElseThrow();
    MeanAttack.State s = o.state();
    var of101 =
        s.constraints(m).entrySet().stream()
            .filter(e -> s.meanCell(m, e.getKey()).id().startsWith("vum_by_funding_basis [101,"))
            .findFirst()
            .orElseThrow();
    double[] i = s.interval(m, of101.getKey(), of101.getValue().get(0), Set.of());
    assertEquals(1.8375, i[0], 1e-6);
    assertEquals(4.0, i[1], 1e-6);
    // The programme of the same sum, means within the scale: 2·m_101 + 3·m_147 = 435·m_all −
    // Σ 10·m_i ≥ 435·3.995 − 430·4 = 17.825, so m_101 ≥ (17.825 − 12)/2 = 2.9125: inside the above.
    int k = 46;
    long[] a = new long[k];
    double[] n = new double[k];
    double[] mLo = new double[k];
    double[] mHi = new double[k];
    for (int j = 0; j < k; j++) {
      a[j] = j == k - 1 ? -1 : 1;
      n[j] = j == 0 ? 2 : j == 1 ? 3 : j == k - 1 ? 435 : 10;
      mLo[j] = j < 2 ? 0 : 3.995;
      mHi[j] = 4;
    }
    double[] lp = MeanProgramme.interval(0, a, n, n, mLo, mHi);
    assertEquals(2.9125, lp[0], 1e-6);
    assertEquals(4.0, lp[1], 1e-6);
  }
}
