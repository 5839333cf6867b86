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

public class PriceChangeByFulfilmentTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void price_and_hours_from_first_to_second_are_split_by_improvement_goal_fulfilled() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(8).judged(FULLY)),
            // Equal hours are "same".
            Case.in(FREDERIKSBERG, "b")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(10).judged(PARTIALLY)),
            Case.in(FREDERIKSBERG, "c")
                .registrations(sel107(1500).goal(IMPROVEMENT), sel107(1600).judged(NOT)),
            // Left out: the service changed, the goal was judged not relevant, a status quo goal.
            Case.in(FREDERIKSBERG, "d")
                .registrations(sel85(10).goal(IMPROVEMENT), sel107(1500).judged(FULLY)),
            Case.in(FREDERIKSBERG, "e")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(5).judged(NOT_RELEVANT)),
            Case.in(FREDERIKSBERG, "f")
                .registrations(sel85(10).goal(STATUS_QUO), sel85(5).judged(FULLY)),
            Case.in(BALLERUP, "g")
                .registrations(sel107(2000).goal(IMPROVEMENT), sel107(2000).judged(NOT)),
            // Left out: the goal was set at the second registration.
            Case.in(BALLERUP, "h")
                .registrations(sel85(10), sel85(10).goal(IMPROVEMENT), sel85(5).judged(FULLY)));

    assertResult(
        PriceChange.byFulfilment(),
        cases,
        row(FREDERIKSBERG, "fulfilled", "lower", 1L, 2L, 0.5, 0.095, 0.905),
        row(FREDERIKSBERG, "fulfilled", "same", 1L, 2L, 0.5, 0.095, 0.905),
        row(FREDERIKSBERG, "not_fulfilled", "higher", 1L, 1L, 1.0, 0.207, 1.0),
        row(BALLERUP, "not_fulfilled", "same", 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, "fulfilled", "lower", 1L, 2L, 0.5, 0.095, 0.905),
        row(ALL, "fulfilled", "same", 1L, 2L, 0.5, 0.095, 0.905),
        row(ALL, "not_fulfilled", "higher", 1L, 2L, 0.5, 0.095, 0.905),
        row(ALL, "not_fulfilled", "same", 1L, 2L, 0.5, 0.095, 0.905));
  }
}
