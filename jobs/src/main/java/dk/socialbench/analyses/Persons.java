package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Every count an analysis publishes, with the cell key the cell-key method perturbs it by (see
 * docs/cell-key-design.md): the count in a column named as the contract says, its key in {@code
 * <count>_key}. The units counted need {@code person_key}.
 *
 * <p>Example: {@code units.groupBy("municipality_code").agg(Persons.counted("cases")[0],
 * Persons.counted("cases")[1])}, or spread: {@code agg(first, Persons.counted("cases"))}.
 */
final class Persons {
  static final String PERSON_KEY = "person_key";

  private Persons() {}

  /** The distinct persons of a group's rows, and their cell key: two aggregates. */
  static Column[] counted(String count) {
    return counted(count, lit(true));
  }

  /** The distinct persons of the rows where {@code condition} holds, and their cell key. */
  static Column[] counted(String count, Column condition) {
    Column person = when(condition, CellKeys.personNumber(col(PERSON_KEY)));
    return new Column[] {
      countDistinct(person).as(count), CellKeys.cellKeyOfDistinct(person).as(key(count))
    };
  }

  /**
   * The rows of a group that hold one row per person (already one per person, such as person-years)
   * where {@code condition} holds, and their cell key: cheaper than {@link #counted} since no
   * person needs to be found twice.
   */
  static Column[] onePerRow(String count, Column condition) {
    Column recordKey = when(condition, CellKeys.recordKey(col(PERSON_KEY)));
    return new Column[] {
      count(recordKey).as(count), coalesce(CellKeys.cellKey(recordKey), lit(0L)).as(key(count))
    };
  }

  /**
   * The rows of a group where units are not persons (goals, follow-ups, intervals pooled over every
   * registration k, where one person adds several), and the cell key of their distinct persons: a
   * count of 1–4 such units still tells of 1–4 persons, so it is perturbed like a count of persons.
   */
  static Column[] unitsCounted(String count) {
    Column person = CellKeys.personNumber(col(PERSON_KEY));
    return new Column[] {count("*").as(count), CellKeys.cellKeyOfDistinct(person).as(key(count))};
  }

  /**
   * A line total over the counts {@code count} of a line's cells, and its key: the persons of a
   * line's categories are disjoint, so the total's key is the sum of the cells' keys modulo 2^32.
   */
  static Column[] total(String count, WindowSpec line, String total) {
    return new Column[] {
      sum(col(count)).over(line).as(total),
      pmod(sum(col(key(count))).over(line), lit(CellKeys.KEYS)).as(key(total))
    };
  }

  /** The key column of a count, as the contract names it. */
  static String key(String count) {
    return count + dk.socialbench.contract.Column.KEY_SUFFIX;
  }
}
