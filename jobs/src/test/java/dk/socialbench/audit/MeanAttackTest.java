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
}
