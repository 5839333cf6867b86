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
  public void months_since_the_previous_registration_are_averaged_per_registration_number() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10), sel85(10).monthsAfterPrevious(12), sel85(10).monthsAfterPrevious(6)),
            Case.in(FREDERIKSBERG, "b")
                .registrations(
                    sel85(10), sel85(10).monthsAfterPrevious(10), sel85(10).monthsAfterPrevious(8)),
            Case.in(BALLERUP, "c").registrations(sel107(1500), sel107(1500).monthsAfterPrevious(9)),
            // One registration: no interval.
            Case.in(BALLERUP, "d").registrations(sel107(1500)));

    // k = 2 for all: 12, 10, 9: mean 31/3, median 10, sd √(7/3) = 1.527525, t(2) = 4.302653,
    // half-width 3.794583.
    assertResult(
        new FollowUpInterval(),
        cases,
        row(FREDERIKSBERG, 2, 2L, 11.0, 11.0, -1.706205, 23.706205),
        row(FREDERIKSBERG, 3, 2L, 7.0, 7.0, -5.706205, 19.706205),
        row(BALLERUP, 2, 1L, 9.0, 9.0, null, null),
        row(ALL, 2, 3L, 10.333333333, 10.0, 6.538750061, 14.127916605),
        row(ALL, 3, 2L, 7.0, 7.0, -5.706205, 19.706205));
  }
}
