package dk.socialbench.ingest;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.Vocabulary;
import dk.socialbench.delivery.CprLike;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the cells of one row by the delivery format's value rules, collecting a {@link
 * DeliveryError} for every cell that breaks one. Each method returns null when the cell is empty or
 * invalid, so validation can go on and report every error of the row at once.
 *
 * <p>A cell shaped like a CPR number is refused in every column but {@code cpr}, {@code case_id}
 * (which has its own rule) and the free-text columns (which are scrubbed instead). An error keeps
 * the offending value only scrubbed of CPR-shaped text and the row's name, and never a value of the
 * {@code cpr} or {@code name} column.
 */
final class CellParser {
  private static final Set<Double> VUM_SCORES = Set.of(0.0, 1.0, 2.0, 3.0, 3.5, 4.0);

  private static final Set<DeliveryColumn> UNCHECKED =
      EnumSet.of(DeliveryColumn.CPR, DeliveryColumn.NAME, DeliveryColumn.CASE_ID);

  private final RawRow row;
  private final FreeText scrubber;
  private final Codes codes;
  private final List<DeliveryError> errors = new ArrayList<>();
  private final Set<DeliveryColumn> refused = EnumSet.noneOf(DeliveryColumn.class);

  /**
   * @param scrubber the row's name, to keep it out of the values errors hold
   */
  CellParser(RawRow row, FreeText scrubber) {
    this(row, scrubber, new Codes());
  }

  /**
   * @param codes the codes of the cells read so far, shared by the rows of one task
   */
  CellParser(RawRow row, FreeText scrubber, Codes codes) {
    this.row = row;
    this.scrubber = scrubber;
    this.codes = codes;
  }

  /**
   * Each vocabulary's code for a cell's text as read, remembered: a coded column holds a handful of
   * spellings, and normalising each cell again (strip, a regular expression, lower case) was a
   * large part of a row's validation. Bounded, so that a file of odd values cannot fill memory.
   */
  static final class Codes {
    private static final int MAX_TEXTS = 4096;
    // By column, not by vocabulary: an EnumMap of Vocabulary made before DeliveryColumn would
    // initialise Vocabulary first, while DeliveryColumn's constants still need it.
    private final Map<DeliveryColumn, Map<String, Optional<String>>> byColumn =
        new EnumMap<>(DeliveryColumn.class);

    /** {@link Vocabulary#codeOf} of {@code column}'s vocabulary, remembered; null if none. */
    String codeOf(DeliveryColumn column, Vocabulary vocabulary, String text) {
      Map<String, Optional<String>> known = byColumn.computeIfAbsent(column, c -> new HashMap<>());
      Optional<String> code = known.get(text);
      if (code == null) {
        if (known.size() >= MAX_TEXTS) {
          known.clear();
        }
        code = vocabulary.codeOf(text);
        known.put(text, code);
      }
      return code.orElse(null);
    }
  }

  List<DeliveryError> errors() {
    return errors;
  }

  String text(DeliveryColumn column) {
    return row.cell(column);
  }

  /**
   * The cell's text, or null (and an error) where it looks like a CPR number or holds a number long
   * enough to hide one: such a value would otherwise pass as an amount and reach the means.
   */
  private String cell(DeliveryColumn column) {
    String value = row.cell(column);
    if (value != null
        && !UNCHECKED.contains(column)
        && !FreeText.COLUMNS.contains(column)
        && CprLike.inValue(value)) {
      refused.add(column);
      error(column, null, Rule.VALUE_LOOKS_LIKE_CPR);
      return null;
    }
    return value;
  }

  /** The cell's text; an error if it is empty. */
  String required(DeliveryColumn column) {
    String value = cell(column);
    if (value == null && !refused.contains(column)) {
      error(column, null, Rule.MISSING_VALUE);
    }
    return value;
  }

  /** The code a cell's text stands for (code or Danish alias), or an error listing the codes. */
  String code(DeliveryColumn column, boolean required) {
    String value = required ? required(column) : cell(column);
    if (value == null) {
      return null;
    }
    Vocabulary vocabulary = column.vocabulary().orElseThrow();
    String code = codes.codeOf(column, vocabulary, value);
    if (code == null) {
      error(column, value, Rule.INVALID_VALUE, allowed(vocabulary));
    }
    return code;
  }

  Boolean yesNo(DeliveryColumn column, boolean required) {
    String code = code(column, required);
    return code == null ? null : code.equals("yes");
  }

  LocalDate date(DeliveryColumn column, boolean required) {
    String value = required ? required(column) : cell(column);
    if (value == null) {
      return null;
    }
    LocalDate date = parseDate(value);
    if (date == null) {
      error(column, value, Rule.INVALID_DATE);
    }
    return date;
  }

  /**
   * {@code YYYY-MM-DD} or {@code DD-MM-YYYY} (ASCII digits, one or two for day and month); null if
   * neither or not a calendar date. By hand rather than by regular expression: every date cell of
   * every row comes here.
   */
  static LocalDate parseDate(String value) {
    int first = value.indexOf('-');
    int second = first < 0 ? -1 : value.indexOf('-', first + 1);
    if (second < 0 || value.indexOf('-', second + 1) >= 0) {
      return null;
    }
    int a = digits(value, 0, first);
    int b = digits(value, first + 1, second);
    int c = digits(value, second + 1, value.length());
    if (a < 0 || b < 0 || c < 0) {
      return null;
    }
    boolean dayOrMonth = second - first - 1 <= 2;
    try {
      if (first == 4 && dayOrMonth && value.length() - second - 1 <= 2) {
        return LocalDate.of(a, b, c);
      }
      if (first <= 2 && dayOrMonth && value.length() - second - 1 == 4) {
        return LocalDate.of(c, b, a);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  /** The number that {@code s[from, to)} spells in one to four ASCII digits, or -1. */
  private static int digits(String s, int from, int to) {
    if (from >= to || to - from > 4) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** A number ≥ 0 with decimal comma or point and no thousands separator. */
  Double amount(DeliveryColumn column) {
    String value = cell(column);
    if (value == null) {
      return null;
    }
    Double number = parseNumber(value);
    if (number == null) {
      error(column, value, Rule.INVALID_NUMBER);
    } else if (number < 0) {
      error(column, value, Rule.NEGATIVE_NUMBER);
      return null;
    }
    return number;
  }

  /**
   * {@code -?D+([.,]D+)?} with D an ASCII digit, else null; checked by hand rather than by regular
   * expression, since every number cell of every row comes here.
   */
  static Double parseNumber(String value) {
    int start = value.startsWith("-") ? 1 : 0;
    int point = asciiDigitsFrom(value, start);
    if (point == start) {
      return null;
    }
    if (point < value.length()) {
      char c = value.charAt(point);
      if ((c != '.' && c != ',')
          || asciiDigitsFrom(value, point + 1) == point + 1
          || asciiDigitsFrom(value, point + 1) != value.length()) {
        return null;
      }
    }
    return Double.valueOf(value.replace(',', '.'));
  }

  /** The index after the run of ASCII digits that starts at {@code from}. */
  private static int asciiDigitsFrom(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** A whole number ≥ 0 (a count of months, say); a decimal or negative number is an error. */
  Integer wholeNumber(DeliveryColumn column) {
    Double number = amount(column);
    if (number == null) {
      return null;
    }
    if (number != Math.rint(number) || number > Integer.MAX_VALUE) {
      error(column, row.cell(column), Rule.NOT_WHOLE_NUMBER);
      return null;
    }
    return number.intValue();
  }

  /** A VUM score: 0, 1, 2, 3, 3.5 or 4 (decimal comma or point). */
  Double vum(DeliveryColumn column, boolean required) {
    String value = required ? required(column) : cell(column);
    if (value == null) {
      return null;
    }
    Double score = parseNumber(value);
    if (score == null || !VUM_SCORES.contains(score)) {
      error(column, value, Rule.INVALID_VUM_SCORE);
      return null;
    }
    return score;
  }

  /**
   * Records that {@code column} breaks {@code rule}; {@code args} fill the reason and must never be
   * the value (see {@link Rule}).
   */
  void error(DeliveryColumn column, String value, Rule rule, Object... args) {
    boolean personal = column == DeliveryColumn.CPR || column == DeliveryColumn.NAME;
    errors.add(
        new DeliveryError(
            row.file(),
            row.line(),
            column == null ? null : column.code(),
            personal ? null : scrubber.clean(value),
            rule,
            rule.reason(args)));
  }

  private static String allowed(Vocabulary vocabulary) {
    List<String> parts = new ArrayList<>();
    for (String code : vocabulary.codes()) {
      String danish = vocabulary.danishOf(code);
      parts.add(code.equals(danish) ? code : code + " (" + danish + ")");
    }
    return String.join(", ", parts);
  }
}
