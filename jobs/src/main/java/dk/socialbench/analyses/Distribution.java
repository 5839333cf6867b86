package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Persons per category: {@code cases}, the line's {@code total} (all categories of the same
 * municipality and other dimensions), the {@code share} and its Wilson interval. Output columns:
 * {@code municipality_code, <dimensions...>, cases, total, share, share_ci_low, share_ci_high}.
 */
final class Distribution {
  private Distribution() {}

  /**
   * @param units one row per person (case) to count, with {@code municipality_code}, every
   *     dimension and the category; each municipality's units should be repeated under "all"
   * @param dimensions the columns after {@code municipality_code}; the last is the category whose
   *     shares sum to 1 within a line
   */
  static Dataset<Row> of(Dataset<Row> units, String... dimensions) {
    List<Column> keys = new ArrayList<>();
    keys.add(col("municipality_code"));
    for (String d : dimensions) {
      keys.add(col(d));
    }
    List<Column> line = new ArrayList<>(keys.subList(0, keys.size() - 1));
    Dataset<Row> counted =
        MunicipalityTotals.withAll(units)
            .groupBy(keys.toArray(Column[]::new))
            .agg(count("*").as("cases"));
    Column total = sum("cases").over(Window.partitionBy(line.toArray(Column[]::new)));
    List<Column> out = new ArrayList<>(keys);
    out.add(col("cases"));
    out.add(total.as("total"));
    Dataset<Row> withTotal = counted.select(out.toArray(Column[]::new));
    return withTotal
        .withColumn("share", Rounding.SHARE.rounded(col("cases").divide(col("total"))))
        .withColumn(
            "share_ci_low", Rounding.SHARE.rounded(Intervals.wilsonLow(col("cases"), col("total"))))
        .withColumn(
            "share_ci_high",
            Rounding.SHARE.rounded(Intervals.wilsonHigh(col("cases"), col("total"))));
  }
}
