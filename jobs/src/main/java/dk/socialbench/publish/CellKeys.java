package dk.socialbench.publish;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.conv;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;

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

  private CellKeys() {}

  /** A person's record key from the {@code person_key} column: the hash's first 32 bits. */
  public static Column recordKey(Column personKey) {
    return conv(substring(sha2(concat(lit(DOMAIN), personKey), 256), 1, 8), 16, 10).cast("long");
  }

  /**
   * The cell key of a group of rows holding one row per distinct person, with their record keys in
   * {@code recordKey}: an aggregate for {@code groupBy(...).agg(...)}.
   */
  public static Column cellKey(Column recordKey) {
    return pmod(sum(recordKey), lit(PerturbationTable.KEYS));
  }
}
