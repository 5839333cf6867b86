package dk.socialbench.delivery;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds CPR numbers however a caseworker or a spreadsheet wrote them, so that none slips into a
 * value that leaves ingest.
 *
 * <p>The text is first normalised (NFKC: full-width, circled and mathematical digits become ASCII,
 * a no-break space a space). A CPR number is then ten decimal digits, written together or split
 * after the 2nd, 4th, 6th or 8th digit (always including the split between birth date and serial
 * when split at all) by one to three characters that are neither letters nor digits: {@code
 * 0101901234}, {@code 010190-1234}, {@code 010190–1234}, {@code 01.01.90-1234}, {@code 01 01 90 12
 * 34}, {@code 010190 - 1234}, {@code 010190/1234}. The first four digits must be a plausible day
 * (01–31, or 61–91 for replacement numbers) and month (01–12); nine digits standing alone count too
 * (a spreadsheet dropped the leading zero). Case numbers such as {@code S2014-001000}, {@code
 * 153-0001000} or {@code 27.24.00-G01-1000-14}, dates and prices do not match.
 *
 * <p>Example: {@code CprLike.replaceAll("se 01.01.90-1234", "[fjernet]")} is {@code "se
 * [fjernet]"}.
 */
public final class CprLike {
  private static final int DIGITS = 10;
  private static final int MAX_GAP = 3;

  private CprLike() {}

  /** Whether {@code text} contains something shaped like a CPR number. */
  public static boolean in(String text) {
    if (text == null) {
      return false;
    }
    String s = normalise(text);
    return mayHoldOne(s) && !spans(s).isEmpty();
  }

  /**
   * {@code text} with every CPR-shaped part, and every longer number with a CPR number in it
   * ({@link #inLongerNumber}), replaced by {@code replacement}; the same instance when there is
   * none (so an untouched value is not even normalised).
   */
  public static String replaceAll(String text, String replacement) {
    if (text == null) {
      return null;
    }
    String s = normalise(text);
    List<int[]> spans = mayHoldOne(s) ? withLongerNumbers(s, spans(s)) : List.of();
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(s.length());
    int at = 0;
    for (int[] span : spans) {
      if (span[0] < at) {
        at = Math.max(at, span[1]); // overlaps the previous match: one replacement for both
        continue;
      }
      out.append(s, at, span[0]).append(replacement);
      at = span[1];
    }
    return out.append(s.substring(at)).toString();
  }

  /**
   * The masked form {@code DDMMYY-XXXX} of a {@code cpr} cell that consists of nine or ten digits
   * and separators, or null for anything else (which may be a name typed into the wrong column).
   */
  public static String masked(String cprCell) {
    if (cprCell == null) {
      return null;
    }
    StringBuilder digits = new StringBuilder(DIGITS);
    for (char c : normalise(cprCell).toCharArray()) {
      if (Character.isLetter(c)) {
        return null;
      }
      if (Character.isDigit(c)) {
        digits.append((char) ('0' + Character.digit(c, 10)));
      }
    }
    if (digits.length() == DIGITS - 1) {
      digits.insert(0, '0');
    }
    return digits.length() == DIGITS ? digits.substring(0, 6) + "-XXXX" : null;
  }

  /**
   * Whether normalised text has nine digits at least: most cells do not, and are passed at the cost
   * of one look at each character.
   */
  private static boolean mayHoldOne(String s) {
    int digits = 0;
    for (int i = 0; i < s.length() && digits < DIGITS - 1; i++) {
      if (Character.isDigit(s.charAt(i))) {
        digits++;
      }
    }
    return digits >= DIGITS - 1;
  }

  /**
   * NFKC, skipped for text that already is (ASCII always is), without invisible characters: format
   * characters (zero-width space, soft hyphen, word joiner, direction marks) and combining marks
   * left over after NFKC, which would otherwise split a number or a name where nobody sees a split.
   */
  public static String normalise(String text) {
    if (plainLatin(text)) {
      return text;
    }
    String s =
        Normalizer.isNormalized(text, Normalizer.Form.NFKC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFKC);
    for (int i = 0; i < s.length(); i++) {
      if (invisible(s.charAt(i))) {
        return INVISIBLE.matcher(s).replaceAll("");
      }
    }
    return s;
  }

  /**
   * Whether every character is ASCII or a Latin-1 letter ({@code À}–{@code ÿ}, with {@code ×} and
   * {@code ÷}): such text is NFKC already (no character of the two ranges decomposes, none composes
   * with another of them) and holds no format character or combining mark. Most cells are such
   * text, and the check costs less than asking the normaliser; U+0080–U+00BF (a no-break space, a
   * soft hyphen, {@code ²}, {@code ½}) are not, and go to it.
   */
  private static boolean plainLatin(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (c < 0xC0 || c > 0xFF)) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Mn}]");

  private static boolean invisible(char c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.NON_SPACING_MARK;
  }

  /** Start and end of every CPR-shaped part of normalised text, in order. */
  private static List<int[]> spans(String s) {
    List<int[]> spans = new ArrayList<>();
    List<int[]> group = new ArrayList<>(); // runs of digits joined by short separators
    for (int[] run : digitRuns(s)) {
      if (!group.isEmpty() && !joined(s, group.get(group.size() - 1)[1], run[0])) {
        match(s, group, spans);
        group.clear();
      }
      group.add(run);
    }
    match(s, group, spans);
    scientific(s, spans);
    spans.sort(Comparator.comparingInt(span -> span[0]));
    return spans;
  }

  /** Start and end of every run of digits of normalised text, in order. */
  private static List<int[]> digitRuns(String s) {
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (!Character.isDigit(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      runs.add(new int[] {start, i});
    }
    return runs;
  }

  /** {@code 1.503721234E9}: a CPR number stored as a number and written by a program. */
  private static final Pattern SCIENTIFIC =
      Pattern.compile("(?<![\\d.,])(\\d)[.,](\\d{7,20})[eE]\\+?0*(\\d{1,2})(?!\\d)");

  private static void scientific(String s, List<int[]> spans) {
    Matcher m = SCIENTIFIC.matcher(s);
    while (m.find()) {
      String fraction = digitsToAscii(m.group(2));
      int exponent = Integer.parseInt(digitsToAscii(m.group(3)));
      if (exponent < DIGITS - 2 || exponent > DIGITS - 1 || exponent > fraction.length()) {
        continue;
      }
      // A whole number: what follows the exponent's digits is zeros (1.5037212340E9).
      if (!fraction.substring(exponent).chars().allMatch(c -> c == '0')) {
        continue;
      }
      String digits = digitsToAscii(m.group(1)) + fraction.substring(0, exponent);
      if (plausible(digits.length() == DIGITS ? digits : "0" + digits)) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
  }

  /**
   * {@link #in} or {@link #inLongNumber}, normalising {@code text} once: what a value of a column
   * other than the CPR number, the case id and free text may not hold. Every such cell of every row
   * comes here.
   */
  public static boolean inValue(String text) {
    if (text == null) {
      return false;
    }
    String s = normalise(text);
    return longRun(s) || (mayHoldOne(s) && !spans(s).isEmpty());
  }

  /**
   * Whether normalised {@code text} has a run of ten or more digits: a CPR number inside a longer
   * number ({@code 99150372123477}, {@code +451503721234}). No value of a column other than free
   * text and the case id is that long.
   */
  public static boolean inLongNumber(String text) {
    return text != null && longRun(normalise(text));
  }

  private static boolean longRun(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
      if (run >= DIGITS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether normalised {@code text} has a run of eleven or more digits with ten in it that could be
   * a CPR number (a plausible day and month): {@code 99150372123477}, {@code +451503721234}. An
   * eleven-digit case number may be legitimate: a case id holding one is pseudonymised, not refused
   * (see {@code Pseudonymiser.caseId}); free text has the run replaced by {@link #replaceAll}.
   */
  public static boolean inLongerNumber(String text) {
    if (text == null) {
      return false;
    }
    String s = normalise(text);
    return s.length() > DIGITS && !longerNumbers(s).isEmpty();
  }

  /**
   * Every run of eleven or more digits of normalised text with a plausible CPR number in it, and
   * every birth date and serial split as a CPR number is whose runs go on: {@code 99010190-1234},
   * {@code 010190-123477}.
   */
  private static List<int[]> longerNumbers(String s) {
    List<int[]> runs = new ArrayList<>();
    int[] previous = null;
    for (int[] run : digitRuns(s)) {
      String digits = digits(s, run);
      if (digits.length() > DIGITS && holdsOne(digits)) {
        runs.add(run);
      }
      if (previous != null && dateThenSerial(s, previous, run)) {
        runs.add(new int[] {previous[0], run[1]});
      }
      previous = run;
    }
    return runs;
  }

  /** Whether two joined runs, one of them longer than its part, end and start with DDMMYY-SSSS. */
  private static boolean dateThenSerial(String s, int[] left, int[] right) {
    int l = length(left);
    int r = length(right);
    if (l < 6 || r < 4 || l + r <= DIGITS || !joined(s, left[1], right[0])) {
      return false;
    }
    return plausible(digits(s, left).substring(l - 6) + digits(s, right).substring(0, 4));
  }

  private static boolean holdsOne(String digits) {
    for (int at = 0; at + DIGITS <= digits.length(); at++) {
      if (plausible(digits.substring(at, at + DIGITS))) {
        return true;
      }
    }
    return false;
  }

  /** {@code spans} and the longer numbers of {@code s}, in order (overlaps are merged later). */
  private static List<int[]> withLongerNumbers(String s, List<int[]> spans) {
    List<int[]> longer = longerNumbers(s);
    if (longer.isEmpty()) {
      return spans;
    }
    List<int[]> all = new ArrayList<>(spans);
    all.addAll(longer);
    all.sort(Comparator.comparingInt(span -> span[0]));
    return all;
  }

  private static String digitsToAscii(String digits) {
    StringBuilder d = new StringBuilder(digits.length());
    for (char c : digits.toCharArray()) {
      d.append((char) ('0' + Character.digit(c, 10)));
    }
    return d.toString();
  }

  /**
   * Whether the characters between two digit runs join them: no letter, and at most three
   * characters, a run of white space counting as one ({@code 010190 - 1234}), quotes and {@code &}
   * as none.
   */
  private static boolean joined(String s, int from, int to) {
    int gap = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return false;
      }
      if (c == '"' || c == '&') {
        continue; // a formula typed as text: ="010190"&"-1234"
      }
      if (!Character.isWhitespace(c) || i == from || !Character.isWhitespace(s.charAt(i - 1))) {
        gap++;
      }
    }
    return gap <= MAX_GAP;
  }

  /** Adds every run of whole digit groups that spells ten digits the way a CPR number is split. */
  private static void match(String s, List<int[]> group, List<int[]> spans) {
    if (group.size() == 1 && length(group.get(0)) == DIGITS - 1) {
      int[] run = group.get(0);
      if (plausible("0" + digits(s, run))) {
        spans.add(new int[] {run[0], run[1]});
      }
      return;
    }
    thousands(s, group, spans);
    fourDigitYear(s, group, spans);
    for (int first = 0; first < group.size(); first++) {
      int count = 0;
      boolean splitAtSix = false;
      boolean oddSplit = false;
      for (int last = first; last < group.size() && count < DIGITS; last++) {
        if (last > first) {
          splitAtSix |= count == 6;
          oddSplit |= count % 2 == 1;
        }
        count += length(group.get(last));
        if (count == DIGITS && !oddSplit && (last == first || splitAtSix)) {
          StringBuilder d = new StringBuilder(DIGITS);
          for (int k = first; k <= last; k++) {
            d.append(digits(s, group.get(k)));
          }
          if (plausible(d.toString())) {
            spans.add(new int[] {group.get(first)[0], group.get(last)[1]});
          }
        }
      }
    }
  }

  /**
   * A CPR number stored as a number and shown with thousands separators, as a spreadsheet exports
   * it: {@code 1.503.721.234}, {@code 1,503,721,234}, {@code 707 074 321} (a leading zero lost).
   */
  private static void thousands(String s, List<int[]> group, List<int[]> spans) {
    for (int first = 0; first < group.size(); first++) {
      int count = length(group.get(first));
      if (count > 3) {
        continue;
      }
      for (int last = first + 1; last < group.size() && count < DIGITS; last++) {
        int[] run = group.get(last);
        int from = group.get(last - 1)[1];
        if (length(run) != 3
            || run[0] - from != 1
            || s.charAt(from) != s.charAt(group.get(first)[1])) {
          break;
        }
        count += 3;
        if (count >= DIGITS - 1) {
          StringBuilder d = new StringBuilder(DIGITS);
          for (int k = first; k <= last; k++) {
            d.append(digits(s, group.get(k)));
          }
          if (plausible(count == DIGITS ? d.toString() : "0" + d)) {
            spans.add(new int[] {group.get(first)[0], run[1]});
          }
        }
      }
    }
  }

  /**
   * The birth date with a four-digit year, then the serial: {@code 15-03-1972-1234}, {@code
   * 15.03.1972 1234}, {@code 15031972-1234}.
   */
  private static void fourDigitYear(String s, List<int[]> group, List<int[]> spans) {
    for (int first = 0; first < group.size(); first++) {
      int count = 0;
      boolean splitAtEight = false;
      boolean otherSplit = false;
      for (int last = first; last < group.size() && count < DIGITS + 2; last++) {
        if (last > first) {
          splitAtEight |= count == 8;
          otherSplit |= count != 2 && count != 4 && count != 8;
        }
        count += length(group.get(last));
        if (count == DIGITS + 2 && splitAtEight && !otherSplit) {
          StringBuilder d = new StringBuilder(DIGITS + 2);
          for (int k = first; k <= last; k++) {
            d.append(digits(s, group.get(k)));
          }
          String century = d.substring(4, 6);
          if ((century.equals("18") || century.equals("19") || century.equals("20"))
              && plausible(d.substring(0, 4) + d.substring(6))) {
            spans.add(new int[] {group.get(first)[0], group.get(last)[1]});
          }
        }
      }
    }
  }

  private static int length(int[] run) {
    return run[1] - run[0];
  }

  private static String digits(String s, int[] run) {
    StringBuilder d = new StringBuilder(length(run));
    for (int i = run[0]; i < run[1]; i++) {
      d.append((char) ('0' + Character.digit(s.charAt(i), 10)));
    }
    return d.toString();
  }

  /** Day 01–31 (or 61–91, a replacement number) and month 01–12. */
  private static boolean plausible(String tenDigits) {
    int day = Integer.parseInt(tenDigits.substring(0, 2));
    int month = Integer.parseInt(tenDigits.substring(2, 4));
    boolean dayOk = (day >= 1 && day <= 31) || (day >= 61 && day <= 91);
    return dayOk && month >= 1 && month <= 12;
  }
}
