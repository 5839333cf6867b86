package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.conv;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.shiftrightunsigned;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.sum_distinct;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.spark.sql.Column;

/**
 * The cell-key method's keys as Spark columns. Each person gets a record key, a number in [0, 2^32)
 * taken from a hash of the person key (itself a keyed HMAC of the CPR number, so nobody without the
 * pseudonymisation key can compute it); a cell's key is the sum of its distinct persons' record
 * keys modulo 2^32. Integer arithmetic, so the key does not depend on the order Spark adds the
 * persons in, and the same persons give the same key in every table and every run.
 */
public final class CellKeys {
  /** Prefixed to the person key before hashing: the record key is not a slice of the pseudonym. */
  static final String DOMAIN = "socialbench cell key:";

  /** Cell keys lie in [0, 2^32). */
  public static final long KEYS = 1L << 32;

  private CellKeys() {}

  /** A person's record key from the {@code person_key} column: the hash's first 32 bits. */
  public static Column recordKey(Column personKey) {
    return recordKey(DOMAIN, personKey);
  }

  /**
   * A record key in [0, 2^32): the first 32 bits of SHA-256 of {@code domain + text}. The domain
   * keeps the keys of different kinds of record (persons, registrations) from being slices of each
   * other.
   */
  static Column recordKey(String domain, Column text) {
    return recordKeyOfHash(sha2(concat(lit(domain), text), 256));
  }

  /**
   * The 64 bits of a person's {@link #personNumber} as a LONG (its high bit as the sign): what
   * identifies a person among the units counted, one number per person, cheaper to group by than
   * the DECIMAL. The low 32 bits are the record key (the hash's first eight hex digits), the high
   * 32 bits the next eight. From the domain-separated hash of the person key in {@code personHash}
   * (a column holding {@code sha2(DOMAIN || person_key, 256)}). The first sixteen hex digits are
   * read once, as a signed LONG (a negative base gives {@code conv} a sign), and their halves
   * swapped: three substrings (each counting the hash's characters) and three conversions per
   * registration were most of the person keys' cost, about 30 % of the registrations' first stage
   * at 10⁶ (docs/benchmarks.md 1.65).
   */
  static Column personIdOfHash(Column personHash) {
    Column first64 = conv(substring(personHash, 1, 16), 16, -10).cast("long");
    return shiftleft(first64, 32).bitwiseOR(shiftrightunsigned(first64, 32));
  }

  /**
   * A person's id as {@link #personIdOfHash} cuts it from {@link #personHash}, computed in Java
   * with one {@link MessageDigest} for many persons: ingest writes it beside the person key once
   * per case, so that the analyses do not hash the person key of every registration (Spark's {@code
   * sha2} gets a new {@code MessageDigest} and formats 64 hex digits per row; docs/benchmarks.md
   * 1.65). Not thread-safe; make one per task. Example: {@code new CellKeys.PersonIds().of(
   * "11111111111111111111111111111111")} is {@code 4626995498025382899}.
   */
  public static final class PersonIds {
    private static final byte[] PREFIX = DOMAIN.getBytes(StandardCharsets.UTF_8);
    private final MessageDigest sha256;

    public PersonIds() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is not available in this JVM", e);
      }
    }

    /** The id of the person with {@code personKey}: the hash's first 64 bits, halves swapped. */
    public long of(String personKey) {
      sha256.update(PREFIX);
      byte[] hash = sha256.digest(personKey.getBytes(StandardCharsets.UTF_8));
      long first64 = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        first64 = first64 << 8 | (hash[i] & 0xffL);
      }
      return first64 << 32 | first64 >>> 32;
    }
  }

  /** The record key of a person's {@link #personIdOfHash person id}: its low 32 bits. */
  static Column recordKeyOfPersonId(Column personId) {
    return personId.bitwiseAND(lit(KEYS - 1));
  }

  /** The record key from a column holding a {@link #recordKey}'s hash: its first 32 bits. */
  static Column recordKeyOfHash(Column hash) {
    return conv(substring(hash, 1, 8), 16, 10).cast("long");
  }

  /**
   * The domain-separated SHA-256 of the person key, in hex: what the person's numbers are cut from.
   */
  static Column personHash(Column personKey) {
    return sha2(concat(lit(DOMAIN), personKey), 256);
  }

  /**
   * The cell key of a group of rows holding one row per distinct person, with their record keys in
   * {@code recordKey}: an aggregate for {@code groupBy(...).agg(...)}.
   */
  public static Column cellKey(Column recordKey) {
    return pmod(sum(recordKey), lit(KEYS));
  }

  /**
   * A person as a 64-bit number whose low 32 bits are the record key and whose high 32 bits are the
   * hash's next 32 bits: distinct persons get distinct numbers (two persons of a million collide
   * with probability about 3e-8), and a sum of them modulo 2^32 is the sum of the record keys.
   * DECIMAL(20,0): a sum of a million of them stays exact.
   */
  static Column personNumber(Column personKey) {
    return conv(concat(hash(personKey, 9), hash(personKey, 1)), 16, 10).cast("decimal(20,0)");
  }

  /**
   * The cell key of the distinct persons among a group's rows, from their {@link #personNumber}s
   * (null ones ignored); 0 when there are none. A person in several rows counts once.
   */
  static Column cellKeyOfDistinct(Column personNumber) {
    return coalesce(pmod(sum_distinct(personNumber), lit(KEYS)), lit(0)).cast("long");
  }

  /** Eight hex digits of the domain-separated SHA-256 of the person key, from {@code position}. */
  private static Column hash(Column personKey, int position) {
    return substring(personHash(personKey), position, 8);
  }
}
