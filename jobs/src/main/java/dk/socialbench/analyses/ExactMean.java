package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.udf;

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
    Column whole = ExactSum.wholeUnits(value, quantity);
    // floor(value) without the bound's check: the whole part's sum checks every row already, and
    // an expression repeated here is planned twice.
    Column fraction = floor(value.minus(floor(value)).multiply(FRACTION_UNITS).plus(0.5));
    return MEAN.apply(
        count(value),
        ExactSum.sumOfUnits(whole, quantity),
        ExactSum.sumOfUnits(fraction, quantity));
  }

  static Column of(Column value) {
    return of(value, "the mean of " + value);
  }

  static Column of(String value) {
    return of(col(value), "the mean of " + value);
  }
}
