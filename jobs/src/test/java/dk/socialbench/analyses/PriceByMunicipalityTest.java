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
  public void a_municipality_without_section_107_cases_has_only_its_section_85_row() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").registrations(sel85(10)),
            Case.in(FREDERIKSBERG, "b").registrations(sel85(20)),
            Case.in(FREDERIKSBERG, "c").registrations(sel107(1500)),
            Case.in(FREDERIKSBERG, "d").registrations(sel107(2500), sel107(3000)),
            Case.in(BALLERUP, "e").registrations(sel85(15)));

    // §85 for all: 10, 20, 15: mean and median 15, sd 5, t(2) = 4.302653, half-width 12.420689.
    assertResult(
        PriceByGroup.byMunicipality(),
        cases,
        row(FREDERIKSBERG, "SEL85", 2L, 15.0, 15.0, -48.531025, 78.531025),
        row(FREDERIKSBERG, "SEL107", 2L, 2000.0, 2000.0, -4353.1025, 8353.1025),
        row(BALLERUP, "SEL85", 1L, 15.0, 15.0, null, null),
        row(ALL, "SEL85", 3L, 15.0, 15.0, 2.579310661, 27.420689339),
        row(ALL, "SEL107", 2L, 2000.0, 2000.0, -4353.1025, 8353.1025));
  }
}
