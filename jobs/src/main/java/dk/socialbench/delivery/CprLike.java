package dk.socialbench.delivery;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

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
   * {@code text} with every CPR-shaped part replaced by {@code replacement}; the same instance when
   * there is none (so an untouched value is not even normalised).
   */
  public static String replaceAll(String text, String replacement) {
    if (text == null) {
      return null;
    }
    String s = normalise(text);
    List<int[]> spans = mayHoldOne(s) ? spans(s) : List.of();
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

  /** NFKC, skipped for text that already is (ASCII always is). */
  public static String normalise(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFKC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** Start and end of every CPR-shaped part of normalised text, in order. */
  private static List<int[]> spans(String s) {
    List<int[]> spans = new ArrayList<>();
    List<int[]> group = new ArrayList<>(); // runs of digits joined by short separators
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
      if (!group.isEmpty() && !joined(s, group.get(group.size() - 1)[1], start)) {
        match(s, group, spans);
        group.clear();
      }
      group.add(new int[] {start, i});
    }
    match(s, group, spans);
    return spans;
  }

  private static boolean joined(String s, int from, int to) {
    if (to - from > MAX_GAP) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
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
