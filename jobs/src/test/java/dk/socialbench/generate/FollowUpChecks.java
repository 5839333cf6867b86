package dk.socialbench.generate;

import static dk.socialbench.contract.DeliveryColumn.INITIATOR;
import static dk.socialbench.contract.DeliveryColumn.REGISTRATION_DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

/** Follow-up intervals, the period covered, initiators and ages (figs 3.8, 3.12, 3.14). */
final class FollowUpChecks {
  private FollowUpChecks() {}

  /** Mean months 1 to 2 within 10 to 12; 2 to 3 and later shorter on average. */
  static void intervals(List<ReadCase> cases) {
    double first = meanMonths(cases, 1, 1);
    double second = meanMonths(cases, 2, 2);
    double later = meanMonths(cases, 3, 8);
    assertTrue(
        first >= SepCalibration.MIN_MEAN_FOLLOW_UP_MONTHS
            && first <= SepCalibration.MAX_MEAN_FOLLOW_UP_MONTHS,
        "months 1 to 2: " + first);
    assertTrue(second < first && later < first, first + ", " + second + ", " + later);
  }

  /**
   * At least half of all registrations in 2014 to 2016; some case registered in 2009, none before;
   * 1 to 20 cases starting in 2017; none after the end of the data.
   */
  static void period(List<ReadCase> cases) {
    long all = 0;
    long main = 0;
    boolean in2009 = false;
    for (ReadCase c : cases) {
      for (int k = 0; k < c.size(); k++) {
        LocalDate d = c.date(k, REGISTRATION_DATE);
        all++;
        main +=
            d.getYear() >= SepCalibration.MAIN_PERIOD_FIRST_YEAR
                    && d.getYear() <= SepCalibration.MAIN_PERIOD_LAST_YEAR
                ? 1
                : 0;
        in2009 |= d.getYear() == 2009;
        assertTrue(!d.isBefore(SepCalibration.FIRST_DATE), "before 2009: " + d);
        assertTrue(!d.isAfter(SepCalibration.LAST_DATE), "after the data: " + d);
      }
    }
    assertTrue(main >= 0.5 * all, main + " of " + all + " in 2014-2016");
    assertTrue(in2009, "no case goes back to 2009");
    long starting2017 =
        cases.stream().filter(c -> SepCalibrationChecks.first(c).getYear() == 2017).count();
    assertTrue(starting2017 >= 1 && starting2017 <= 20, starting2017 + " start in 2017");
  }

  /** Of the follow-ups with an initiator, at least 60% by the authority. */
  static void initiator(List<ReadCase> cases) {
    long filled = 0;
    long authority = 0;
    for (ReadCase c : cases) {
      for (int k = 1; k < c.size(); k++) {
        String who = c.code(k, INITIATOR);
        filled += who != null ? 1 : 0;
        authority += "authority".equals(who) ? 1 : 0;
      }
    }
    assertTrue(authority >= 0.6 * filled, authority + " of " + filled);
  }

  /** All 18 to 80 at the first registration; under 40: 50% +- 10 points. */
  static void ages(List<ReadCase> cases) {
    assertEquals(0, cases.stream().filter(c -> c.ageAtFirst() < 18 || c.ageAtFirst() > 80).count());
    double young = SepCalibrationChecks.share(cases, c -> c.ageAtFirst() < 40);
    SepCalibrationChecks.assertClose(0.5, young, 0.1, "under 40");
  }

  private static double meanMonths(List<ReadCase> cases, int fromK, int toK) {
    double sum = 0;
    int n = 0;
    for (ReadCase c : cases) {
      for (int k = fromK; k <= toK && k < c.size(); k++) {
        sum += c.monthsBefore(k);
        n++;
      }
    }
    return sum / n;
  }
}
