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
 */
final class Secrets {
  private final Set<String> cprDigits = new LinkedHashSet<>();
  private final List<Pattern> nameParts = new ArrayList<>();
  private int names;

  void cpr(String cpr) {
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
  void wholeName(String name) {
    names++;
    nameParts.add(Pattern.compile(Pattern.quote(normalise(name).toLowerCase(Locale.ROOT))));
  }

  /** A name whose every part is to be found, inflected or not. */
  void name(String name) {
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

  int cprCount() {
    return cprDigits.size();
  }

  int nameCount() {
    return names;
  }

  /** Adds a line to {@code leaks} for every secret in {@code text}; never the secret itself. */
  void scan(String where, String text, List<String> leaks) {
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
