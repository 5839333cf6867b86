package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The median of each group's values from the counts of its distinct values: the same double as
 * Spark's {@code median} (its {@code percentile} at 0.5), which takes the value at position (n − 1)
 * · 0.5 of the sorted values, and for an even n interpolates the two middle values a and b as
 * (higher − position) · a + (position − lower) · b. Spark's aggregate keeps a hash map of every
 * value per group, an object aggregate, and beside it Spark runs every other aggregate of the same
 * aggregation row by row without generated code (docs/benchmarks.md 1.53, 1.65); here the values
 * are counted by an ordinary aggregation and the middle found by a window over the counts, sorted
 * within each group.
 *
 * <p>Example: {@code counted = units.groupBy("cell", "price").agg(count(lit(1)).as("n"));
 * ExactMedian.middles(counted, List.of("cell"), "price", "n").groupBy("cell").agg(
 * ExactMedian.of("price", "n").as("median"))}. A null value is no value, as for {@code median}: a
 * group of nulls only has a null median.
 */
final class ExactMedian {
  private static final String LOWER = "median_lower";
  private static final String HIGHER = "median_higher";
  private static final String THROUGH = "median_through";
  private static final String N = "median_n";

  private ExactMedian() {}

  /**
   * {@code counted} (one row per group and distinct {@code value}, {@code count} times that value)
   * with the value in {@code median_lower} on the row that holds the lower middle position of its
   * group's sorted values, and in {@code median_higher} on the row of the higher one (the same row
   * where both positions hold the same value), else null.
   */
  static Dataset<Row> middles(
      Dataset<Row> counted, List<String> groups, String value, String count) {
    WindowSpec sorted =
        Window.partitionBy(groups.stream().map(functions::col).toArray(Column[]::new))
            .orderBy(col(value));
    Column here = values(value, count);
    // The row holds the 0-based positions [through - here, through) of its group's sorted values.
    Column through = col(THROUGH);
    Column before = through.minus(here);
    Column position = position(col(N));
    return counted
        .withColumn(THROUGH, sum(here).over(sorted.rowsBetween(Window.unboundedPreceding(), 0)))
        .withColumn(
            N,
            sum(here)
                .over(sorted.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing())))
        .withColumn(LOWER, when(holds(before, floor(position), through), col(value)))
        .withColumn(HIGHER, when(holds(before, ceil(position), through), col(value)))
        .drop(THROUGH, N);
  }

  /** Spark's position of the median among n sorted values: (n − 1) · 0.5, a double. */
  private static Column position(Column n) {
    return n.minus(1).cast(DataTypes.DoubleType).multiply(0.5);
  }

  /** Whether the row of positions [before, through) holds {@code position}. */
  private static Column holds(Column before, Column position, Column through) {
    return before.leq(position).and(position.lt(through));
  }

  /** The values a row of {@code counted} stands for: its count, none for a null value. */
  private static Column values(String value, String count) {
    return when(col(value).isNotNull(), col(count)).otherwise(lit(0L));
  }

  /**
   * The median of a group of {@link #middles}, an aggregate: the lower middle value where the group
   * has an odd number of values or both middles are equal, else both interpolated as Spark does.
   */
  static Column of(String value, String count) {
    Column position = position(sum(values(value, count)));
    Column lower = floor(position).cast(DataTypes.DoubleType);
    Column higher = ceil(position).cast(DataTypes.DoubleType);
    Column a = max(col(LOWER)).cast(DataTypes.DoubleType);
    Column b = max(col(HIGHER)).cast(DataTypes.DoubleType);
    return when(a.equalTo(b), a)
        .otherwise(higher.minus(position).multiply(a).plus(position.minus(lower).multiply(b)));
  }
}
