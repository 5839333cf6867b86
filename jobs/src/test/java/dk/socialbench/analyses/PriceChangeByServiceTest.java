package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.FULLY;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.NOT;
import static dk.socialbench.analyses.Registration.NOT_RELEVANT;
import static dk.socialbench.analyses.Registration.PARTIALLY;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class PriceChangeByServiceTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void hours_and_daily_prices_are_reported_apart_and_a_changed_service_is_left_out() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(8).judged(FULLY)),
            Case.in(FREDERIKSBERG, "b")
                .registrations(sel85(12).goal(IMPROVEMENT), sel85(15).judged(NOT)),
            Case.in(FREDERIKSBERG, "c")
                .registrations(sel107(1500).goal(IMPROVEMENT), sel107(1500).judged(PARTIALLY)),
            Case.in(FREDERIKSBERG, "d")
                .registrations(sel107(1500).goal(IMPROVEMENT), sel85(10).judged(FULLY)),
            Case.in(BALLERUP, "e")
                .registrations(sel85(20).goal(IMPROVEMENT), sel85(10).judged(PARTIALLY)),
            Case.in(BALLERUP, "f")
                .registrations(sel107(1800).goal(IMPROVEMENT), sel107(1700).judged(NOT_RELEVANT)));

    assertResult(
        PriceChange.byService(),
        cases,
        row(FREDERIKSBERG, "SEL85", "fulfilled", "lower", 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, "SEL85", "not_fulfilled", "higher", 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, "SEL107", "fulfilled", "same", 1L, 1L, 1.0, 0.207, 1.0),
        row(BALLERUP, "SEL85", "fulfilled", "lower", 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, "SEL85", "fulfilled", "lower", 2L, 2L, 1.0, 0.342, 1.0),
        row(ALL, "SEL85", "not_fulfilled", "higher", 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, "SEL107", "fulfilled", "same", 1L, 1L, 1.0, 0.207, 1.0));
  }
}
