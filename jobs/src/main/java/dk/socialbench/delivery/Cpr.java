package dk.socialbench.delivery;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish CPR number: birth date, century digit and sex, per the rules of the delivery format.
 *
 * <p>Accepts {@code DDMMYY-SSSS} and ten digits. The century comes from the 7th digit; the last
 * digit gives the sex (odd = male). Replacement numbers (day + 60) are accepted. The modulus-11
 * check is deliberately not applied: numbers issued since 2007 may fail it.
 *
 * <p>Instances hold the number; {@link #toString()} never prints it, only the masked form. To find
 * CPR numbers inside other text, however written, see {@link CprLike}.
 */
public final class Cpr {
  private static final Pattern FORM = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})");

  private final String digits;
  private final LocalDate birthDate;

  private Cpr(String digits, LocalDate birthDate) {
    this.digits = digits;
    this.birthDate = birthDate;
  }

  /** The CPR number in {@code text}, or empty if it is not of the form or has no valid date. */
  public static Optional<Cpr> parse(String text) {
    Objects.requireNonNull(text, "text == null");
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int day = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int yy = Integer.parseInt(m.group(3));
    String serial = m.group(4);
    if (day > 60) {
      day -= 60; // replacement number (erstatningspersonnummer)
    }
    int year = century(serial.charAt(0) - '0', yy) + yy;
    try {
      LocalDate birth = LocalDate.of(year, month, day);
      return Optional.of(new Cpr(m.group(1) + m.group(2) + m.group(3) + serial, birth));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The century (1800, 1900 or 2000) that the 7th digit and the two-digit year give. */
  static int century(int seventhDigit, int yy) {
    if (seventhDigit <= 3) {
      return 1900;
    }
    if (seventhDigit == 4 || seventhDigit == 9) {
      return yy <= 36 ? 2000 : 1900;
    }
    return yy <= 57 ? 2000 : 1800;
  }

  /**
   * A CPR number for the birth date with the given serial's last three digits, choosing a 7th digit
   * that encodes the birth date's century. Used by the generator; never a real person's.
   *
   * @param serial 0..999, its last digit decides the sex (odd = male)
   */
  public static String format(LocalDate birthDate, int serial) {
    int year = birthDate.getYear();
    int yy = year % 100;
    int seventh;
    if (year >= 1900 && year <= 1999) {
      seventh = serial % 4; // 0-3: always the 1900s
    } else if (year >= 2000 && year <= 2036) {
      seventh = 4;
    } else if (year >= 2000 && year <= 2057) {
      seventh = 5 + serial % 4;
    } else if (year >= 1858 && year <= 1899) {
      seventh = 5 + serial % 4;
    } else {
      throw new IllegalArgumentException("no CPR century digit encodes the year " + year);
    }
    if (century(seventh, yy) + yy != year) {
      throw new IllegalStateException("century digit " + seventh + " does not encode " + year);
    }
    return String.format(
        "%02d%02d%02d-%d%03d",
        birthDate.getDayOfMonth(), birthDate.getMonthValue(), yy, seventh, serial % 1000);
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** {@code true} for male (odd last digit), {@code false} for female. */
  public boolean male() {
    return (digits.charAt(9) - '0') % 2 == 1;
  }

  /**
   * The ten digits. Only the pseudonymiser may call this: nothing else should ever hold the number
   * as text.
   */
  public String toDigitsForPseudonym() {
    return digits;
  }

  /** {@code DDMMYY-XXXX}: the form in which a CPR number may appear in error reports. */
  public String masked() {
    return digits.substring(0, 6) + "-XXXX";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cpr other && other.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
