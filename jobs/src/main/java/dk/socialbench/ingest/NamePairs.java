package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.udf;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.delivery.CprLike;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Finds the name of any citizen of a delivery in text, not only the row's own: a closing reason
 * that names a relative or another citizen ({@code "flyttet sammen med Sigrid Nørgaard"}). A
 * citizen's name is known by the pairs of its parts (first and last, and every other two of them,
 * either order), and text matches when two adjacent words are such a pair, each folded as {@link
 * NameParts} folds ({@code Noergaard}, {@code Norgaard}, {@code NØRGAARD}) and the words possibly
 * inflected ({@code Nørgaards}); an initial stands for a part ({@code S. Nørgaard}), and one or two
 * middle names may stand between two parts ({@code Sigrid Marie Nørgaard}). A pair, not a single
 * part: one part alone ({@code Bo}, {@code Lund}) is too often a plain word or another person.
 *
 * <p>The pairs (and the parts, to look inside words quickly) are kept only as keyed hashes
 * (HMAC-SHA256 under the pseudonymisation key, 64 bits per part): every citizen's pairs are
 * gathered across Spark tasks, and Spark may keep them on its local disk. Not thread-safe (it holds
 * a {@link Mac}); one per task.
 *
 * <p>Example: with the pairs of {@code "Sigrid Nørgaard"} known, {@code redact("flyttet sammen med
 * Sigrid Nørgaards søster", known, "[fjernet]")} is {@code "flyttet sammen med [fjernet] søster"}.
 */
final class NamePairs {
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final int MIN_PART = 2;

  /** The longest name part looked for inside a word, folded (ø is oe): bounds a word's work. */
  private static final int MAX_PART = 32;

  /** Word → keyed hash; the words of free text repeat, and a hash costs more than a look-up. */
  private static final int CACHE_LIMIT = 100_000;

  private final Mac mac;
  private final Map<String, Long> hashes = new HashMap<>();

  NamePairs(PseudonymKey key) {
    try {
      this.mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /**
   * The keyed pairs of a name cell's parts (two letters or more), and each part's own key; empty
   * for one part or none. A part's key is only ever a first look inside a word (does it start with
   * a part?), never a match alone: the pairs decide. Pairs and parts share one sorted array; a
   * pair's key (a sum of two 64-bit keys) and a part's key meet by chance once in 2^64.
   */
  long[] of(String name) {
    if (name == null) {
      return new long[0];
    }
    // Each part's spellings (Kjærsgaard and Kjarsgaard), their keys and their initials' keys. In
    // loops, not streams: this runs for every case's name (docs/benchmarks.md 1.52).
    List<long[]> parts = new ArrayList<>();
    List<long[]> initials = new ArrayList<>();
    for (String part : NOT_LETTERS.split(lower(CprLike.normalise(name)))) {
      if (part.length() < MIN_PART) {
        continue;
      }
      List<String> spellings = new ArrayList<>(2);
      for (String p : NameParts.spellings(part)) {
        if (p.length() >= MIN_PART) {
          spellings.add(p);
        }
      }
      if (!spellings.isEmpty()) {
        long[] keys = new long[spellings.size()];
        long[] firsts = new long[spellings.size()];
        for (int k = 0; k < keys.length; k++) {
          keys[k] = hash(spellings.get(k));
        }
        for (int k = 0; k < keys.length; k++) {
          firsts[k] = hash(spellings.get(k).substring(0, 1));
        }
        parts.add(keys);
        initials.add(firsts);
      }
    }
    Keys pairs = new Keys();
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        for (long a : parts.get(i)) {
          for (long b : parts.get(j)) {
            pairs.add(pair(a, b));
          }
          // An initial for either part (S. Nørgaard, Nørgaard, S., Sigrid N.).
          for (long b : initials.get(j)) {
            pairs.add(pair(a, b));
          }
        }
        for (long a : initials.get(i)) {
          for (long b : parts.get(j)) {
            pairs.add(pair(a, b));
          }
        }
      }
    }
    if (!pairs.isEmpty()) {
      parts.forEach(pairs::addAll);
      initials.forEach(pairs::addAll);
    }
    return pairs.toArray();
  }

  /** Distinct keys in the order first added (a name's few dozen: a scan beats a hash set). */
  private static final class Keys {
    private long[] keys = new long[16];
    private int size;

    void add(long key) {
      for (int i = 0; i < size; i++) {
        if (keys[i] == key) {
          return;
        }
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = key;
    }

    void addAll(long[] more) {
      for (long key : more) {
        add(key);
      }
    }

    boolean isEmpty() {
      return size == 0;
    }

    long[] toArray() {
      return Arrays.copyOf(keys, size);
    }
  }

  /**
   * {@code text} with every name of a known pair replaced (its words whole, one replacement); the
   * same instance when none is. A name is two adjacent words that are a pair (the second may carry
   * an inflection or a word glued after it: {@code Nørgaards}, {@code Nørgaardsvej}), or one word
   * that starts with two parts written together ({@code SigridNørgaard}, {@code sigridnoergaards});
   * a third part adjacent goes with it.
   *
   * @param known every known pair, sorted
   */
  String redact(String text, long[] known, String replacement) {
    if (text == null || known.length == 0) {
      return text;
    }
    String s = CprLike.normalise(text);
    List<int[]> words = words(s);
    StringBuilder out = null;
    int at = 0;
    for (int w = 0; w < words.size(); w++) {
      int last = nameEnd(s, words, w, known);
      if (last < 0) {
        continue;
      }
      out = out == null ? new StringBuilder(s.length()) : out;
      out.append(s, at, words.get(w)[0]).append(replacement);
      at = words.get(last)[1];
      w = last;
    }
    return out == null ? text : out.append(s.substring(at)).toString();
  }

  /**
   * Whether {@code text} holds a name of a known pair as {@link #redact} finds it (a case id that
   * names another citizen is pseudonymised).
   */
  boolean mentions(String text, long[] known) {
    if (text == null || known.length == 0) {
      return false;
    }
    String s = CprLike.normalise(text);
    List<int[]> words = words(s);
    for (int w = 0; w < words.size(); w++) {
      if (nameEnd(s, words, w, known) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the last word of a name starting at word {@code w}; -1 if none starts there. The
   * two words of a pair may have one or two middle names or initials between them ({@code Sigrid
   * Marie Nørgaard}, {@code Sigrid M. Nørgaard}), each capitalised or an initial with its dot: a
   * lower-case word between is a sentence ({@code Sigrid og Nørgaard}), not a name.
   */
  private int nameEnd(String s, List<int[]> words, int w, long[] known) {
    int last = -1;
    if (word(s, words, w, known).joined()) {
      last = w;
    } else {
      for (int m = 0; m <= MAX_MIDDLE && last < 0 && w + m + 1 < words.size(); m++) {
        if (m > 0 && !middle(s, words.get(w), words.get(w + m))) {
          break;
        }
        // Across middle names both words are whole parts (inflected), nothing glued on: else a
        // place and a word that starts with a part take a capitalised word between them for a
        // middle name (Albertslund Kommune, Bostøtten: Lund, Bo).
        Word a = word(s, words, w, known);
        Word b = word(s, words, w + m + 1, known);
        if (adjacent(s, words.get(w + m)[1], words.get(w + m + 1)[0])
            && (m == 0 ? pair(a, b, known) : wholePair(a, b, known))) {
          last = w + m + 1;
        } else if (!adjacent(s, words.get(w + m)[1], words.get(w + m + 1)[0])) {
          break;
        }
      }
      if (last < 0) {
        return -1;
      }
    }
    // A third part goes too (Xenia Ulfkjær-Wibroe): every two parts of a name are a pair.
    while (last + 1 < words.size()
        && adjacent(s, words.get(last)[1], words.get(last + 1)[0])
        && pair(word(s, words, last, known), word(s, words, last + 1, known), known)) {
      last++;
    }
    return last;
  }

  /** At most this many middle names or initials between a pair's two words. */
  private static final int MAX_MIDDLE = 2;

  /**
   * A middle name or initial: a word of two letters or more that starts with a capital, or a letter
   * and a dot ({@code M.}), or a capital letter after a capitalised first word ({@code Sigrid M
   * Nørgaard}; after a lower-case one it is a sentence's {@code I}: {@code bo I Lund}).
   */
  private static boolean middle(String s, int[] first, int[] at) {
    boolean capital = Character.isUpperCase(s.charAt(at[0]));
    return at[1] - at[0] > 1
        ? capital
        : at[1] < s.length() && s.charAt(at[1]) == '.'
            || capital && Character.isUpperCase(s.charAt(first[0]));
  }

  /**
   * Whether a word of one letter is an initial: a capital ({@code S Nørgaard}) or followed by a dot
   * ({@code s.noergaard@mail.dk}); a lower-case letter alone is a word ({@code i}, {@code å}).
   */
  private static boolean initial(String s, int[] at) {
    return at[1] - at[0] == 1
        && (Character.isUpperCase(s.charAt(at[0])) || at[1] < s.length() && s.charAt(at[1]) == '.');
  }

  private static final Word NONE = new Word(new long[0], new long[0], new long[0], false);

  /** The word at index {@code i}; a single letter counts only as an initial. */
  private Word word(String s, List<int[]> words, int i, long[] known) {
    int[] at = words.get(i);
    return at[1] - at[0] == 1 && !initial(s, at) ? NONE : word(s, at, known);
  }

  /** Whether a stem of {@code a} and a stem of {@code b}, each a whole part, are a known pair. */
  private static boolean wholePair(Word a, Word b, long[] known) {
    return anyPair(a.wholes(), b.wholes(), known);
  }

  /** Whether a stem or tail of {@code a} and the start of {@code b} are a known pair. */
  private static boolean pair(Word a, Word b, long[] known) {
    return anyPair(a.firsts(), b.seconds(), known);
  }

  private static boolean anyPair(long[] firsts, long[] seconds, long[] known) {
    for (long first : firsts) {
      for (long second : seconds) {
        if (Arrays.binarySearch(known, pair(first, second)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * What the matcher needs of a word, worked out once per distinct word (free text repeats its
   * words): the keys that are known parts among its stems and tails (a first part, whole, inflected
   * or with a word glued before it: {@code hosSigrid}) and among its starts of two letters or more
   * (a second part, with anything glued after it: {@code Nørgaardsvej}), those among its stems
   * alone (a whole part, inflected: either side of a middle name), and whether it holds two parts
   * written together, anywhere in it.
   */
  private record Word(long[] firsts, long[] seconds, long[] wholes, boolean joined) {}

  /** Word as written → what the matcher needs of it, under the pairs {@link #cachedFor}. */
  private final Map<String, Word> seen = new HashMap<>();

  private long[] cachedFor;

  private Word word(String s, int[] at, long[] known) {
    if (known != cachedFor || seen.size() >= CACHE_LIMIT) {
      seen.clear();
      cachedFor = known;
    }
    String raw = s.substring(at[0], at[1]);
    Word word = seen.get(raw);
    if (word == null) {
      word = word(raw, known);
      seen.put(raw, word);
    }
    return word;
  }

  private Word word(String raw, long[] known) {
    List<String> stems = stems(raw);
    LongList firsts = new LongList();
    LongList wholes = new LongList();
    for (String stem : stems) {
      firsts.addIfPart(hash(stem), known);
      wholes.addIfPart(hash(stem), known);
      for (int from = Math.max(1, stem.length() - MAX_PART);
          from + MIN_PART <= stem.length();
          from++) {
        firsts.addIfPart(hash(stem.substring(from)), known);
      }
    }
    String w = stems.get(0);
    int n = w.length();
    if (n == 1) {
      // An initial: its letter's key is a first or a second part (S. Nørgaard, Nørgaard, S.).
      return new Word(firsts.toArray(), firsts.toArray(), firsts.toArray(), false);
    }
    LongList seconds = new LongList();
    for (int k = MIN_PART; k <= Math.min(n, MAX_PART); k++) {
      seconds.addIfPart(hash(w.substring(0, k)), known);
    }
    // Two parts written together at the word's start, anything after them (SigridNørgaardsvej),
    // or ending the word, possibly inflected, anything before them (hosSigridNørgaard); not both:
    // a name inside a longer word is a place (Kalundborg holds Lund and Bo). Every split point
    // whose first half is a part, each half at most MAX_PART letters, so a word's work is bounded
    // (at most MAX_PART keys per letter) and the text's linear in its length.
    List<Integer> ends = new ArrayList<>();
    for (String ending : NameParts.ENDINGS) {
      if (w.endsWith(ending)) {
        ends.add(n - ending.length());
      }
    }
    boolean joined = false;
    for (int i = 0; i + 2 * MIN_PART <= n && !joined; i++) {
      for (int j = i + MIN_PART; j + MIN_PART <= n && j - i <= MAX_PART && !joined; j++) {
        long first = hash(w.substring(i, j));
        if (Arrays.binarySearch(known, first) < 0) {
          continue;
        }
        if (i == 0) {
          for (int k = j + MIN_PART; k <= Math.min(n, j + MAX_PART) && !joined; k++) {
            joined = Arrays.binarySearch(known, pair(first, hash(w.substring(j, k)))) >= 0;
          }
        } else {
          for (int k : ends) {
            joined |=
                k - j >= MIN_PART
                    && k - j <= MAX_PART
                    && Arrays.binarySearch(known, pair(first, hash(w.substring(j, k)))) >= 0;
          }
        }
      }
    }
    return new Word(firsts.toArray(), seconds.toArray(), wholes.toArray(), joined);
  }

  /** The keys of a word that are known parts (few: most words hold none). */
  private static final class LongList {
    private long[] keys = new long[0];

    void addIfPart(long key, long[] known) {
      if (Arrays.binarySearch(known, key) >= 0) {
        keys = Arrays.copyOf(keys, keys.length + 1);
        keys[keys.length - 1] = key;
      }
    }

    long[] toArray() {
      return keys;
    }
  }

  /** The word folded, and with each Danish inflection ending it may carry removed. */
  private static List<String> stems(String word) {
    String w = NameParts.fold(lower(word).replace('\u2019', '\'').replace('`', '\''));
    List<String> stems = new ArrayList<>(3);
    stems.add(w);
    for (String ending : NameParts.ENDINGS) {
      if (!ending.isEmpty() && w.length() - ending.length() >= MIN_PART && w.endsWith(ending)) {
        stems.add(w.substring(0, w.length() - ending.length()));
      }
    }
    return stems;
  }

  /** Words: letters, possibly with an apostrophe and more letters (as {@link NameParts} reads). */
  private static List<int[]> words(String s) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int end = NameParts.wordEnd(s, i);
      if (end == i) {
        i++;
      } else {
        words.add(new int[] {i, end});
        i = end;
      }
    }
    return words;
  }

  /**
   * Whether only white space, a hyphen, a comma, a dot or an underscore stands between two words (a
   * dot after an initial, {@code sigrid.noergaard@mail.dk}, {@code sigrid_nørgaard}).
   */
  private static boolean adjacent(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != ',' && c != '.' && c != '_') {
        return false;
      }
    }
    return to - from <= 3;
  }

  /** Either order: {@code Nørgaard, Sigrid} is the same pair. */
  private static long pair(long a, long b) {
    return a + b;
  }

  /**
   * Every citizen's pairs, sorted, from the per-file summaries' {@code name_pairs} (each file's
   * distinct pairs).
   */
  static long[] known(List<Row> perFile) {
    return perFile.stream()
        .flatMap(f -> f.<Long>getList(f.fieldIndex(ParsedRows.NAME_PAIRS)).stream())
        .mapToLong(Long::longValue)
        .distinct()
        .sorted()
        .toArray();
  }

  /**
   * {@code rows} with every known pair replaced in the free-text columns and in the values errors
   * keep (the quarantine's), and a case id that names another citizen pseudonymised as one holding
   * a CPR number is ({@link Pseudonymiser#pseudonym}: the case's rows keep one id, the row is
   * kept); the same Dataset when no citizen has a name of two parts.
   *
   * @param known every known pair, sorted ({@link #known}), as a broadcast variable: the array has
   *     an entry per citizen and name pair (millions at 10⁷), and a closure would carry it in the
   *     serialized plan of every stage that redacts, deserialized again by every task
   */
  static Dataset<Row> redact(Dataset<Row> rows, PseudonymKey key, Broadcast<long[]> known) {
    if (known.value().length == 0) {
      return rows;
    }
    UserDefinedFunction redact = udf(new Redaction(key, known, false), DataTypes.StringType);
    Dataset<Row> out =
        rows.withColumn(
            "case_id",
            udf(new Redaction(key, known, true), DataTypes.StringType).apply(col("case_id")));
    for (DeliveryColumn c : FreeText.COLUMNS) {
      out = out.withColumn(c.code(), redact.apply(col(c.code())));
    }
    return out.withColumn(
        "errors",
        transform(
            col("errors"),
            e ->
                struct(
                    e.getField("column").as("column"),
                    e.getField("rule").as("rule"),
                    redact.apply(e.getField("value")).as("value"),
                    e.getField("reason").as("reason"))));
  }

  /**
   * Each file's free-text cells in {@code accepted} that name a known pair (as {@link #redact}
   * would clean them), by {@code source_file}; files without any are left out. For the manifest's
   * count of cells cleaned: the pairs are known only once every file is read, so this is a job of
   * its own, over the cached rows.
   */
  static Map<String, Long> cellsNamingOthers(
      Dataset<Row> accepted, PseudonymKey key, Broadcast<long[]> known) {
    if (known.value().length == 0) {
      return Map.of();
    }
    UDF1<String, Integer> oneCell =
        new UDF1<>() {
          private static final long serialVersionUID = 1L;
          private transient NamePairs pairs;

          private transient TextMemo<Boolean> found;

          @Override
          public Integer call(String text) {
            if (pairs == null) {
              pairs = new NamePairs(key);
              found = new TextMemo<>(TEXTS);
            }
            return found.get(text, t -> pairs.mentions(t, known.value())) ? 1 : 0;
          }
        };
    UserDefinedFunction mentions = udf(oneCell, DataTypes.IntegerType);
    Column cells = lit(0);
    for (DeliveryColumn c : FreeText.COLUMNS) {
      cells = cells.plus(mentions.apply(col(c.code())));
    }
    Map<String, Long> byFile = new HashMap<>();
    for (Row r :
        accepted
            .select(col("source_file"), cells.as("cells"))
            .filter(col("cells").gt(0))
            .groupBy("source_file")
            .agg(sum("cells"))
            .collectAsList()) {
      byFile.put(r.getString(0), r.getLong(1));
    }
    return byFile;
  }

  /**
   * The texts a task's redaction remembers ({@link TextMemo}): free text repeats (closing reasons,
   * providers: a few hundred texts in a municipality's 10⁵ rows) and a case's rows repeat its case
   * id, while each match normalises the text and looks up each of its words (about 5 % of ingest's
   * task CPU at 10⁶, paid twice: the redaction and the count of cells naming others;
   * docs/benchmarks.md 1.62). Exact: the known pairs are fixed for the task's whole life.
   */
  private static final int TEXTS = 1 << 12;

  /**
   * The redaction as Spark calls it (of a case id: its pseudonym when it names a citizen): one
   * {@link NamePairs} per task, made where it runs; the known pairs read from the broadcast once
   * per executor.
   */
  private static final class Redaction implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;
    private final PseudonymKey key;
    private final Broadcast<long[]> known;
    private final boolean caseId;
    private transient NamePairs pairs;
    private transient Pseudonymiser pseudonymiser;
    private transient TextMemo<String> redacted;

    Redaction(PseudonymKey key, Broadcast<long[]> known, boolean caseId) {
      this.key = key;
      this.known = known;
      this.caseId = caseId;
    }

    @Override
    public String call(String text) {
      if (text == null) {
        return null;
      }
      if (pairs == null) {
        pairs = new NamePairs(key);
        redacted = new TextMemo<>(TEXTS);
      }
      return redacted.get(text, this::redacted);
    }

    private String redacted(String text) {
      if (!caseId) {
        return pairs.redact(text, known.value(), FreeText.REDACTED);
      }
      if (!pairs.mentions(text, known.value())) {
        return text;
      }
      if (pseudonymiser == null) {
        pseudonymiser = new Pseudonymiser(key);
      }
      return pseudonymiser.pseudonym(text);
    }
  }

  private long hash(String part) {
    Long h = hashes.get(part);
    if (h == null) {
      if (hashes.size() >= CACHE_LIMIT) {
        hashes.clear();
      }
      byte[] digest = mac.doFinal(("name:" + part).getBytes(StandardCharsets.UTF_8));
      h = ByteBuffer.wrap(digest, 0, 8).getLong();
      hashes.put(part, h);
    }
    return h;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
