package dk.socialbench.generate;

import static dk.socialbench.contract.DeliveryColumn.CASE_CLOSED;
import static dk.socialbench.contract.DeliveryColumn.CLOSED_DATE;
import static dk.socialbench.contract.DeliveryColumn.REGISTRATION_DATE;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Case closings and how long cases last ({@link CaseClosing}), which the service episodes of the
 * analyses are made of. Only municipalities that record closings say anything; the others leave
 * both columns empty.
 */
final class EpisodeChecks {
  /** The longest follow-up interval the generator draws: 13 months × 1.45, in months. */
  static final double LONGEST_INTERVAL_MONTHS = 13 * 1.45;

  private EpisodeChecks() {}

  /**
   * A closed case closes after its last registration and within the data; an open or unrecorded one
   * has no closing date; a case still open at the end of the data was followed up within the
   * longest interval before it (else its next follow-up would have come).
   */
  static void closings(List<ReadCase> cases) {
    long closed = 0;
    long open = 0;
    for (ReadCase c : cases) {
      String status = c.code(0, CASE_CLOSED);
      LocalDate closing = c.date(0, CLOSED_DATE);
      LocalDate last = last(c);
      if ("yes".equals(status)) {
        closed++;
        assertTrue(closing.isAfter(last), c.caseId() + " closes " + closing + ", before " + last);
        assertTrue(!closing.isAfter(SepCalibration.LAST_DATE), c.caseId() + " closes " + closing);
      } else {
        assertNull(closing, c.caseId() + " is not closed but has a closing date");
      }
      if ("no".equals(status)) {
        open++;
        double since = months(last, SepCalibration.LAST_DATE);
        assertTrue(since <= LONGEST_INTERVAL_MONTHS, c.caseId() + ": open, " + since + " months");
      }
    }
    assertTrue(closed > 0 && open > 0, closed + " closed, " + open + " open");
  }

  /**
   * Where closings are recorded, per service: cases last a median of 12 to 30 months from the first
   * registration to the closing (or the end of the data), and 3% to 30% are still open at the end
   * of the data (the SEP profile gives medians of 16 to 21 months and 6% to 16% open).
   */
  static void durations(List<ReadCase> cases) {
    for (String service : List.of("SEL85", "SEL107")) {
      List<Double> months = new ArrayList<>();
      long open = 0;
      for (ReadCase c : cases) {
        String status = c.code(0, CASE_CLOSED);
        if (status == null || !service.equals(c.service())) {
          continue;
        }
        LocalDate end = "yes".equals(status) ? c.date(0, CLOSED_DATE) : SepCalibration.LAST_DATE;
        months.add(months(c.date(0, REGISTRATION_DATE), end));
        open += "no".equals(status) ? 1 : 0;
      }
      months.sort(null);
      double median = months.get(months.size() / 2);
      assertTrue(median >= 12 && median <= 30, service + ": median " + median + " months");
      double openShare = (double) open / months.size();
      assertTrue(openShare >= 0.03 && openShare <= 0.3, service + ": " + openShare + " open");
    }
  }

  private static LocalDate last(ReadCase c) {
    return c.date(c.size() - 1, REGISTRATION_DATE);
  }

  private static double months(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / (365.25 / 12);
  }
}
