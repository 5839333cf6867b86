package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class FollowUpIntervalTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void months_since_the_previous_registration_are_averaged_by_k_and_pooled() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10), sel85(10).monthsAfterPrevious(12), sel85(10).monthsAfterPrevious(6)),
            Case.in(FREDERIKSBERG, "b")
                .registrations(
                    sel85(10), sel85(10).monthsAfterPrevious(10), sel85(10).monthsAfterPrevious(8)),
            // A first registration that follows up an earlier one: the delivered 14 months count
            // at k = 1.
            Case.in(FREDERIKSBERG, "g")
                .registrations(sel85(10).followsUpEarlier(14.0), sel85(10).monthsAfterPrevious(11)),
            Case.in(BALLERUP, "c").registrations(sel107(1500), sel107(1500).monthsAfterPrevious(9)),
            // One registration, a visitation: no interval.
            Case.in(BALLERUP, "d").registrations(sel107(1500)),
            // A follow-up whose months were not delivered: no interval either.
            Case.in(BALLERUP, "h").registrations(sel107(1500).followsUpEarlier(null)));

    // Months to 0.1; t intervals, cut at 0 where they reach below.
    // Frederiksberg k = 2: 12, 10, 11: mean 11, sd 1, t(2) = 4.302653, half-width 4.302653 / √3 =
    // 2.484138: [8.5, 13.5]. k = 3: 6 and 8: sd √2, half-width 12.706205 · √2 / √2: [-5.7, 19.7],
    // cut to [0, 19.7]. k = 0 pools 14, 12, 10, 11, 6, 8: mean 61/6 = 10.17, median 10.5, sd
    // √(245/30) = 2.857738, t(5) = 2.570582, half-width 2.999013: [7.2, 13.2].
    // All k = 2: 12, 10, 11, 9: mean 10.5, sd √(5/3), t(3) = 3.182446, half-width 2.054260:
    // [8.4, 12.6]. k = 0: 14, 12, 10, 11, 6, 8, 9: mean 10, sd √7, t(6) = 2.446912, half-width
    // 2.446912: [7.6, 12.4].
    assertResult(
        new FollowUpInterval(),
        cases,
        row(FREDERIKSBERG, 1, 1L, 14.0, 14.0, null, null),
        row(FREDERIKSBERG, 2, 3L, 11.0, 11.0, 8.5, 13.5),
        row(FREDERIKSBERG, 3, 2L, 7.0, 7.0, 0.0, 19.7),
        row(FREDERIKSBERG, 0, 6L, 10.2, 10.5, 7.2, 13.2),
        row(BALLERUP, 2, 1L, 9.0, 9.0, null, null),
        row(BALLERUP, 0, 1L, 9.0, 9.0, null, null),
        row(ALL, 1, 1L, 14.0, 14.0, null, null),
        row(ALL, 2, 4L, 10.5, 10.5, 8.4, 12.6),
        row(ALL, 3, 2L, 7.0, 7.0, 0.0, 19.7),
        row(ALL, 0, 7L, 10.0, 10.0, 7.6, 12.4));
  }
}
