package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import java.sql.Date;
import org.junit.Test;

public class MunicipalityOverviewTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void cases_registrations_and_the_period_they_span_are_given_per_municipality() {
    // Every case starts on 15 January 2015; later registrations follow by whole months.
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10), sel85(10).monthsAfterPrevious(12), sel85(10).monthsAfterPrevious(6)),
            Case.in(FREDERIKSBERG, "b").registrations(sel107(1500)),
            Case.in(BALLERUP, "c").registrations(sel85(10), sel85(10).monthsAfterPrevious(3)));

    assertResult(
        new MunicipalityOverview(),
        cases,
        row(FREDERIKSBERG, 2L, 4L, Date.valueOf("2015-01-15"), Date.valueOf("2016-07-15")),
        row(BALLERUP, 1L, 2L, Date.valueOf("2015-01-15"), Date.valueOf("2015-04-15")),
        row(ALL, 3L, 6L, Date.valueOf("2015-01-15"), Date.valueOf("2016-07-15")));
  }
}
