package dk.socialbench.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CPR numbers and names planted in a delivery, and a search for them in anything a run writes or
 * prints that is independent of the scrubber under test: text is NFKC-normalised, and a CPR number
 * is found as its ten digits (or nine, where a spreadsheet dropped a leading zero) once every
 * character that is neither a letter nor a digit is removed; a name part is found as a word start
 * (any inflection), or as a whole word with an ending, not beside a digit, if it has only two
 * letters; a whole name as it is written, in any case.
 *
 * <p>Example: {@code secrets.cpr("150372-1234"); secrets.name("Bo Kjærsgaard"); secrets.scan("out",
 * text, leaks)}.
 */
public final class Secrets {
  private final Set<String> cprDigits = new LinkedHashSet<>();
  private final List<Pattern> nameParts = new ArrayList<>();
  private int names;

  public void cpr(String cpr) {
    String digits = normalise(cpr).replaceAll("\\D", "");
    if (digits.length() != 10) {
      throw new IllegalArgumentException("not ten digits: a CPR number of length " + cpr.length());
    }
    cprDigits.add(digits);
    if (digits.startsWith("0")) {
      cprDigits.add(digits.substring(1));
    }
  }

  /** A whole name, found as it is written (for common names, whose parts are everyday words). */
  public void wholeName(String name) {
    names++;
    nameParts.add(Pattern.compile(Pattern.quote(normalise(name).toLowerCase(Locale.ROOT))));
  }

  /** A name whose every part is to be found, inflected or not. */
  public void name(String name) {
    names++;
    for (String part : normalise(name).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (part.length() == 2) {
        // Not beside a digit either: the hex of a person key holds "ea" or "eb" between digits.
        nameParts.add(
            Pattern.compile("(?<![\\p{L}\\p{N}])" + part + "(s|'s|es|en|e)?(?![\\p{L}\\p{N}])"));
      } else if (part.length() > 2) {
        nameParts.add(Pattern.compile("(?<!\\p{L})" + Pattern.quote(part)));
      }
    }
  }

  /**
   * A copy without the name parts that {@code text} holds anyway: a two-letter name such as "Bo" is
   * also a Danish word ("Bo- og Støttecenter"), so where other deliveries are stored as delivered,
   * it is no sign of a leak. The CPR numbers are all kept.
   */
  public Secrets except(String text) {
    String lower = normalise(text).toLowerCase(Locale.ROOT);
    Secrets copy = new Secrets();
    copy.cprDigits.addAll(cprDigits);
    copy.names = names;
    for (Pattern part : nameParts) {
      if (!part.matcher(lower).find()) {
        copy.nameParts.add(part);
      }
    }
    return copy;
  }

  /** The number of name parts searched for. */
  public int namePartCount() {
    return nameParts.size();
  }

  public int cprCount() {
    return cprDigits.size();
  }

  public int nameCount() {
    return names;
  }

  /** Adds a line to {@code leaks} for every secret in {@code text}; never the secret itself. */
  public void scan(String where, String text, List<String> leaks) {
    String normal = normalise(text);
    String squeezed = normal.replaceAll("[^\\p{L}\\p{Nd}]", "");
    String asciiDigits = digitsToAscii(squeezed);
    int i = 0;
    for (String digits : cprDigits) {
      i++;
      if (asciiDigits.contains(digits)) {
        leaks.add(where + " holds planted CPR number #" + i);
      }
    }
    String lower = normal.toLowerCase(Locale.ROOT);
    for (Pattern part : nameParts) {
      if (part.matcher(lower).find()) {
        leaks.add(where + " holds a planted name part of length " + part.pattern().length());
      }
    }
  }

  /**
   * Adds a line to {@code leaks} for every planted CPR number's birth date (its first six digits,
   * DDMMYY, what a masked {@code DDMMYY-XXXX} still shows) in {@code text}, together or split into
   * pairs by up to three characters that are neither letters nor digits, not inside a longer
   * number. For what is served, not for the quarantine, which keeps the masked number by design.
   */
  public void scanBirthDates(String where, String text, List<String> leaks) {
    String normal = digitsToAscii(normalise(text));
    int i = 0;
    for (String digits : cprDigits) {
      if (digits.length() != 10) {
        continue;
      }
      i++;
      String sep = "[^\\p{L}\\p{N}]{0,3}";
      Pattern birthDate =
          Pattern.compile(
              "(?<!\\d)"
                  + digits.substring(0, 2)
                  + sep
                  + digits.substring(2, 4)
                  + sep
                  + digits.substring(4, 6)
                  + "(?!\\d)");
      if (birthDate.matcher(normal).find()) {
        leaks.add(where + " holds the birth date of planted CPR number #" + i);
      }
    }
  }

  private static String normalise(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  private static String digitsToAscii(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
    }
    return out.toString();
  }
}
