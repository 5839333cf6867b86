package dk.socialbench.ingest;

import dk.socialbench.delivery.Cpr;
import java.util.regex.Pattern;

/**
 * Keeps the citizen's name and CPR number out of free-text cells (closing reason, provider,
 * concurrent service): caseworkers sometimes type them there. Anything that looks like a CPR
 * number, and each part of the row's own name, is replaced by a marker and counted.
 */
final class FreeText {
  static final String REDACTED = "[fjernet]";
  private static final int MIN_NAME_PART = 3;

  private final Pattern namePattern;
  private int redactions;

  FreeText(String name) {
    this.namePattern = namePattern(name);
  }

  private static Pattern namePattern(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    StringBuilder alternatives = new StringBuilder();
    for (String part : name.strip().split("[\\s,]+")) {
      if (part.length() >= MIN_NAME_PART) {
        alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(part));
      }
    }
    if (alternatives.length() == 0) {
      return null;
    }
    return Pattern.compile(
        "(?<![\\p{L}])(" + alternatives + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  String clean(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    if (Cpr.containsCprLike(out)) {
      out = out.replaceAll("(?<!\\d)\\d{6}[- ]?\\d{4}(?!\\d)", REDACTED);
      redactions++;
    }
    if (namePattern != null && namePattern.matcher(out).find()) {
      out = namePattern.matcher(out).replaceAll(REDACTED);
      redactions++;
    }
    return out;
  }

  int redactions() {
    return redactions;
  }
}
