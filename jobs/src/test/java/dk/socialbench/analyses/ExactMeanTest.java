package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;

import dk.socialbench.SparkTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.Assert;
import org.junit.Test;

public class ExactMeanTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final StructType MONTHS = new StructType().add("months", "double");

  /**
   * 17.5 + 24.3 + 2.8 + 4.4 = 49.0 months over 4 intervals: the mean is exactly 12.25, a tie at one
   * decimal, which rounds half up to 12.3. Added in doubles from the first, the sum is
   * 48.99999999999999 (mean 12.249999999999998, rounded 12.2); from the last it is 49.0 (12.3): the
   * order of the rows, which partitioning decides, picked the published figure.
   */
  private static final List<Double> TIE = List.of(17.5, 24.3, 2.8, 4.4);

  private Dataset<Row> months(List<Double> values) {
    List<Object[]> rows = new ArrayList<>();
    for (double v : values) {
      rows.add(new Object[] {v});
    }
    // One partition, so that the rows are summed in the order given.
    return table(MONTHS, rows.toArray(Object[][]::new)).coalesce(1);
  }

  private static double rounded(Dataset<Row> data, Column mean) {
    return data.agg(mean.as("mean"))
        .select(Rounding.MONTHS.rounded(col("mean")))
        .first()
        .getDouble(0);
  }

  @Test
  public void a_floating_point_mean_rounds_a_tie_by_the_order_of_summation() {
    List<Double> reversed = new ArrayList<>(TIE);
    Collections.reverse(reversed);
    // The problem the exact mean solves exists in Spark as in Java: the same four values, two
    // published figures.
    Assert.assertEquals(12.2, rounded(months(TIE), avg("months")), 0.0);
    Assert.assertEquals(12.3, rounded(months(reversed), avg("months")), 0.0);
  }

  @Test
  public void the_exact_mean_rounds_a_tie_half_up_in_any_order() {
    List<Double> reversed = new ArrayList<>(TIE);
    Collections.reverse(reversed);
    Assert.assertEquals(12.3, rounded(months(TIE), ExactMean.of("months")), 0.0);
    Assert.assertEquals(12.3, rounded(months(reversed), ExactMean.of("months")), 0.0);
  }

  @Test
  public void the_exact_mean_skips_missing_values_as_avg_does() {
    // (1.25 + 2.0) / 2 = 1.625, exactly representable; the null is not counted.
    Dataset<Row> data =
        table(MONTHS, new Object[] {1.25}, new Object[] {null}, new Object[] {2.0}).coalesce(1);
    Assert.assertEquals(1.625, data.agg(ExactMean.of("months")).first().getDouble(0), 0.0);
  }

  @Test
  public void a_mean_of_values_past_the_bound_stops_the_query_rather_than_turning_null() {
    // avg over decimal(20, 8) turned 10^12 into a null, silently. The whole parts are now summed
    // as longs up to 2^38 (274,877,906,944): below it the mean is exact, above it an error names
    // the value.
    double big = 274_877_906_943.5;
    Dataset<Row> below = table(MONTHS, new Object[] {big}, new Object[] {big - 1}).coalesce(1);
    Assert.assertEquals(
        274_877_906_943.0, below.agg(ExactMean.of("months")).first().getDouble(0), 0.0);
    Dataset<Row> past = table(MONTHS, new Object[] {1e12}, new Object[] {1.0});
    Exception e =
        Assert.assertThrows(
            Exception.class, () -> past.agg(ExactMean.of("months")).collectAsList());
    Assert.assertTrue(
        e.getMessage(), e.getMessage().contains("the mean of months: a value of 2^38"));
  }
}
