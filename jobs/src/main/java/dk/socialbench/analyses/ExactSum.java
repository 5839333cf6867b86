package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/**
 * Sums of doubles, and the standard deviations built from them, that do not depend on the order in
 * which rows are added. A floating-point sum adds in the order partitions and hash maps hand over
 * their rows, so a run on a cluster, with other shuffle partitions or with code generation off
 * differed from {@code local[*]} in the last bits of unrounded results (docs/benchmarks.md 1.24,
 * 1.27). Each value is rounded on its own to whole units of a fixed size (øre, hundredths of an
 * hour, 1/133,590 of a year: the same for any order), the units are added as {@code long}s, which
 * Spark adds without objects, and the double is taken at the end. Example: {@code
 * groupBy("service").agg(ExactSum.of(col("price"), 100, "daily price").as("price_sum"))}.
 *
 * <p>Bounds (docs/analyses.md): each value below {@link #MAX_UNITS} = 2³⁸ units and each group
 * below {@link #MAX_ROWS} = 2²⁵ rows, so that no sum, nor a sum of 19-bit limb products for
 * squares, can pass 2⁶³ in any order. Beyond either the query stops with a message naming the
 * quantity (the result writer adds the dataset's name), never a silent null or a wrapped long.
 */
final class ExactSum {
  private ExactSum() {}

  /** The largest magnitude of one value, in units: 2³⁸ (2.7·10¹¹). */
  static final long MAX_UNITS = 1L << 38;

  /** The most rows in one group: 2²⁵ (33.5 million). */
  static final long MAX_ROWS = 1L << 25;

  /** Units per kroner, per hour or per VUM point: øre and hundredths. */
  static final long HUNDREDTHS = 100;

  /**
   * Units per year: 365 · 366, so that days ÷ the year's days is a whole number of units in a
   * common year (days · 366) and a leap year (days · 365) alike, and sums over years stay exact.
   */
  static final long YEAR_SHARE = 365L * 366;

  /** Units per value of {@link #sampleSd(String)}: ten-thousandths. */
  private static final long SD_UNITS = 10_000;

  private static final int LIMB_BITS = 19;
  private static final long LOW_LIMB = (1L << LIMB_BITS) - 1;
  private static final DecimalType WHOLE = DataTypes.createDecimalType(38, 0);

  /**
   * The sample SD from n, Σu and the limb sums of Σu² (units of 1/{@code perUnit}): n·Σu² − (Σu)²
   * is exact, so the SD of equal values is 0 and no cancellation is left; null below two values, as
   * {@code stddev_samp}. Evaluated once per group.
   */
  private static UserDefinedFunction sampleSdOfUnits(long perUnit) {
    return udf(
        (UDF5<Long, Long, Long, Long, Long, Double>)
            (n, sum, highs, mixed, lows) -> {
              if (n == null || n < 2) {
                return null;
              }
              BigInteger squares = limbs(highs, BigInteger.valueOf(mixed).shiftLeft(1), lows);
              BigInteger s = BigInteger.valueOf(sum);
              BigInteger spread = squares.multiply(BigInteger.valueOf(n)).subtract(s.multiply(s));
              // The variance divided exactly and rounded once: the SD is the square root of the
              // double nearest the true variance.
              BigInteger divisor =
                  BigInteger.valueOf(n)
                      .multiply(BigInteger.valueOf(n - 1))
                      .multiply(BigInteger.valueOf(perUnit).pow(2));
              double variance =
                  new BigDecimal(spread)
                      .divide(new BigDecimal(divisor), MathContext.DECIMAL128)
                      .doubleValue();
              return Math.sqrt(Math.max(0, variance));
            },
        DataTypes.DoubleType);
  }

  private static BigInteger limbs(long highs, BigInteger mixed, long lows) {
    return BigInteger.valueOf(highs)
        .shiftLeft(2 * LIMB_BITS)
        .add(mixed.shiftLeft(LIMB_BITS))
        .add(BigInteger.valueOf(lows));
  }

  /**
   * {@code value} in whole units of 1/{@code perUnit} (rounded half up), a {@code long}; a value of
   * {@link #MAX_UNITS} units or more (or not a number) stops the query, naming {@code quantity}.
   */
  static Column units(Column value, Column perUnit, String quantity) {
    return floor(bounded(value.multiply(perUnit), quantity).plus(0.5));
  }

  /**
   * The whole part of {@code value} ({@code floor}), a {@code long}, with the bound of {@link
   * #units}.
   */
  static Column wholeUnits(Column value, String quantity) {
    return floor(bounded(value, quantity));
  }

  /**
   * {@code scaled}, or an error where it is {@link #MAX_UNITS} or more in magnitude, or NaN (which
   * Spark's comparisons order above every number, so one comparison catches both). Each reference
   * to {@code scaled} is planned again wherever the units are used, so it appears twice only.
   */
  private static Column bounded(Column scaled, String quantity) {
    return when(
            abs(scaled).geq(MAX_UNITS),
            raise_error(
                lit(
                    quantity
                        + ": a value of 2^38 units or more cannot be summed exactly (docs/analyses.md,"
                        + " exact sums)")))
        .otherwise(scaled);
  }

  static Column units(Column value, long perUnit, String quantity) {
    return units(value, lit(perUnit), quantity);
  }

  /**
   * Σ {@code units} (a {@code long} column of {@link #units}) as a {@code long}: an aggregate that
   * stops the query for a group of {@link #MAX_ROWS} rows or more.
   */
  static Column sumOfUnits(Column units, String quantity) {
    return checked(sum(units), quantity);
  }

  /**
   * Σ a·b over a group, exactly, as {@code decimal(38, 0)}: each factor (units below 2³⁸) split
   * into 19-bit limbs, whose products (below 2³⁸) are summed as longs and put together once per
   * group. Squares (a equal to b) take three limb sums, since ah·al = al·ah.
   */
  static Column sumOfProducts(Column a, Column b, String quantity) {
    Column ah = shiftright(a, LIMB_BITS);
    Column al = a.bitwiseAND(LOW_LIMB);
    Column total;
    if (a.equals(b)) {
      total = SQUARES.apply(sum(ah.multiply(ah)), sum(ah.multiply(al)), sum(al.multiply(al)));
    } else {
      Column bh = shiftright(b, LIMB_BITS);
      Column bl = b.bitwiseAND(LOW_LIMB);
      total =
          PRODUCTS.apply(
              sum(ah.multiply(bh)),
              sum(ah.multiply(bl)),
              sum(al.multiply(bh)),
              sum(al.multiply(bl)));
    }
    return checked(total, quantity);
  }

  /** Σa² from Σah², Σah·al and Σal², put together once per group (a UDF: one node to plan). */
  private static final UserDefinedFunction SQUARES =
      udf(
          (UDF3<Long, Long, Long, BigDecimal>)
              (highs, mixed, lows) ->
                  highs == null
                      ? null
                      : new BigDecimal(limbs(highs, BigInteger.valueOf(mixed).shiftLeft(1), lows)),
          WHOLE);

  /** Σa·b from the four limb sums, put together once per group. */
  private static final UserDefinedFunction PRODUCTS =
      udf(
          (UDF4<Long, Long, Long, Long, BigDecimal>)
              (highs, highLow, lowHigh, lows) ->
                  highs == null
                      ? null
                      : new BigDecimal(
                          limbs(
                              highs,
                              BigInteger.valueOf(highLow).add(BigInteger.valueOf(lowHigh)),
                              lows)),
          WHOLE);

  /**
   * {@code aggregate}, or an error where its group has {@link #MAX_ROWS} rows or more. The rows are
   * counted, not the values: a bound at least as strict, and one count for every sum of the
   * aggregation rather than a copy of each value's expression.
   */
  private static Column checked(Column aggregate, String quantity) {
    return checked(count(lit(1)), aggregate, quantity);
  }

  /**
   * As {@link #checked(Column, String)} for an aggregation over parts of groups (counted values,
   * partial sums), whose rows {@code rows} sums.
   */
  static Column checked(Column rows, Column aggregate, String quantity) {
    return when(
            rows.geq(MAX_ROWS),
            raise_error(
                lit(
                    quantity
                        + ": a group of 2^25 rows or more cannot be summed exactly (docs/analyses.md,"
                        + " exact sums)")))
        .otherwise(aggregate);
  }

  /**
   * Σ {@code value} as a double, independent of the order of the rows: an aggregate. Each value is
   * rounded to whole units of 1/{@code perUnit}; {@code perUnit} may differ between groups (§85
   * hours and §107 kroner) but not within one.
   */
  static Column of(Column value, Column perUnit, String quantity) {
    return ofUnits(units(value, perUnit, quantity), perUnit, quantity);
  }

  /** As {@link #of(Column, Column, String)} from a column of {@link #units} already computed. */
  static Column ofUnits(Column units, Column perUnit, String quantity) {
    return sumOfUnits(units, quantity).cast(DataTypes.DoubleType).divide(max(perUnit));
  }

  static Column of(Column value, long perUnit, String quantity) {
    return sumOfUnits(units(value, perUnit, quantity), quantity)
        .cast(DataTypes.DoubleType)
        .divide(perUnit);
  }

  /**
   * Σ a·b as a double from columns of {@link #units} (of 1/{@code aPerUnit} and 1/{@code bPerUnit})
   * computed before the aggregation: an aggregate.
   */
  static Column ofProductsOfUnits(
      Column a, Column aPerUnit, Column b, Column bPerUnit, String quantity) {
    return sumOfProducts(a, b, quantity)
        .cast(DataTypes.DoubleType)
        .divide(max(aPerUnit))
        .divide(max(bPerUnit));
  }

  /**
   * The sample SD of {@code value} (as {@code stddev_samp}), from exact sums of the values rounded
   * to 1/{@code perUnit}: an aggregate.
   */
  static Column sampleSd(Column value, long perUnit, String quantity) {
    Column u = units(value, perUnit, quantity);
    Column h = shiftright(u, LIMB_BITS);
    Column l = u.bitwiseAND(LOW_LIMB);
    return sampleSdOfUnits(perUnit)
        .apply(
            count(value),
            sumOfUnits(u, quantity),
            sum(h.multiply(h)),
            sum(h.multiply(l)),
            sum(l.multiply(l)));
  }

  /**
   * As {@link #sampleSd(Column, long, String)} from rows of a distinct {@code value} and its {@code
   * count}: an aggregate over those rows, the same double (each sum of units is the same whole
   * number: a unit or limb product times its count, below 2⁶³ within the bounds).
   */
  static Column sampleSdOfCounted(Column value, Column count, long perUnit, String quantity) {
    Column u = units(value, perUnit, quantity);
    Column h = shiftright(u, LIMB_BITS);
    Column l = u.bitwiseAND(LOW_LIMB);
    return sampleSdOfUnits(perUnit)
        .apply(
            sum(when(value.isNotNull(), count)),
            checked(sum(count), sum(count.multiply(u)), quantity),
            sum(count.multiply(h.multiply(h))),
            sum(count.multiply(h.multiply(l))),
            sum(count.multiply(l.multiply(l))));
  }

  /** As {@link #sampleSd(Column, long, String)} to 1/10,000: prices, hours, months, VUM scores. */
  static Column sampleSd(String value) {
    return sampleSd(col(value), SD_UNITS, sdQuantity(value));
  }

  /** As {@link #sampleSd(String)} from counted values ({@link #sampleSdOfCounted}). */
  static Column sampleSdOfCounted(String value, String count) {
    return sampleSdOfCounted(col(value), col(count), SD_UNITS, sdQuantity(value));
  }

  private static String sdQuantity(String value) {
    return "the SD of " + value;
  }

  /**
   * Σ {@code value} over {@code window}, added in ascending order of the values: for windows of a
   * few hundred rows whose values no fixed unit bounds (inverse variances, z-scores). Null where
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
