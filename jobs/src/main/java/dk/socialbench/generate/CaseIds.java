package dk.socialbench.generate;

import java.time.LocalDate;

/**
 * Case numbers as Danish case-management systems print them, one style per municipality: a
 * municipal serial, a year-prefixed serial, or a KLE journal-plan number. Unique within the
 * municipality because each contains the case's running number.
 */
final class CaseIds {
  static final int STYLES = 3;

  private CaseIds() {}

  static String of(int style, String municipalityCode, long caseNumber, LocalDate opened) {
    long serial = 1000 + caseNumber;
    return switch (style) {
      case 0 -> municipalityCode + "-" + padded(serial, 7);
      case 1 -> "S" + opened.getYear() + "-" + padded(serial, 6);
      default -> "27.24.00-G01-" + serial + "-" + padded(opened.getYear() % 100, 2);
    };
  }

  private static String padded(long value, int width) {
    String digits = Long.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
