package dk.socialbench.generate;

import java.util.SplittableRandom;

/**
 * How one municipality's export looks, as Danish spreadsheet exports vary: separator {@code ;} with
 * decimal comma (the Danish Excel default) or {@code ,} with decimal point; dates ISO or {@code
 * DD-MM-YYYY}; header and values as codes or Danish words; BOM or not; CRLF or LF; and whether
 * columns the municipality never fills are left out of the header.
 *
 * <p>Fixed per municipality (it does not vary with the seed), like a municipality's IT system.
 */
public record FileConvention(
    char separator,
    boolean danishDates,
    boolean danishHeader,
    boolean danishValues,
    boolean byteOrderMark,
    boolean crlf,
    boolean omitsUnfilledColumns) {

  /** The decimal separator that goes with the field separator. */
  public char decimalSeparator() {
    return separator == ';' ? ',' : '.';
  }

  public String lineEnding() {
    return crlf ? "\r\n" : "\n";
  }

  /** The municipality's convention, derived from its code alone. */
  public static FileConvention of(String municipalityCode) {
    SplittableRandom rng = RandomStreams.forConventions(municipalityCode);
    boolean semicolon = rng.nextDouble() < 0.6;
    return new FileConvention(
        semicolon ? ';' : ',',
        rng.nextBoolean(),
        rng.nextBoolean(),
        rng.nextBoolean(),
        rng.nextBoolean(),
        semicolon ? rng.nextDouble() < 0.8 : rng.nextDouble() < 0.3,
        rng.nextDouble() < 0.3);
  }

  /** A short description for logs and the data-samples README. */
  public String describe() {
    return String.join(
        ", ",
        "separator '" + separator + "' with decimal '" + decimalSeparator() + "'",
        danishDates ? "dates DD-MM-YYYY" : "dates YYYY-MM-DD",
        danishHeader ? "Danish header" : "code header",
        danishValues ? "Danish values" : "code values",
        byteOrderMark ? "UTF-8 with BOM" : "UTF-8 without BOM",
        crlf ? "CRLF" : "LF",
        omitsUnfilledColumns ? "unfilled optional columns left out" : "all columns");
  }
}
