package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.FULLY;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.LIMITED_DETERIORATION;
import static dk.socialbench.analyses.Registration.STATUS_QUO;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class GoalTypeTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void goal_types_at_the_first_registration_are_shares_of_the_cases_with_goals() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10).goal(IMPROVEMENT), sel85(10).goal(STATUS_QUO).judged(FULLY)),
            Case.in(FREDERIKSBERG, "b").registrations(sel85(10).goal(STATUS_QUO)),
            // No goals at the first registration: not in the denominator.
            Case.in(FREDERIKSBERG, "c").registrations(sel85(10), sel85(10).goal(IMPROVEMENT)),
            Case.in(BALLERUP, "d").registrations(sel107(1500).goal(IMPROVEMENT)),
            Case.in(BALLERUP, "e").registrations(sel107(1500).goal(LIMITED_DETERIORATION)));

    assertResult(
        new GoalType(),
        cases,
        row(FREDERIKSBERG, IMPROVEMENT, 1L, 2L, 0.5, 0.095, 0.905),
        row(FREDERIKSBERG, STATUS_QUO, 1L, 2L, 0.5, 0.095, 0.905),
        row(BALLERUP, IMPROVEMENT, 1L, 2L, 0.5, 0.095, 0.905),
        row(BALLERUP, LIMITED_DETERIORATION, 1L, 2L, 0.5, 0.095, 0.905),
        row(ALL, IMPROVEMENT, 2L, 4L, 0.5, 0.15, 0.85),
        row(ALL, STATUS_QUO, 1L, 4L, 0.25, 0.046, 0.699),
        row(ALL, LIMITED_DETERIORATION, 1L, 4L, 0.25, 0.046, 0.699));
  }
}
