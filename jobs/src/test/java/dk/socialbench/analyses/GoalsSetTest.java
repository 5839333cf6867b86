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
        row(FREDERIKSBERG, "yes", 2L, 3L, 0.667, 0.208, 0.939),
        row(FREDERIKSBERG, "no", 1L, 3L, 0.333, 0.061, 0.792),
        row(BALLERUP, "yes", 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, "yes", 3L, 4L, 0.75, 0.301, 0.954),
        row(ALL, "no", 1L, 4L, 0.25, 0.046, 0.699));
  }
}
