package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
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
 * NameParts} folds ({@code Noergaard}, {@code NØRGAARD}) and the words possibly inflected ({@code
 * Nørgaards}). A pair, not a single part: one part alone ({@code Bo}, {@code Lund}) is too often a
 * plain word or another person.
 *
 * <p>The pairs are kept only as keyed hashes (HMAC-SHA256 under the pseudonymisation key, 64 bits
 * per part): every citizen's pairs are gathered across Spark tasks, and Spark may keep them on its
 * local disk. Not thread-safe (it holds a {@link Mac}); one per task.
 *
 * <p>Example: with the pairs of {@code "Sigrid Nørgaard"} known, {@code redact("flyttet sammen med
 * Sigrid Nørgaards søster", known, "[fjernet]")} is {@code "flyttet sammen med [fjernet] søster"}.
 */
final class NamePairs {
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final int MIN_PART = 2;

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

  /** The keyed pairs of a name cell's parts (two letters or more); empty for one part or none. */
  long[] of(String name) {
    if (name == null) {
      return new long[0];
    }
    List<Long> parts = new ArrayList<>();
    for (String part : NOT_LETTERS.split(lower(CprLike.normalise(name)))) {
      if (part.length() >= MIN_PART) {
        parts.add(hash(NameParts.fold(part)));
      }
    }
    List<Long> pairs = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      for (int j = i + 1; j < parts.size(); j++) {
        pairs.add(pair(parts.get(i), parts.get(j)));
      }
    }
    return pairs.stream().mapToLong(Long::longValue).distinct().toArray();
  }

  /**
   * {@code text} with every two adjacent words that are a known pair replaced (both words, one
   * replacement); the same instance when none is.
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
    for (int w = 0; w + 1 < words.size(); w++) {
      int[] a = words.get(w);
      int[] b = words.get(w + 1);
      if (!adjacent(s, a[1], b[0]) || !knownPair(s, a, b, known)) {
        continue;
      }
      out = out == null ? new StringBuilder(s.length()) : out;
      out.append(s, at, a[0]).append(replacement);
      w++; // the pair's second word is gone with it
      // A third part goes too (Xenia Ulfkjær-Wibroe): every two parts of a name are a pair.
      while (w + 1 < words.size()
          && adjacent(s, words.get(w)[1], words.get(w + 1)[0])
          && knownPair(s, words.get(w), words.get(w + 1), known)) {
        w++;
      }
      at = words.get(w)[1];
    }
    return out == null ? text : out.append(s.substring(at)).toString();
  }

  private boolean knownPair(String s, int[] a, int[] b, long[] known) {
    for (String first : stems(s.substring(a[0], a[1]))) {
      long h = hash(first);
      for (String second : stems(s.substring(b[0], b[1]))) {
        if (Arrays.binarySearch(known, pair(h, hash(second))) >= 0) {
          return true;
        }
      }
    }
    return false;
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

  /** Whether only white space, a hyphen or a comma stands between two words. */
  private static boolean adjacent(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '-' && c != ',') {
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
   * keep (the quarantine's); the same Dataset when no citizen has a name of two parts.
   */
  static Dataset<Row> redact(Dataset<Row> rows, PseudonymKey key, long[] known) {
    if (known.length == 0) {
      return rows;
    }
    UserDefinedFunction redact = udf(new Redaction(key, known), DataTypes.StringType);
    Dataset<Row> out = rows;
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

  /** The redaction as Spark calls it: one {@link NamePairs} per task, made where it runs. */
  private static final class Redaction implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;
    private final PseudonymKey key;
    private final long[] known;
    private transient NamePairs pairs;

    Redaction(PseudonymKey key, long[] known) {
      this.key = key;
      this.known = known;
    }

    @Override
    public String call(String text) {
      if (text == null) {
        return null;
      }
      if (pairs == null) {
        pairs = new NamePairs(key);
      }
      return pairs.redact(text, known, FreeText.REDACTED);
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
