package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * The mean of a published value, summed exactly. A floating-point {@code avg} adds in the order the
 * partitions arrive, so a mean that is exactly a rounding tie (14 intervals summing to 158.9
 * months: 11.35) lands a hair above or below it and rounds to 11.4 on one machine and 11.3 on
 * another. Summed exactly the mean is the same for every partitioning and a tie rounds half up, as
 * a spreadsheet's ROUND does. The values published here carry at most a few decimals; eight are
 * kept.
 *
 * <p>Each value is split into its whole part and its fraction in units of 10⁻⁸, two {@code long}s
 * that Spark sums without objects ({@link ExactSum}'s bounds: a whole part below 2³⁸ = 2.7·10¹¹, a
 * group below 2²⁵ rows, else the query stops naming the value). The mean is then divided as {@code
 * avg} of a {@code decimal(20, 8)} does (to 16 decimals, then 12, half up), once per group.
 */
final class ExactMean {
  private ExactMean() {}

  private static final long FRACTION_UNITS = 100_000_000L;

  private static final UserDefinedFunction MEAN =
      udf(
          (UDF3<Long, Long, Long, Double>)
              (n, wholes, fractions) -> {
                if (n == null || n == 0) {
                  return null;
                }
                BigDecimal sum = BigDecimal.valueOf(wholes).add(BigDecimal.valueOf(fractions, 8));
                return sum.divide(BigDecimal.valueOf(n), 16, RoundingMode.HALF_UP)
                    .setScale(12, RoundingMode.HALF_UP)
                    .doubleValue();
              },
          DataTypes.DoubleType);

  /** The mean of {@code value} as a double, independent of the order of summation. */
  static Column of(Column value, String quantity) {
    return MEAN.apply(
        count(value),
        ExactSum.sumOfUnits(whole(value, quantity), quantity),
        ExactSum.sumOfUnits(fraction(value), quantity));
  }

  /**
   * The mean of a group's values from rows of a distinct {@code value} and its {@code count}: an
   * aggregate over those rows, the same double as {@link #of} over the values one by one (the same
   * whole numbers summed).
   */
  static Column ofCounted(Column value, Column count, String quantity) {
    Column rows = sum(count);
    return MEAN.apply(
        sum(when(value.isNotNull(), count)),
        ExactSum.checked(rows, sum(count.multiply(whole(value, quantity))), quantity),
        ExactSum.checked(rows, sum(count.multiply(fraction(value))), quantity));
  }

  /**
   * The sums of {@code value}'s mean over some of a group's rows, aggregates named {@code
   * <prefix>_n}, {@code <prefix>_wholes} and {@code <prefix>_fractions}, which {@link #ofPartials}
   * adds up to the group's mean.
   */
  static Column[] partials(String value, String prefix) {
    Column v = col(value);
    return new Column[] {
      count(v).as(prefix + "_n"),
      sum(whole(v, quantity(value))).as(prefix + "_wholes"),
      sum(fraction(v)).as(prefix + "_fractions")
    };
  }

  /**
   * The mean of {@code value} from the {@link #partials} of a group's parts, an aggregate over the
   * parts; {@code rows} sums the parts' rows (the bound of {@link ExactSum}).
   */
  static Column ofPartials(String value, String prefix, Column rows) {
    String quantity = quantity(value);
    return MEAN.apply(
        sum(col(prefix + "_n")),
        ExactSum.checked(rows, sum(col(prefix + "_wholes")), quantity),
        ExactSum.checked(rows, sum(col(prefix + "_fractions")), quantity));
  }

  private static String quantity(String value) {
    return "the mean of " + value;
  }

  /** The whole part, {@code floor(value)}, bounded as {@link ExactSum#wholeUnits}. */
  private static Column whole(Column value, String quantity) {
    return ExactSum.wholeUnits(value, quantity);
  }

  /** The fraction in units of 10⁻⁸. */
  private static Column fraction(Column value) {
    // floor(value) without the bound's check: the whole part's sum checks every row already, and
    // an expression repeated here is planned twice.
    return floor(value.minus(floor(value)).multiply(FRACTION_UNITS).plus(0.5));
  }

  static Column of(Column value) {
    return of(value, "the mean of " + value);
  }

  static Column of(String value) {
    return of(col(value), quantity(value));
  }
}
