package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.BROENDBY;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class CasemixBenchmarkTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  private static final int YOUNG = 30;
  private static final int OLD = 50;

  /**
   * Three municipalities' §107 cases, strata needing 2 reference cases. Each municipality is
   * compared with the other two only, and a stratum too thin for it is merged for it alone.
   */
  static Cases threeMunicipalities() {
    return Cases.of(
        Case.in(FREDERIKSBERG, "a1").age(YOUNG).registrations(sel107(2000).vum(3)),
        Case.in(FREDERIKSBERG, "a2").age(YOUNG).registrations(sel107(1800).vum(3)),
        // Only Frederiksberg uses VUM 3.5: no reference, so 3.5 joins its neighbour 3.
        Case.in(FREDERIKSBERG, "a3").age(YOUNG).registrations(sel107(2600).vum(3.5)),
        Case.in(FREDERIKSBERG, "a4").age(OLD).registrations(sel107(1200).vum(2)),
        Case.in(BALLERUP, "b1").age(YOUNG).registrations(sel107(1600).vum(3)),
        Case.in(BALLERUP, "b2").age(YOUNG).registrations(sel107(1500).vum(3)),
        Case.in(BALLERUP, "b3").age(OLD).registrations(sel107(1000).vum(2)),
        Case.in(BALLERUP, "b4").age(OLD).registrations(sel107(1100).vum(2)),
        Case.in(BROENDBY, "c1").age(YOUNG).registrations(sel107(1700).vum(3)),
        // Only Brøndby has VUM 4: merged up to the band 3-4, which takes c1 along.
        Case.in(BROENDBY, "c2").age(OLD).registrations(sel107(2500).vum(4)),
        Case.in(BROENDBY, "c3").age(OLD).registrations(sel107(900).vum(2)),
        Case.in(BROENDBY, "c4").age(OLD).registrations(sel107(1300).vum(2)),
        // §85: 10 individual + 5 group hours, and 20; one reference case each is too few.
        Case.in(FREDERIKSBERG, "a5").registrations(sel85(10).groupHours(5).vum(2)),
        Case.in(BALLERUP, "b5").registrations(sel85(20).vum(2)));
  }

  // Strata, found by hand from the merging rule (reference = the other two municipalities):
  //   Frederiksberg: VUM 3 and 3.5, under 40 (level 2): own 2000, 1800, 2600; reference 1600,
  //     1500, 1700: mean 1600, variance 10000. VUM 2, 40 and over (level 1): own 1200;
  //     reference 1000, 1100, 900, 1300: mean 1075, variance 87500 / 3 = 29166.67.
  //   Ballerup: VUM 3 under 40: own 1600, 1500; reference 2000, 1800, 1700: mean 5500 / 3,
  //     variance 70000 / 3. VUM 2 40+: own 1000, 1100; reference 1200, 900, 1300: mean 3400 / 3,
  //     variance 130000 / 3. VUM 3.5 is in no stratum of Ballerup's: it has no such case.
  //   Brøndby: VUM 3-4 (level 5): own 1700, 2500; reference 2000, 1800, 2600, 1600, 1500: mean
  //     1900, variance 760000 / 4 = 190000. VUM 2 40+: own 900, 1300; reference 1200, 1000, 1100:
  //     mean 1100, variance 10000.
  //
  // Frederiksberg: actual 7600 / 4 = 1900, expected (3 · 1600 + 1075) / 4 = 5875 / 4 = 1468.75,
  // ratio 1.293617. Variance of the log ratio: (3 · 10000 · (1 + 3/3) + 1 · 29166.67 · (1 + 1/4))
  // / 5875² = 96458.33 / 34515625 = 0.00279463, precision 357.83; log ratio 0.257442 ± 1.959964 ·
  // 0.052864: ratio interval [1.166, 1.435].
  // Ballerup: actual 1300, expected (2 · 5500/3 + 2 · 3400/3) / 4 = 1483.33, ratio 0.876404;
  // variance (2 · 23333.3 · 5/3 + 2 · 43333.3 · 5/3) / 5933.33² = 222222.2 / 35204444 = 0.00631233.
  // Brøndby: actual 1600, expected (2 · 1900 + 2 · 1100) / 4 = 1500, ratio 1.066667; variance
  // (2 · 190000 · 1.4 + 2 · 10000 · 5/3) / 6000² = 565333.3 / 36000000 = 0.0157037.
  //
  // Overdispersion (3 municipalities: nothing winsorised): z = 4.869874, -1.660506, 0.515013;
  // φ = 26.738190 / 3 = 8.912730; w = 357.83, 158.42, 63.68: Σw = 579.93, Σw² = 157237.7;
  // τ² = (3 · 8.912730 - 2) / (579.93 - 157237.7 / 579.93) = 24.738190 / 308.80 = 0.0800922.
  // Shrunken: Frederiksberg log 0.257442 · τ² / (τ² + 0.00279463) = 0.248762, variance 0.00279463 ·
  // τ² / (τ² + 0.00279463) = 0.00270040: 1.282 [1.158, 1.420]. (Python, printed to 3 decimals.)
  @Test
  public void each_municipality_is_compared_with_the_rest_of_the_country_in_merged_strata() {
    assertResult(
        new CasemixBenchmark(2),
        threeMunicipalities(),
        row(
            FREDERIKSBERG,
            "SEL107",
            4L,
            1900.0,
            1469.0,
            1.294,
            1.166,
            1.435,
            357.83,
            1.282,
            1.158,
            1.42),
        row(
            BALLERUP, "SEL107", 4L, 1300.0, 1483.0, 0.876, 0.75, 1.024, 158.42, 0.885, 0.762,
            1.028),
        row(
            BROENDBY, "SEL107", 4L, 1600.0, 1500.0, 1.067, 0.834, 1.364, 63.68, 1.055, 0.843,
            1.321),
        // All together: 19200 / 12 = 1600, its own expectation; no interval where the ratio is 1
        // by construction.
        row(ALL, "SEL107", 12L, 1600.0, 1600.0, 1.0, null, null, null, null, null, null),
        // §85 hours are individual and group together: 15 and 20. One reference case is too few,
        // so neither municipality gets an expectation.
        row(FREDERIKSBERG, "SEL85", 1L, 15.0, null, null, null, null, null, null, null, null),
        row(BALLERUP, "SEL85", 1L, 20.0, null, null, null, null, null, null, null, null),
        row(ALL, "SEL85", 2L, 17.5, 17.5, 1.0, null, null, null, null, null, null));
  }

  @Test(expected = IllegalArgumentException.class)
  public void a_stratum_needs_at_least_two_reference_cases_for_a_variance() {
    new CasemixBenchmark(1);
  }
}
