package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.FULLY;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.NOT;
import static dk.socialbench.analyses.Registration.NOT_RELEVANT;
import static dk.socialbench.analyses.Registration.PARTIALLY;
import static dk.socialbench.analyses.Registration.STATUS_QUO;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class ImprovementGoalFulfilmentTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void only_first_improvement_goals_judged_fulfilled_or_not_at_the_second_count() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(10).judged(FULLY)),
            Case.in(FREDERIKSBERG, "b")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(10).judged(PARTIALLY)),
            Case.in(FREDERIKSBERG, "c")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(10).judged(NOT)),
            // Left out: judged not relevant, not an improvement goal, not yet followed up, a goal
            // set only at the second registration.
            Case.in(FREDERIKSBERG, "d")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(10).judged(NOT_RELEVANT)),
            Case.in(FREDERIKSBERG, "e")
                .registrations(sel85(10).goal(STATUS_QUO), sel85(10).judged(FULLY)),
            Case.in(FREDERIKSBERG, "f").registrations(sel85(10).goal(IMPROVEMENT)),
            Case.in(FREDERIKSBERG, "g")
                .registrations(sel85(10), sel85(10).goal(IMPROVEMENT), sel85(10).judged(FULLY)),
            Case.in(BALLERUP, "h")
                .registrations(sel107(1500).goal(IMPROVEMENT), sel107(1500).judged(NOT)));

    assertResult(
        new ImprovementGoalFulfilment(),
        cases,
        row(FREDERIKSBERG, "yes", 2L, 3L, 0.667, 0.208, 0.939),
        row(FREDERIKSBERG, "no", 1L, 3L, 0.333, 0.061, 0.792),
        row(BALLERUP, "no", 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, "yes", 2L, 4L, 0.5, 0.15, 0.85),
        row(ALL, "no", 2L, 4L, 0.5, 0.15, 0.85));
  }
}
