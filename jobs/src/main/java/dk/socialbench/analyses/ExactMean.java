package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * The mean of a published value, summed exactly. A floating-point {@code avg} adds in the order the
 * partitions arrive, so a mean that is exactly a rounding tie (14 intervals summing to 158.9
 * months: 11.35) lands a hair above or below it and rounds to 11.4 on one machine and 11.3 on
 * another. Summed as a decimal the mean is the same for every partitioning and a tie rounds half
 * up, as a spreadsheet's ROUND does. The values published here carry at most a few decimals; eight
 * are kept.
 */
final class ExactMean {
  private ExactMean() {}

  /** The mean of {@code value} as a double, independent of the order of summation. */
  static Column of(Column value) {
    return avg(value.cast(DataTypes.createDecimalType(20, 8))).cast(DataTypes.DoubleType);
  }

  static Column of(String value) {
    return of(col(value));
  }
}
