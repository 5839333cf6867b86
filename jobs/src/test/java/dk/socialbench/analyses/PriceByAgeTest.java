package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class PriceByAgeTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void a_citizen_of_39_is_under_40_and_one_of_40_is_not() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").age(39).registrations(sel85(12)),
            Case.in(FREDERIKSBERG, "b").age(25).registrations(sel85(20)),
            Case.in(FREDERIKSBERG, "c").age(40).registrations(sel85(8)),
            Case.in(BALLERUP, "d").age(50).registrations(sel107(1800)));

    // Under 40 in Frederiksberg: 12 and 20, sd √32, t(1) = 12.706205, half-width 12.706205 · 4 =
    // 50.82482: [-34.8, 66.8], cut at 0 hours. Hours to 0.1, kroner whole; the individual hours
    // beside (no group hours here, so the same as the mean) and none for §107.
    assertResult(
        PriceByGroup.byAge(),
        cases,
        row(FREDERIKSBERG, "SEL85", "under_40", 2L, 16.0, 16.0, 0.0, 66.8, 16.0),
        row(FREDERIKSBERG, "SEL85", "40_and_over", 1L, 8.0, 8.0, null, null, 8.0),
        row(BALLERUP, "SEL107", "40_and_over", 1L, 1800.0, 1800.0, null, null, null),
        row(ALL, "SEL85", "under_40", 2L, 16.0, 16.0, 0.0, 66.8, 16.0),
        row(ALL, "SEL85", "40_and_over", 1L, 8.0, 8.0, null, null, 8.0),
        row(ALL, "SEL107", "40_and_over", 1L, 1800.0, 1800.0, null, null, null));
  }
}
