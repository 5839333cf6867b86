package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.stddev_samp;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The mean of a value per cell with n, median and the mean's 95% t interval, rounded to the
 * measure's precision and kept inside its range. Output columns: {@code municipality_code,
 * <dimensions...>, cases, mean, median, mean_ci_low, mean_ci_high}. Units without a value are not
 * counted.
 */
final class Means {
  private Means() {}

  static Dataset<Row> of(Dataset<Row> units, String value, Rounding measure, String... dimensions) {
    return of(units, value, measure, List.of(), dimensions);
  }

  /**
   * @param besides further values of the same units whose means are published beside, each as
   *     {@code mean_<value>} after the interval, rounded like the value
   */
  static Dataset<Row> of(
      Dataset<Row> units,
      String value,
      Rounding measure,
      List<String> besides,
      String... dimensions) {
    List<Column> keys = new ArrayList<>();
    keys.add(col("municipality_code"));
    for (String d : dimensions) {
      keys.add(col(d));
    }
    List<Column> aggregates = new ArrayList<>();
    for (String b : besides) {
      aggregates.add(ExactMean.of(b).as("mean_" + b));
    }
    aggregates.add(ExactMean.of(value).as("mean"));
    aggregates.add(median(col(value)).as("median"));
    aggregates.add(stddev_samp(value).as("sd"));
    Dataset<Row> cells =
        MunicipalityTotals.withAll(units.filter(col(value).isNotNull()))
            .groupBy(keys.toArray(Column[]::new))
            .agg(count("*").as("cases"), aggregates.toArray(Column[]::new));
    Column mean = col("mean");
    Column sd = col("sd");
    Column n = col("cases");
    List<Column> out = new ArrayList<>(keys);
    out.add(n);
    out.add(measure.rounded(mean).as("mean"));
    out.add(measure.rounded(col("median")).as("median"));
    out.add(measure.bound(Intervals.meanLow(mean, sd, n)).as("mean_ci_low"));
    out.add(measure.bound(Intervals.meanHigh(mean, sd, n)).as("mean_ci_high"));
    for (String b : besides) {
      out.add(measure.rounded(col("mean_" + b)).as("mean_" + b));
    }
    return cells.select(out.toArray(Column[]::new));
  }
}
