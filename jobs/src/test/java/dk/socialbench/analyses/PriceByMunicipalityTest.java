package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class PriceByMunicipalityTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void section_85_hours_are_individual_and_group_together_with_individual_beside() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").registrations(sel85(10).groupHours(4)),
            // An empty group cell is no group support.
            Case.in(FREDERIKSBERG, "b").registrations(sel85(20)),
            Case.in(FREDERIKSBERG, "c").registrations(sel107(1500)),
            Case.in(FREDERIKSBERG, "d").registrations(sel107(2500), sel107(3000)),
            Case.in(BALLERUP, "e").registrations(sel85(15).groupHours(5)));

    // Frederiksberg §85: 10 + 4 = 14 and 20 hours: mean and median 17, sd √18, t(1) = 12.706205,
    // half-width 12.706205 · √18 / √2 = 38.118615: [-21.1, 55.1], cut at 0; individual hours
    // (10 + 20) / 2 = 15. §107: 1500 and 2500: half-width 12.706205 · 500 = 6353.1025: [0, 8353].
    // §85 for all: 14, 20, 20: mean 18, median 20, sd √12, t(2) = 4.302653, half-width
    // 4.302653 · 2 = 8.605306: [9.4, 26.6]; individual hours 10, 20, 15: mean 15. A municipality
    // without §107 cases has no §107 row.
    assertResult(
        PriceByGroup.byMunicipality(),
        cases,
        row(FREDERIKSBERG, "SEL85", 2L, 17.0, 17.0, 0.0, 55.1, 15.0),
        row(FREDERIKSBERG, "SEL107", 2L, 2000.0, 2000.0, 0.0, 8353.0, null),
        row(BALLERUP, "SEL85", 1L, 20.0, 20.0, null, null, 15.0),
        row(ALL, "SEL85", 3L, 18.0, 20.0, 9.4, 26.6, 15.0),
        row(ALL, "SEL107", 2L, 2000.0, 2000.0, 0.0, 8353.0, null));
  }
}
