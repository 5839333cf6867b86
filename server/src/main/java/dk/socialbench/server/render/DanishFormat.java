package dk.socialbench.server.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, shares and dates as a Danish reader expects them: decimal comma, thousands point, "93
 * %", "3. januar 2016". Every figure of every report goes through here, so that the PDF, the XLSX
 * and the CSV agree.
 *
 * <p>Example: {@code DanishFormat.share(0.9312)} is {@code "93 %"}, {@code
 * DanishFormat.decimal(1234.5, 1)} is {@code "1.234,5"}.
 */
final class DanishFormat {
  static final Locale DANISH = Locale.forLanguageTag("da-DK");
  static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  /** What a suppressed cell prints instead of its value. */
  static final String SUPPRESSED = "–";

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private static final DecimalFormat[] DECIMALS = {
    decimalFormat(0), decimalFormat(1), decimalFormat(2), decimalFormat(3)
  };

  private DanishFormat() {}

  private static DecimalFormat decimalFormat(int digits) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DANISH));
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format;
  }

  /** A count of persons or rows: {@code "1.234"}, empty for null. */
  static String count(Number n) {
    return n == null ? "" : decimal(n.doubleValue(), 0);
  }

  /** A share in 0–1 as a whole percentage: {@code "93 %"}. */
  static String share(Double share) {
    return share == null ? "" : decimal(share * 100, 0) + " %";
  }

  /** A share's interval: {@code "88–97 %"}, empty if either bound is missing. */
  static String shareInterval(Double low, Double high) {
    if (low == null || high == null) {
      return "";
    }
    return decimal(low * 100, 0) + "–" + decimal(high * 100, 0) + " %";
  }

  /** A value's interval with {@code digits} decimals: {@code "2,1–2,7"}. */
  static String interval(Double low, Double high, int digits) {
    if (low == null || high == null) {
      return "";
    }
    return decimal(low, digits) + "–" + decimal(high, digits);
  }

  /** {@code value} with {@code digits} decimals (0–3), decimal comma and thousands point. */
  static String decimal(Double value, int digits) {
    if (value == null) {
      return "";
    }
    // DecimalFormat is not thread-safe; a clone of a prepared one is cheap.
    return ((DecimalFormat) DECIMALS[digits].clone()).format(value);
  }

  /** A date in words: {@code "3. januar 2016"}. */
  static String longDate(LocalDate date) {
    return date == null ? "" : LONG_DATE.format(date);
  }

  /** A date in a table: {@code "03-01-2016"}. */
  static String shortDate(LocalDate date) {
    return date == null ? "" : SHORT_DATE.format(date);
  }

  /** An instant on Copenhagen's clock: {@code "24. november 2026 kl. 10.15"}. */
  static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(COPENHAGEN));
  }

  /** A data period: {@code "3. januar 2014 – 28. december 2016"}. */
  static String period(LocalDate first, LocalDate last) {
    if (first == null || last == null) {
      return "ukendt";
    }
    return longDate(first) + " – " + longDate(last);
  }
}
