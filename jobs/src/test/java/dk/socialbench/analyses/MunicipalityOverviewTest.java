package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import java.sql.Date;
import java.util.List;
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

  /**
   * Registrations are counted with a key of their own: the sum of their record keys modulo 2^32, a
   * record key from the person and the registration number. Worked out with python3:
   *
   * <pre>
   * import hashlib
   * def rk(p, n): return int(hashlib.sha256(("socialbench registration key:" + p + ":" + str(n))
   *                                         .encode()).hexdigest()[:8], 16)
   * a: 253469206 + 1862499337 + 3385493990, b: 2326196100; c: 3759845347 + 1441055457
   * 147: 7827658633 mod 2^32 = 3532691337; 151: 5200900804 mod 2^32 = 905933508
   * all: 13028559437 mod 2^32 = 143657549
   * </pre>
   */
  @Test
  public void registrations_have_a_cell_key_of_their_own() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10), sel85(10).monthsAfterPrevious(12), sel85(10).monthsAfterPrevious(6)),
            Case.in(FREDERIKSBERG, "b").registrations(sel107(1500)),
            Case.in(BALLERUP, "c").registrations(sel85(10), sel85(10).monthsAfterPrevious(3)));

    assertColumns(
        new MunicipalityOverview(),
        cases,
        List.of("municipality_code", "registrations", "registrations_key"),
        row(FREDERIKSBERG, 4L, 3532691337L),
        row(BALLERUP, 2L, 905933508L),
        row(ALL, 6L, 143657549L));
  }
}
