package dk.socialbench.server.render;

/**
 * Text for a spreadsheet cell that a spreadsheet never evaluates: a text starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is a formula to Excel and LibreOffice
 * (such as {@code =HYPERLINK(...)} in a file name), so it gets a leading apostrophe, which makes it
 * text. Numbers are written as numbers and never pass through here: {@code -0,5} stays a number.
 */
final class SpreadsheetText {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetText() {}

  /** {@code text}, with {@code '} in front when it would start a formula. */
  static String neutralised(String text) {
    if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
