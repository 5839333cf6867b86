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
  public void the_initiator_of_each_follow_up_is_counted_by_k_and_pooled_over_every_k() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    // The first registration is the visitation, no follow-up.
                    sel85(10).initiator("citizen"),
                    sel85(10).initiator("authority"),
                    sel85(10).initiator("provider")),
            Case.in(FREDERIKSBERG, "b").registrations(sel85(10), sel85(10)),
            // A first registration that follows up an earlier visitation counts at k = 1.
            Case.in(FREDERIKSBERG, "e")
                .registrations(
                    sel85(10).followsUpEarlier(14.0).initiator("provider"),
                    sel85(10).initiator("authority")),
            Case.in(BALLERUP, "c").registrations(sel107(1500), sel107(1500).initiator("citizen")),
            // A new visitation at k = 2 is no follow-up.
            Case.in(BALLERUP, "f")
                .registrations(sel107(1500), sel107(1500).revisitation().initiator("authority")));

    // k = 0 pools the follow-ups of every k and counts follow-ups: Frederiksberg's 5 are provider
    // (e at 1, a at 3), authority (a and e at 2) and not reported (b at 2); all 6 add Ballerup's
    // citizen. Shares and Wilson intervals to 3 decimals, e.g. 2 of 5: 0.4 [0.118, 0.769].
    assertResult(
        new FollowUpInitiator(),
        cases,
        row(FREDERIKSBERG, 1, "provider", 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, 2, "authority", 2L, 3L, 0.667, 0.208, 0.939),
        row(FREDERIKSBERG, 2, "not_reported", 1L, 3L, 0.333, 0.061, 0.792),
        row(FREDERIKSBERG, 3, "provider", 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, 0, "provider", 2L, 5L, 0.4, 0.118, 0.769),
        row(FREDERIKSBERG, 0, "authority", 2L, 5L, 0.4, 0.118, 0.769),
        row(FREDERIKSBERG, 0, "not_reported", 1L, 5L, 0.2, 0.036, 0.624),
        row(BALLERUP, 2, "citizen", 1L, 1L, 1.0, 0.207, 1.0),
        row(BALLERUP, 0, "citizen", 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 1, "provider", 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 2, "authority", 2L, 4L, 0.5, 0.15, 0.85),
        row(ALL, 2, "not_reported", 1L, 4L, 0.25, 0.046, 0.699),
        row(ALL, 2, "citizen", 1L, 4L, 0.25, 0.046, 0.699),
        row(ALL, 3, "provider", 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 0, "provider", 2L, 6L, 0.333, 0.097, 0.7),
        row(ALL, 0, "authority", 2L, 6L, 0.333, 0.097, 0.7),
        row(ALL, 0, "not_reported", 1L, 6L, 0.167, 0.03, 0.564),
        row(ALL, 0, "citizen", 1L, 6L, 0.167, 0.03, 0.564));
  }
}
