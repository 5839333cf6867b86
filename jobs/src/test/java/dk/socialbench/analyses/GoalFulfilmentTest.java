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

public class GoalFulfilmentTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void a_goal_set_at_k_is_judged_at_k_plus_1_by_goal_type_and_pooled_over_every_k() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10).goal(IMPROVEMENT),
                    sel85(10).goal(IMPROVEMENT).judged(FULLY),
                    sel85(10).goal(IMPROVEMENT).judged(PARTIALLY),
                    sel85(10).judged(NOT)),
            Case.in(FREDERIKSBERG, "b")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(10).judged(NOT)),
            // Not yet followed up: no judgement.
            Case.in(FREDERIKSBERG, "c").registrations(sel85(10).goal(STATUS_QUO)),
            // No goal at the first registration: nothing to judge at the second.
            Case.in(FREDERIKSBERG, "e").registrations(sel85(10), sel85(10)),
            Case.in(BALLERUP, "d")
                .registrations(sel107(1500).goal(STATUS_QUO), sel107(1500).judged(NOT_RELEVANT)));

    // from_registration = 0 pools the goals of every k, by goal type: Frederiksberg's four
    // improvement goals were judged fully (a at 2), partially (a at 3) and not (b at 2, a at 4).
    // Shares and Wilson intervals to 3 decimals, e.g. 1 of 4: 0.25 [0.046, 0.699].
    assertResult(
        new GoalFulfilment(),
        cases,
        row(FREDERIKSBERG, 1, IMPROVEMENT, FULLY, 1L, 2L, 0.5, 0.095, 0.905),
        row(FREDERIKSBERG, 1, IMPROVEMENT, NOT, 1L, 2L, 0.5, 0.095, 0.905),
        row(FREDERIKSBERG, 2, IMPROVEMENT, PARTIALLY, 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, 3, IMPROVEMENT, NOT, 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, 0, IMPROVEMENT, FULLY, 1L, 4L, 0.25, 0.046, 0.699),
        row(FREDERIKSBERG, 0, IMPROVEMENT, PARTIALLY, 1L, 4L, 0.25, 0.046, 0.699),
        row(FREDERIKSBERG, 0, IMPROVEMENT, NOT, 2L, 4L, 0.5, 0.15, 0.85),
        row(BALLERUP, 1, STATUS_QUO, NOT_RELEVANT, 1L, 1L, 1.0, 0.207, 1.0),
        row(BALLERUP, 0, STATUS_QUO, NOT_RELEVANT, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 1, IMPROVEMENT, FULLY, 1L, 2L, 0.5, 0.095, 0.905),
        row(ALL, 1, IMPROVEMENT, NOT, 1L, 2L, 0.5, 0.095, 0.905),
        row(ALL, 1, STATUS_QUO, NOT_RELEVANT, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 2, IMPROVEMENT, PARTIALLY, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 3, IMPROVEMENT, NOT, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 0, IMPROVEMENT, FULLY, 1L, 4L, 0.25, 0.046, 0.699),
        row(ALL, 0, IMPROVEMENT, PARTIALLY, 1L, 4L, 0.25, 0.046, 0.699),
        row(ALL, 0, IMPROVEMENT, NOT, 2L, 4L, 0.5, 0.15, 0.85),
        row(ALL, 0, STATUS_QUO, NOT_RELEVANT, 1L, 1L, 1.0, 0.207, 1.0));
  }
}
