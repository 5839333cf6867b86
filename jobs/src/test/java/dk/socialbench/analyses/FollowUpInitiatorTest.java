package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class FollowUpInitiatorTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void the_initiator_of_each_follow_up_is_counted_with_not_reported_where_empty() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    // The first registration is no follow-up.
                    sel85(10).initiator("citizen"),
                    sel85(10).initiator("authority"),
                    sel85(10).initiator("provider")),
            Case.in(FREDERIKSBERG, "b").registrations(sel85(10), sel85(10)),
            Case.in(BALLERUP, "c").registrations(sel107(1500), sel107(1500).initiator("citizen")));

    assertResult(
        new FollowUpInitiator(),
        cases,
        row(FREDERIKSBERG, 2, "authority", 1L, 2L, 0.5, 0.094531206, 0.905468794),
        row(FREDERIKSBERG, 2, "not_reported", 1L, 2L, 0.5, 0.094531206, 0.905468794),
        row(FREDERIKSBERG, 3, "provider", 1L, 1L, 1.0, 0.206549314, 1.0),
        row(BALLERUP, 2, "citizen", 1L, 1L, 1.0, 0.206549314, 1.0),
        row(ALL, 2, "authority", 1L, 3L, 0.333333333, 0.061491945, 0.792340399),
        row(ALL, 2, "not_reported", 1L, 3L, 0.333333333, 0.061491945, 0.792340399),
        row(ALL, 2, "citizen", 1L, 3L, 0.333333333, 0.061491945, 0.792340399),
        row(ALL, 3, "provider", 1L, 1L, 1.0, 0.206549314, 1.0));
  }
}
