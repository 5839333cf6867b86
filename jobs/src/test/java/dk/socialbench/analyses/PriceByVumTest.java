package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class PriceByVumTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void daily_price_and_hours_at_the_first_registration_are_averaged_by_score() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").registrations(sel107(1500).vum(3)),
            Case.in(FREDERIKSBERG, "b").registrations(sel107(2100).vum(3)),
            Case.in(FREDERIKSBERG, "c").registrations(sel85(10).vum(2), sel85(80).vum(2)),
            Case.in(FREDERIKSBERG, "d").registrations(sel85(40).vum(2)),
            // Ballerup has no §107 case: no §107 rows for it.
            Case.in(BALLERUP, "e").registrations(sel85(10).vum(2)),
            Case.in(BALLERUP, "f").registrations(sel85(20).vum(2)),
            Case.in(BALLERUP, "g").registrations(sel85(30).vum(3.5)));

    // §107 at score 3: 1500 and 2100, sd 424.264069, t(1) = 12.706205, half-width 12.706205 · 300.
    // §85 at score 2 for all: 10, 10, 20, 40 (the 80 hours of a second registration do not count):
    // mean 20, median (10 + 20) / 2 = 15, sd √200, t(3) = 3.182446, half-width 22.503291.
    // Intervals cut at 0; kroner whole, hours to 0.1, e.g. 1800 + 3811.8615 = 5612.
    assertResult(
        PriceByGroup.byVum(),
        cases,
        row(FREDERIKSBERG, "SEL107", 3.0, 2L, 1800.0, 1800.0, 0.0, 5612.0, null),
        row(FREDERIKSBERG, "SEL85", 2.0, 2L, 25.0, 25.0, 0.0, 215.6, 25.0),
        row(BALLERUP, "SEL85", 2.0, 2L, 15.0, 15.0, 0.0, 78.5, 15.0),
        row(BALLERUP, "SEL85", 3.5, 1L, 30.0, 30.0, null, null, 30.0),
        row(ALL, "SEL107", 3.0, 2L, 1800.0, 1800.0, 0.0, 5612.0, null),
        row(ALL, "SEL85", 2.0, 4L, 20.0, 15.0, 0.0, 42.5, 20.0),
        row(ALL, "SEL85", 3.5, 1L, 30.0, 30.0, null, null, 30.0));
  }
}
