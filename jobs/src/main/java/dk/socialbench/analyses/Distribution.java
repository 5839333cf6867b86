package dk.socialbench.analyses;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static dk.socialbench.contract.ResultColumns.SHARE;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_LOW;
import static dk.socialbench.contract.ResultColumns.TOTAL;
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
    keys.add(col(MUNICIPALITY_CODE));
    for (String d : dimensions) {
      keys.add(col(d));
    }
    List<Column> line = new ArrayList<>(keys.subList(0, keys.size() - 1));
    Dataset<Row> counted =
        MunicipalityTotals.withAll(units)
            .groupBy(keys.toArray(Column[]::new))
            .agg(count("*").as(CASES));
    Column total = sum(CASES).over(Window.partitionBy(line.toArray(Column[]::new)));
    List<Column> out = new ArrayList<>(keys);
    out.add(col(CASES));
    out.add(total.as(TOTAL));
    Dataset<Row> withTotal = counted.select(out.toArray(Column[]::new));
    return withTotal
        .withColumn(SHARE, Rounding.SHARE.rounded(col(CASES).divide(col(TOTAL))))
        .withColumn(
            SHARE_CI_LOW, Rounding.SHARE.rounded(Intervals.wilsonLow(col(CASES), col(TOTAL))))
        .withColumn(
            SHARE_CI_HIGH, Rounding.SHARE.rounded(Intervals.wilsonHigh(col(CASES), col(TOTAL))));
  }
}
