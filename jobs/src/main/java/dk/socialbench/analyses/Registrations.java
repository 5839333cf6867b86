package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Counts of registrations (not persons), perturbed by the cell-key method with a key of their own:
 * each registration gets a record key from its person and registration number, so a count of
 * registrations gets noise of its own, not the noise of the same persons' cases (with the cases'
 * key, the stages "at least k registrations", which add up to the registrations, would share noise
 * with it and could be differenced). The same registrations give the same key in every run.
 *
 * <p>Example: {@code Registrations.withKey(registrations).groupBy("municipality_code")
 * .agg(Registrations.counted("registrations")[0], Registrations.counted("registrations")[1])}.
 */
final class Registrations {
  /** Prefixed before hashing, so a registration's key is no slice of a person's record key. */
  static final String DOMAIN = "socialbench registration key:";

  /** The column {@link #withKey} adds. */
  static final String KEY = "registration_key";

  private Registrations() {}

  /**
   * A registration's record key, in [0, 2^32): the first 32 bits of SHA-256 of {@code DOMAIN +
   * person_key + ":" + registration_number}.
   */
  static Column recordKey(Column personKey, Column registrationNumber) {
    return CellKeys.recordKey(
        DOMAIN, concat(personKey, lit(":"), registrationNumber.cast("string")));
  }

  /**
   * {@code registrations} with each one's {@link #recordKey} in {@link #KEY}: added before the rows
   * are repeated under "all" ({@link MunicipalityTotals}), so that each is hashed once.
   */
  static Dataset<Row> withKey(Dataset<Row> registrations) {
    return registrations.withColumn(
        KEY, recordKey(col(Persons.PERSON_KEY), col("registration_number")));
  }

  /**
   * The rows of a group (one per registration) and their cell key, from {@link #KEY}: two
   * aggregates.
   */
  static Column[] counted(String count) {
    return new Column[] {
      count("*").as(count), coalesce(CellKeys.cellKey(col(KEY)), lit(0L)).as(Persons.key(count))
    };
  }
}
