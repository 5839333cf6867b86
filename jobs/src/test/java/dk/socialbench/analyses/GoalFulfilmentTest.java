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
  public void a_goal_set_at_k_is_judged_at_k_plus_1_by_goal_type() {
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

    assertResult(
        new GoalFulfilment(),
        cases,
        row(FREDERIKSBERG, 1, IMPROVEMENT, FULLY, 1L, 2L, 0.5, 0.094531206, 0.905468794),
        row(FREDERIKSBERG, 1, IMPROVEMENT, NOT, 1L, 2L, 0.5, 0.094531206, 0.905468794),
        row(FREDERIKSBERG, 2, IMPROVEMENT, PARTIALLY, 1L, 1L, 1.0, 0.206549314, 1.0),
        row(FREDERIKSBERG, 3, IMPROVEMENT, NOT, 1L, 1L, 1.0, 0.206549314, 1.0),
        row(BALLERUP, 1, STATUS_QUO, NOT_RELEVANT, 1L, 1L, 1.0, 0.206549314, 1.0),
        row(ALL, 1, IMPROVEMENT, FULLY, 1L, 2L, 0.5, 0.094531206, 0.905468794),
        row(ALL, 1, IMPROVEMENT, NOT, 1L, 2L, 0.5, 0.094531206, 0.905468794),
        row(ALL, 1, STATUS_QUO, NOT_RELEVANT, 1L, 1L, 1.0, 0.206549314, 1.0),
        row(ALL, 2, IMPROVEMENT, PARTIALLY, 1L, 1L, 1.0, 0.206549314, 1.0),
        row(ALL, 3, IMPROVEMENT, NOT, 1L, 1L, 1.0, 0.206549314, 1.0));
  }
}
