package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class CasemixBenchmarkTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void each_case_is_expected_to_cost_the_national_mean_of_its_service_score_and_age() {
    Cases cases =
        Cases.of(
            // Stratum §107, score 3, under 40: 2000 and 1600, national mean 1800 (the 9000 of a
            // second registration does not count).
            Case.in(FREDERIKSBERG, "a")
                .age(30)
                .registrations(sel107(2000).vum(3), sel107(9000).vum(3)),
            Case.in(BALLERUP, "b").age(39).registrations(sel107(1600).vum(3)),
            // Stratum §107, score 2, 40 and over: 1200, 1000 and 1100, national mean 1100.
            Case.in(FREDERIKSBERG, "c").age(40).registrations(sel107(1200).vum(2)),
            Case.in(BALLERUP, "d").age(55).registrations(sel107(1000).vum(2)),
            Case.in(BALLERUP, "e").age(62).registrations(sel107(1100).vum(2)),
            // Stratum §85, score 2, under 40: 20 and 10 hours, national mean 15.
            Case.in(FREDERIKSBERG, "f").age(25).registrations(sel85(20).vum(2)),
            Case.in(BALLERUP, "g").age(30).registrations(sel85(10).vum(2)));

    // Frederiksberg §107: actual (2000 + 1200) / 2 = 1600, expected (1800 + 1100) / 2 = 1450,
    // ratio 1600 / 1450 = 1.1034483. Residuals 200 and 100: sd 70.710678; t(1) = 12.706205;
    // half-width 12.706205 · 70.710678 / √2 / 1450 = 0.438145, interval [0.6653033, 1.5415933].
    // All municipalities together cost what they are expected to: ratio 1.
    assertResult(
        new CasemixBenchmark(),
        cases,
        row(FREDERIKSBERG, "SEL107", 2L, 1600.0, 1450.0, 1.103448276, 0.665303276, 1.541593276),
        row(FREDERIKSBERG, "SEL85", 1L, 20.0, 15.0, 1.333333333, null, null),
        row(BALLERUP, "SEL107", 3L, 1233.333333333, 1333.333333333, 0.925, 0.73868966, 1.11131034),
        row(BALLERUP, "SEL85", 1L, 10.0, 15.0, 0.666666667, null, null),
        row(ALL, "SEL107", 5L, 1380.0, 1380.0, 1.0, 0.857736008, 1.142263992),
        row(ALL, "SEL85", 2L, 15.0, 15.0, 1.0, -3.235401667, 5.235401667));
  }
}
