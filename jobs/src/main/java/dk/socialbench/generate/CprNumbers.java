package dk.socialbench.generate;

import dk.socialbench.delivery.Cpr;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Issues fictitious CPR numbers for one municipality's delivery, never the same number twice: in a
 * real delivery one number is one person, and ingest keys persons by it.
 *
 * <p>For each birth date and sex the 500 possible serials are handed out in a scrambled order (a
 * salted start, then steps of a stride coprime to 500), so only a counter per date is kept: about
 * 100 kB, whatever the number of cases.
 */
final class CprNumbers {
  /** Aged 18 to 80 at a first registration from 2009 to mid-2018: born 1928 to 2000. */
  private static final LocalDate FIRST_BIRTH_DATE = SepCalibration.FIRST_DATE.minusYears(81);

  private static final LocalDate LAST_BIRTH_DATE = SepCalibration.LAST_DATE.minusYears(18);
  private static final int SERIALS_PER_SEX = 500;

  /** A prime that does not divide 500: 500 steps from any start visit every serial once. */
  private static final int STRIDE = 283;

  private final long salt;
  private final short[] issuedToMen = new short[days(LAST_BIRTH_DATE) + 1];
  private final short[] issuedToWomen = new short[days(LAST_BIRTH_DATE) + 1];

  /**
   * @param salt varies the order of serials between municipalities and seeds
   */
  CprNumbers(long salt) {
    this.salt = salt;
  }

  /** A new number for a citizen born on {@code birth}; its last digit is odd for a man. */
  String issue(LocalDate birth, boolean male) {
    if (birth.isBefore(FIRST_BIRTH_DATE) || birth.isAfter(LAST_BIRTH_DATE)) {
      throw new IllegalArgumentException("birth date outside the generated ages: " + birth);
    }
    int day = days(birth);
    short[] issued = male ? issuedToMen : issuedToWomen;
    int k = issued[day];
    if (k >= SERIALS_PER_SEX) {
      throw new IllegalStateException("all CPR serials for births on " + birth + " are issued");
    }
    issued[day]++;
    int start = (int) Math.floorMod(RandomStreams.mix(salt + day), (long) SERIALS_PER_SEX);
    int serial = 2 * ((start + k * STRIDE) % SERIALS_PER_SEX) + (male ? 1 : 0);
    return Cpr.format(birth, serial);
  }

  private static int days(LocalDate birth) {
    return Math.toIntExact(ChronoUnit.DAYS.between(FIRST_BIRTH_DATE, birth));
  }
}
