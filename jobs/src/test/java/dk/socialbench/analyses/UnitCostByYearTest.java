package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;

import org.junit.Test;

public class UnitCostByYearTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  /**
   * The persons of {@link EpisodeCases}. Per person y = amount, x = days ÷ the year's days; per
   * year = Σy / Σx, per month a twelfth; interval R ± t(n−1)·√(Σ(y − R·x)² / (n(n−1))) / x̄ (bounds
   * worked out with python3).
   *
   * <p>§107 2015: y = 365·1000, 184·2000, 214·1500 = 365,000 + 368,000 + 321,000 = 1,054,000 kr.;
   * Σx = 763/365; per year 1,054,000 · 365 / 763 = 504,207.08 kr. (n = 3, t = 4.302653).
   *
   * <p>§107 2016: A 182·1000 + 184·1200 = 402,800, C 152·1500 + 122·1800 = 447,600 (the overlap at
   * c1's price): 850,400 kr.; Σx = 640/366; per year 850,400 · 366 / 640 = 486,322.5 kr.
   *
   * <p>§85 per month is the day-weighted hours: E 20 (2015), D 10 (2016), F in Ballerup (182·12 +
   * 184·6) / 366 = 8.98. Hours in all: E 20 · 12 · 245/365 = 161.10; per year 12 × per month. All
   * §85 2016: y = 10·12/366 + 12·3288/366 = 108.131 hours, Σx = 367/366, n = 2, t = 12.706205.
   */
  @Test
  public void amount_per_full_year_user_with_n_and_interval() {
    assertResult(
        new UnitCostByYear(),
        EpisodeCases.all(),
        row(
            FREDERIKSBERG,
            "SEL107",
            2015,
            3L,
            763 / 365.0,
            1_054_000.0,
            504207.077326343,
            46415.039802919,
            961999.114849768,
            42017.256443862,
            3867.919983577,
            80166.592904147),
        row(
            FREDERIKSBERG,
            "SEL107",
            2016,
            2L,
            640 / 366.0,
            850_400.0,
            486322.5,
            -727486.770634921,
            1700131.770634921,
            40526.875,
            -60623.897552910,
            141677.647552910),
        row(
            FREDERIKSBERG,
            "SEL85",
            2015,
            1L,
            245 / 365.0,
            20 * 12 * 245 / 365.0,
            240.0,
            null,
            null,
            20.0,
            null,
            null),
        row(
            FREDERIKSBERG,
            "SEL85",
            2016,
            1L,
            1 / 366.0,
            10 * 12 / 366.0,
            120.0,
            null,
            null,
            10.0,
            null,
            null),
        row(
            BALLERUP,
            "SEL85",
            2016,
            1L,
            1.0,
            12 * 3288 / 366.0,
            12 * 3288 / 366.0,
            null,
            null,
            3288 / 366.0,
            null,
            null),
        row(
            ALL,
            "SEL107",
            2015,
            3L,
            763 / 365.0,
            1_054_000.0,
            504207.077326343,
            46415.039802919,
            961999.114849768,
            42017.256443862,
            3867.919983577,
            80166.592904147),
        row(
            ALL,
            "SEL107",
            2016,
            2L,
            640 / 366.0,
            850_400.0,
            486322.5,
            -727486.770634921,
            1700131.770634921,
            40526.875,
            -60623.897552910,
            141677.647552910),
        row(
            ALL,
            "SEL85",
            2015,
            1L,
            245 / 365.0,
            20 * 12 * 245 / 365.0,
            240.0,
            null,
            null,
            20.0,
            null,
            null),
        row(
            ALL,
            "SEL85",
            2016,
            2L,
            367 / 366.0,
            108.131147541,
            107.836512262,
            106.994268290,
            108.678756233,
            8.986376022,
            8.916189024,
            9.056563019));
  }
}
