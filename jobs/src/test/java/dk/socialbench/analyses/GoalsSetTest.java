package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.NOT;
import static dk.socialbench.analyses.Registration.STATUS_QUO;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class GoalsSetTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void goals_are_counted_at_the_first_registration_per_municipality_and_for_all() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(10).judged(NOT)),
            Case.in(FREDERIKSBERG, "b").registrations(sel107(1500).goal(STATUS_QUO)),
            // Goals set only at the second registration: the first says no.
            Case.in(FREDERIKSBERG, "c").registrations(sel85(10), sel85(10).goal(IMPROVEMENT)),
            Case.in(BALLERUP, "d").registrations(sel85(10).goal(IMPROVEMENT)));

    // Ballerup has no case without goals, so it has no "no" row.
    assertResult(
        new GoalsSet(),
        cases,
        row(FREDERIKSBERG, "yes", 2L, 3L, 0.666666667, 0.207659601, 0.938508055),
        row(FREDERIKSBERG, "no", 1L, 3L, 0.333333333, 0.061491945, 0.792340399),
        row(BALLERUP, "yes", 1L, 1L, 1.0, 0.206549314, 1.0),
        row(ALL, "yes", 3L, 4L, 0.75, 0.300641843, 0.954412739),
        row(ALL, "no", 1L, 4L, 0.25, 0.045587261, 0.699358157));
  }
}
