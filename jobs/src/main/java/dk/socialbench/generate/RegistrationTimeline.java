package dk.socialbench.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * The registration dates of one case: follow-up every 10 to 12 months on average, more often at
 * later registrations (fig 3.8); first registrations mostly 2014 to 2016, a few back to 2009 and a
 * few in 2017; nothing after {@link SepCalibration#LAST_DATE}.
 */
final class RegistrationTimeline {
  private static final double DAYS_PER_MONTH = 365.25 / 12;
  private static final int MIN_GAP_DAYS = 45;

  /** Cumulative share of cases whose first registration falls in 2009, 2010, ... 2017. */
  private static final double[] FIRST_YEAR_CUMULATIVE = {
    .02, .04, .06, .10, .21, .46, .73, .96, 1.0
  };

  private static final int FIRST_YEAR = SepCalibration.FIRST_DATE.getYear();

  private RegistrationTimeline() {}

  /** Distinct, increasing dates of {@code registrations} registrations. */
  static LocalDate[] draw(int registrations, double followUpMonths, SplittableRandom rng) {
    long[] gaps = new long[registrations];
    long span = 0;
    for (int k = 1; k < registrations; k++) {
      gaps[k] = gapDays(k, followUpMonths, rng);
      span += gaps[k];
    }
    long window = ChronoUnit.DAYS.between(SepCalibration.FIRST_DATE, SepCalibration.LAST_DATE);
    if (span > window - 30) {
      // Very long histories are squeezed into the period rather than pushed before 2009.
      double scale = (window - 30.0) / span;
      span = 0;
      for (int k = 1; k < registrations; k++) {
        gaps[k] = Math.max(MIN_GAP_DAYS, (long) (gaps[k] * scale));
        span += gaps[k];
      }
    }
    LocalDate first = desiredFirstDate(rng);
    LocalDate latestFirst = SepCalibration.LAST_DATE.minusDays(span);
    if (first.isAfter(latestFirst)) {
      first = latestFirst.minusDays(rng.nextInt(90));
    }
    if (first.isBefore(SepCalibration.FIRST_DATE)) {
      first = SepCalibration.FIRST_DATE.plusDays(rng.nextInt(30));
    }
    LocalDate[] dates = new LocalDate[registrations];
    dates[0] = first;
    for (int k = 1; k < registrations; k++) {
      dates[k] = dates[k - 1].plusDays(gaps[k]);
    }
    return dates;
  }

  /** Days from registration k to k + 1: shorter at later registrations, spread by +-45%. */
  static long gapDays(int k, double followUpMonths, SplittableRandom rng) {
    double laterFactor = k == 1 ? 1.0 : k == 2 ? 0.88 : 0.78;
    double mean = followUpMonths * laterFactor * DAYS_PER_MONTH;
    return Math.max(MIN_GAP_DAYS, Math.round(mean * (0.55 + 0.9 * rng.nextDouble())));
  }

  private static LocalDate desiredFirstDate(SplittableRandom rng) {
    double u = rng.nextDouble();
    int year = FIRST_YEAR;
    while (u >= FIRST_YEAR_CUMULATIVE[year - FIRST_YEAR]) {
      year++;
    }
    LocalDate start = LocalDate.of(year, 1, 1);
    // Cases starting in 2017 start before October, leaving room for a follow-up in the data.
    int days = year == 2017 ? 273 : start.lengthOfYear();
    return start.plusDays(rng.nextInt(days));
  }
}
