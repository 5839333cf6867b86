package dk.socialbench.ingest;

import dk.socialbench.delivery.CprLike;
import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of a citizen's name, found in other text as whole words, in any case, also inflected:
 * {@code Hansen} matches {@code HANSEN}, {@code Hansens}, {@code Hansen's}, {@code Hansen’s},
 * {@code Hansenes}; {@code Jens} matches {@code Jens'}. Parts of two letters ({@code Bo}, {@code
 * Ib}) count; single letters (initials) do not. Part of a longer word ({@code Hansensvej}) is no
 * match.
 *
 * <p>Example: {@code NameParts.of("Bo Hansen").redact("Bos mor og Hansens bror", "[fjernet]")} is
 * {@code "[fjernet] mor og [fjernet] bror"}.
 */
final class NameParts {
  private static final int MIN_PART = 2;
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** Danish genitive and plural endings, and the English-style possessive. */
  static final Set<String> ENDINGS =
      Set.of("", "s", "'s", "'", "e", "es", "en", "ens", "er", "ers", "ne", "nes", "erne", "ernes");

  static final NameParts NONE = new NameParts(Set.of());

  private final Set<String> parts;

  private NameParts(Set<String> parts) {
    this.parts = parts;
  }

  /** The parts of a name cell (split at anything that is not a letter). */
  static NameParts of(String name) {
    if (name == null || name.isBlank()) {
      return NONE;
    }
    Set<String> parts = new LinkedHashSet<>();
    for (String part : NOT_LETTERS.split(lower(CprLike.normalise(name)))) {
      if (part.length() >= MIN_PART) {
        parts.add(fold(part));
      }
    }
    return parts.isEmpty() ? NONE : new NameParts(Set.copyOf(parts));
  }

  /** Name parts already split and lower-cased by {@link #partsIn}. */
  static NameParts ofParts(Collection<String> parts) {
    return parts.isEmpty() ? NONE : new NameParts(Set.copyOf(parts));
  }

  boolean isEmpty() {
    return parts.isEmpty();
  }

  boolean foundIn(String text) {
    return !partsIn(text).isEmpty();
  }

  /** The parts that occur in {@code text}. */
  Set<String> partsIn(String text) {
    Set<String> found = new LinkedHashSet<>();
    rewrite(text, null, found);
    return found;
  }

  /** {@code text} with every word that is a name part replaced; the same instance if none is. */
  String redact(String text, String replacement) {
    return rewrite(text, replacement, new LinkedHashSet<>());
  }

  /**
   * Finds the name parts of {@code text} (into {@code found}) and, given a replacement, returns the
   * text with them replaced; returns {@code text} itself when it holds none.
   */
  private String rewrite(String text, String replacement, Set<String> found) {
    if (text == null || parts.isEmpty()) {
      return text;
    }
    String s = CprLike.normalise(text);
    StringBuilder out = replacement == null ? null : new StringBuilder(s.length());
    int at = 0;
    int i = 0;
    while (i < s.length()) {
      int end = wordEnd(s, i);
      if (end == i) {
        i++;
        continue;
      }
      String part = part(s.substring(i, end));
      if (part != null) {
        found.add(part);
        if (out != null) {
          out.append(s, at, i).append(replacement);
          at = end;
        }
      }
      i = end;
    }
    return out == null || found.isEmpty() ? text : out.append(s.substring(at)).toString();
  }

  /** The end of the word starting at {@code i}: letters, then an apostrophe and letters. */
  static int wordEnd(String s, int i) {
    int end = i;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    if (end > i && end < s.length() && isApostrophe(s.charAt(end))) {
      end++;
      while (end < s.length() && Character.isLetter(s.charAt(end))) {
        end++;
      }
    }
    return end;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u00B4' || c == '`';
  }

  /** The name part that {@code word} is, possibly inflected; null if none. */
  private String part(String word) {
    String w = fold(lower(word).replace('\u2019', '\'').replace('\u00B4', '\'').replace('`', '\''));
    for (String p : parts) {
      if (w.startsWith(p)) {
        String rest = w.substring(p.length());
        if (ENDINGS.contains(rest) || startsWithPart(rest)) {
          return p;
        }
      }
    }
    return null;
  }

  /** Whether {@code rest} is another name part, inflected: parts written together (BoHansen). */
  private boolean startsWithPart(String rest) {
    for (String q : parts) {
      if (rest.startsWith(q) && ENDINGS.contains(rest.substring(q.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The spelling a Danish name keeps however it is typed: {@code æ} as {@code ae}, {@code ø} as
   * {@code oe}, {@code å} as {@code aa} (Lykkegård is Lykkegaard), other accents dropped.
   */
  static String fold(String lower) {
    boolean plain = true;
    for (int i = 0; i < lower.length() && plain; i++) {
      plain = lower.charAt(i) < 0x80;
    }
    if (plain) {
      return lower;
    }
    String danish =
        lower
            .replace("æ", "ae")
            .replace("ä", "ae")
            .replace("ø", "oe")
            .replace("ö", "oe")
            .replace("å", "aa");
    return ACCENTS.matcher(Normalizer.normalize(danish, Normalizer.Form.NFD)).replaceAll("");
  }

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
