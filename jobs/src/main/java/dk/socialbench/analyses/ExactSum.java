package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Sums of doubles, and the standard deviations built from them, that do not depend on the order in
 * which rows are added. A floating-point sum adds in the order partitions and hash maps hand over
 * their rows, so a run on a cluster, with other shuffle partitions or with code generation off
 * differed from {@code local[*]} in the last bits of unrounded results (docs/benchmarks.md 1.24,
 * 1.27). Each value is rounded to a fixed decimal scale on its own (the same for any order), the
 * decimals are added exactly, and the double is taken at the end. Example: {@code
 * groupBy("service").agg(ExactSum.of(col("price"), ExactSum.AMOUNT).as("price_sum"))}.
 */
final class ExactSum {
  private ExactSum() {}

  /*
   * Each scale keeps a double's 16-17 significant digits for the values it is meant for, so a sum
   * of one value is that value and the sums differ from floating-point ones only where the order
   * did: a coarser scale (10 decimals for an amount of 0.33 hours) moved a unit cost's interval in
   * its sixth decimal through the cancellation in RatioEstimate.
   */

  /**
   * Values and their sums below 10^18, kept to 20 decimals: shares of a year (from 1/366), their
   * squares and their products with amounts, days.
   */
  static final DecimalType FINE = DataTypes.createDecimalType(38, 20);

  /** Values and their sums below 10^20, kept to 18 decimals: kroner, hours and VUM scores. */
  static final DecimalType AMOUNT = DataTypes.createDecimalType(38, 18);

  /**
   * Values and their sums below 10^22, kept to 16 decimals: squares of amounts. At 10 decimals the
   * rounding of each square left a unit cost whose persons all had the same ratio (its interval
   * empty) an interval of ±0.00001.
   */
  static final DecimalType SQUARE = DataTypes.createDecimalType(38, 16);

  /**
   * The sample SD from n, Σx and Σx² as exact decimals: n·Σx² − (Σx)² is exact, so the SD of equal
   * values is 0 and no cancellation is left; null below two values, as {@code stddev_samp}.
   */
  private static final UserDefinedFunction SAMPLE_SD =
      udf(
          (UDF3<Long, BigDecimal, BigDecimal, Double>)
              (n, sum, squares) -> {
                if (n == null || n < 2) {
                  return null;
                }
                BigDecimal spread =
                    squares.multiply(BigDecimal.valueOf(n)).subtract(sum.multiply(sum));
                double variance = Math.max(0, spread.doubleValue()) / ((double) n * (n - 1));
                return Math.sqrt(variance);
              },
          DataTypes.DoubleType);

  /**
   * {@code value} as a decimal of {@code type}; a value beyond the type stops the query, which
   * Spark would otherwise turn into a null that a sum skips.
   */
  static Column decimal(Column value, DecimalType type) {
    Column exact = value.cast(type);
    return when(
            value.isNotNull().and(exact.isNull()),
            raise_error(
                lit(
                    "a value is too large to be summed exactly as "
                        + type.simpleString()
                        + " (docs/analyses.md)")))
        .otherwise(exact);
  }

  /** Σ {@code value} as a double, independent of the order of the rows: an aggregate. */
  static Column of(Column value, DecimalType type) {
    return sum(decimal(value, type)).cast(DataTypes.DoubleType);
  }

  static Column of(String value, DecimalType type) {
    return of(col(value), type);
  }

  /** The sample SD of {@code value} (as {@code stddev_samp}), from exact sums: an aggregate. */
  static Column sampleSd(Column value) {
    return SAMPLE_SD.apply(
        count(value), sum(decimal(value, AMOUNT)), sum(decimal(value.multiply(value), SQUARE)));
  }

  static Column sampleSd(String value) {
    return sampleSd(col(value));
  }

  /**
   * Σ {@code value} over {@code window}, added in ascending order of the values: for windows of a
   * few hundred rows whose values no decimal type bounds (inverse variances, z-scores). Null where
   * the window holds no value, as {@code sum}.
   */
  static Column sortedOver(Column value, WindowSpec window) {
    return inOrder(collect_list(value).over(window));
  }

  /** As {@link #sortedOver}, as an aggregate of a small group. */
  static Column sorted(Column value) {
    return inOrder(collect_list(value));
  }

  /** The sum of {@code values}, an array, added in ascending order. */
  private static Column inOrder(Column values) {
    Column ascending = array_sort(values);
    return when(
        size(ascending).gt(0),
        aggregate(ascending, lit(0.0), (total, v) -> total.plus(v.cast(DataTypes.DoubleType))));
  }
}
