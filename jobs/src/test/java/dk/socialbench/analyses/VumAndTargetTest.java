package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.PARTIALLY;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class VumAndTargetTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void the_target_is_compared_with_the_score_of_the_cases_that_have_one() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10).vum(2).goal(IMPROVEMENT).vumTarget(1),
                    // Later registrations do not count.
                    sel85(10).vum(1).goal(IMPROVEMENT).vumTarget(0).judged(PARTIALLY)),
            Case.in(FREDERIKSBERG, "b")
                .registrations(sel85(10).vum(3).goal(IMPROVEMENT).vumTarget(2)),
            Case.in(FREDERIKSBERG, "c").registrations(sel107(1500).vum(3.5).goal(IMPROVEMENT)),
            Case.in(BALLERUP, "d").registrations(sel107(1500).vum(4)));

    // Frederiksberg: scores 2, 3, 3.5: mean 17/6, sd √(7/12) = 0.763763, t(2) = 4.302653,
    // half-width 4.302653 · 0.763763 / √3 = 1.897292. Targets 1 and 2 (scores 2 and 3): mean 1.5,
    // sd √0.5, t(1) = 12.706205, half-width 12.706205 · √0.5 / √2 = 6.3531025.
    // Ballerup: one case, no interval, no target. All: 2, 3, 3.5, 4: mean 3.125, 3.13 to 2
    // decimals (half up). VUM to 2 decimals, intervals kept within the scale's 0 to 4.
    assertResult(
        new VumAndTarget(),
        cases,
        row(FREDERIKSBERG, scores(3, 2.83, 0.94, 4.0), targets(2, 2.5, 1.5, 0.0, 4.0)),
        row(BALLERUP, scores(1, 4.0, null, null), targets(0, null, null, null, null)),
        row(ALL, scores(4, 3.13, 1.77, 4.0), targets(2, 2.5, 1.5, 0.0, 4.0)));
  }

  private static Object[] row(String municipality, Object[] scores, Object[] targets) {
    List<Object> values = new ArrayList<>(List.of(municipality));
    values.addAll(Arrays.asList(scores));
    values.addAll(Arrays.asList(targets));
    return values.toArray();
  }

  /** Cases, their mean score and its interval. */
  private static Object[] scores(long cases, double mean, Double low, Double high) {
    return new Object[] {cases, mean, low, high};
  }

  /** Cases with a target, their mean score, the mean target and its interval. */
  private static Object[] targets(
      long cases, Double meanScore, Double meanTarget, Double low, Double high) {
    return new Object[] {cases, meanScore, meanTarget, low, high};
  }
}
