package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.avg;
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
 * The mean of a value per cell with n, median and the mean's 95% t interval. Output columns: {@code
 * municipality_code, <dimensions...>, cases, mean, median, mean_ci_low, mean_ci_high}. Units
 * without a value are not counted.
 */
final class Means {
  private Means() {}

  static Dataset<Row> of(Dataset<Row> units, String value, String... dimensions) {
    List<Column> keys = new ArrayList<>();
    keys.add(col("municipality_code"));
    for (String d : dimensions) {
      keys.add(col(d));
    }
    return MunicipalityTotals.withAll(units.filter(col(value).isNotNull()))
        .groupBy(keys.toArray(Column[]::new))
        .agg(
            count("*").as("cases"),
            avg(value).as("mean"),
            median(col(value)).as("median"),
            stddev_samp(value).as("sd"))
        .withColumn("mean_ci_low", Intervals.meanLow(col("mean"), col("sd"), col("cases")))
        .withColumn("mean_ci_high", Intervals.meanHigh(col("mean"), col("sd"), col("cases")))
        .drop("sd");
  }
}
