package dk.socialbench.ingest;

import dk.socialbench.delivery.CprLike;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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

  /**
   * Each part with every ending of {@link #ENDINGS} appended, in the parts' order: {@link
   * #tailPart} runs for words next to a name-like word, and built them anew for each.
   */
  private final String[][] inflected;

  private NameParts(Set<String> parts) {
    this.parts = parts;
    this.inflected = new String[parts.size()][];
    int i = 0;
    for (String p : parts) {
      inflected[i++] = ENDINGS.stream().map(ending -> p + ending).toArray(String[]::new);
    }
  }

  /** The parts of a name cell (split at anything that is not a letter). */
  static NameParts of(String name) {
    if (name == null || name.isBlank()) {
      return NONE;
    }
    Set<String> parts = new LinkedHashSet<>();
    for (String part : NOT_LETTERS.split(lower(CprLike.normalise(name)))) {
      if (part.length() >= MIN_PART) {
        parts.addAll(spellings(part));
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
   * text with them replaced; returns {@code text} itself when it holds none. A word is replaced
   * when it is a part ({@link #part}), holds two parts written together anywhere ({@code
   * hosBoHansen}, {@code BoHansensvej}), or ends with a part and stands next to a word that starts
   * with one, or the other way round ({@code hosBo Hansen}, {@code Bo Hansensvej}): a word glued
   * before or after the name does not hide it.
   */
  private String rewrite(String text, String replacement, Set<String> found) {
    if (text == null || parts.isEmpty()) {
      return text;
    }
    String s = CprLike.normalise(text);
    List<int[]> words = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      int end = wordEnd(s, i);
      if (end == i) {
        i++;
      } else {
        words.add(new int[] {i, end});
        i = end;
      }
    }
    String[] folded = new String[words.size()];
    for (int w = 0; w < folded.length; w++) {
      folded[w] = folded(s.substring(words.get(w)[0], words.get(w)[1]));
    }
    StringBuilder out = replacement == null ? null : new StringBuilder(s.length());
    int at = 0;
    for (int w = 0; w < folded.length; w++) {
      // Every way below of finding a part in a word needs the word to hold one; most words do not.
      if (!holdsPart(folded[w])) {
        continue;
      }
      String part = part(folded[w]);
      if (part == null) {
        part = joinedInside(folded[w]);
      }
      if (part == null && w + 1 < folded.length && adjacent(s, words.get(w), words.get(w + 1))) {
        String tail = tailPart(folded[w]);
        part = tail != null && headPart(folded[w + 1], tail) != null ? tail : null;
      }
      if (part == null && w > 0 && adjacent(s, words.get(w - 1), words.get(w))) {
        String tail = tailPart(folded[w - 1]);
        part = tail == null ? null : headPart(folded[w], tail);
      }
      if (part != null) {
        found.add(part);
        if (out != null) {
          out.append(s, at, words.get(w)[0]).append(replacement);
          at = words.get(w)[1];
        }
      }
    }
    return out == null || found.isEmpty() ? text : out.append(s.substring(at)).toString();
  }

  /** Whether only white space, a hyphen or a comma stands between two words (as NamePairs). */
  private static boolean adjacent(String s, int[] a, int[] b) {
    for (int i = a[1]; i < b[0]; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != ',') {
        return false;
      }
    }
    return b[0] - a[1] <= 3;
  }

  /** Whether the folded word holds a part anywhere in it. */
  private boolean holdsPart(String w) {
    for (String p : parts) {
      if (w.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** A part the folded word ends with, possibly inflected ({@code hosbo}, {@code hosbos}). */
  private String tailPart(String w) {
    int i = 0;
    for (String p : parts) {
      for (String withEnding : inflected[i]) {
        if (w.endsWith(withEnding)) {
          return p;
        }
      }
      i++;
    }
    return null;
  }

  /**
   * A part other than {@code other} that the folded word starts with, anything glued after it
   * ({@code hansensvej}); two parts of a name are two different parts.
   */
  private String headPart(String w, String other) {
    for (String p : parts) {
      if (!p.equals(other) && w.startsWith(p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * A part written together with another one at the word's start, anything after them ({@code
   * bohansensvej}), or ending the word, possibly inflected, anything before them ({@code
   * hosbohansens}); not both: a name inside a longer word is a place ({@code kalundborg}).
   */
  private String joinedInside(String w) {
    for (String p : parts) {
      if (w.startsWith(p) && headPart(w.substring(p.length()), p) != null) {
        return p;
      }
      for (int i = w.indexOf(p, 1); i >= 0; i = w.indexOf(p, i + 1)) {
        String rest = w.substring(i + p.length());
        String q = headPart(rest, p);
        if (q != null && ENDINGS.contains(rest.substring(q.length()))) {
          return p;
        }
      }
    }
    return null;
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

  private static String folded(String word) {
    return fold(lower(word).replace('\u2019', '\'').replace('\u00B4', '\'').replace('`', '\''));
  }

  /** The name part that the folded word is, possibly inflected; null if none. */
  private String part(String w) {
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
   * The spelling a Danish name keeps however it is typed: {@code æ} as {@code ae} or {@code e},
   * {@code ø} as {@code oe} or {@code o}, {@code å} as {@code aa} or {@code a} (Lykkegård is
   * Lykkegaard and Lykkegard, Nørgaard is Norgaard: a keyboard or system without the Danish letters
   * writes them so), other accents dropped. The fold is {@code e}, {@code o}, {@code a}: names that
   * differ only there ({@code Michael}, {@code Michel}) are one name here, on the safe side.
   */
  static String fold(String lower) {
    boolean plain = true;
    for (int i = 0; i < lower.length() && plain; i++) {
      plain = lower.charAt(i) < 0x80;
    }
    if (plain) {
      return plainVowels(lower);
    }
    String danish =
        lower
            .replace("æ", "ae")
            .replace("ä", "ae")
            .replace("ø", "oe")
            .replace("ö", "oe")
            .replace("å", "aa");
    return plainVowels(
        ACCENTS.matcher(Normalizer.normalize(danish, Normalizer.Form.NFD)).replaceAll(""));
  }

  /**
   * A lower-case part folded, and folded with {@code æ} typed as {@code a} too when it has one
   * ({@code Kjærsgaard} is also {@code Kjarsgaard}; {@link #fold} takes it as {@code e}).
   */
  static List<String> spellings(String lowerPart) {
    String folded = fold(lowerPart);
    return lowerPart.indexOf('æ') < 0
        ? List.of(folded)
        : List.of(folded, fold(lowerPart.replace('æ', 'a')));
  }

  private static String plainVowels(String s) {
    if (s.indexOf("aa") < 0 && s.indexOf("ae") < 0 && s.indexOf("oe") < 0) {
      return s;
    }
    return s.replace("aa", "a").replace("ae", "e").replace("oe", "o");
  }

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
