package dk.socialbench.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * When a case's service ends, and so how long its episodes last. A case with no registration after
 * its last one cannot still be running past its next follow-up: it ended at some point between a
 * month after the last registration and the date the next follow-up was due (drawn like the
 * follow-up intervals before it). If that point lies after the end of the data, the case is still
 * open when the data ends. Cases thus run for their registrations' span plus part of one interval,
 * about two years on the SEP profile, and those open at the end are the recently followed up.
 *
 * <p>A municipality that does not record closings leaves both columns empty, as the report says
 * many did: the analyses then see every case as running to the end of the data.
 *
 * @param caseClosed {@code yes}, {@code no}, or null when not recorded
 * @param closedDate the closing date when closed
 * @param reason the closing reason, free text, when closed and recorded
 */
record CaseClosing(String caseClosed, LocalDate closedDate, String reason) {
  private static final int MIN_DAYS_AFTER_LAST = 30;

  /** The closing of a case with {@code registrations} registrations, the last on {@code last}. */
  static CaseClosing draw(
      LocalDate last,
      int registrations,
      double followUpMonths,
      RecordingHabits habits,
      SplittableRandom rng) {
    long nextDue = RegistrationTimeline.gapDays(registrations, followUpMonths, rng);
    long span = Math.max(1, nextDue - MIN_DAYS_AFTER_LAST);
    LocalDate end = last.plusDays(MIN_DAYS_AFTER_LAST + rng.nextLong(span));
    if (!habits.recordsCaseClosed()) {
      return new CaseClosing(null, null, null);
    }
    if (end.isAfter(SepCalibration.LAST_DATE)) {
      return new CaseClosing("no", null, null);
    }
    String reason = rng.nextDouble() < 0.6 ? DanishFreeText.closingReason(rng) : null;
    return new CaseClosing("yes", end, reason);
  }
}
