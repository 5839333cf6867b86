package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The precision each published number carries, and the range of the measure it estimates. A result
 * is rounded once, as the last step of its analysis, so that no float artefact (0.9999999999999998)
 * is published and no figure claims more digits than its data support; see docs/analyses.md.
 */
enum Rounding {
  /** Shares and their intervals: 0.1 percentage point. */
  SHARE(3, 0.0, 1.0),
  /** Ratios (actual/expected) and their intervals. */
  RATIO(3, 0.0, null),
  /** VUM scores and targets, on the 0–4 scale. */
  VUM(2, 0.0, 4.0),
  /** Months between registrations. */
  MONTHS(1, 0.0, null),
  /**
   * §107 daily price in whole kroner, §85 hours per month to 0.1 hour: read from {@code service}.
   */
  PRICE(-1, 0.0, null);

  private final int digits;
  private final Double min;
  private final Double max;

  Rounding(int digits, Double min, Double max) {
    this.digits = digits;
    this.min = min;
    this.max = max;
  }

  /** The value rounded half up to this measure's precision. */
  Column rounded(Column value) {
    if (this == PRICE) {
      return when(col("service").equalTo("SEL107"), round(value, 0))
          .when(col("service").equalTo("SEL85"), round(value, 1));
    }
    return round(value, digits);
  }

  /**
   * A bound of an interval, kept inside the measure's range and rounded: a t interval of a mean of
   * hours can reach below 0 for a few spread values, but the hours cannot. Null stays null.
   */
  Column bound(Column value) {
    Column inRange = value;
    if (min != null) {
      inRange = greatest(inRange, lit(min));
    }
    if (max != null) {
      inRange = least(inRange, lit(max));
    }
    // greatest and least skip nulls: without the guard a missing bound would become the limit.
    return when(value.isNotNull(), rounded(inRange));
  }
}
