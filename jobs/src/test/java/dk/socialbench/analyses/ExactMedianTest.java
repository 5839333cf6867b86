package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.median;
import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.Test;

public class ExactMedianTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final StructType VALUES =
      new StructType().add("cell", "string").add("value", "double");

  /** Each cell's median from {@link ExactMedian}, over its values counted first. */
  private static Map<String, Double> medians(Dataset<Row> values) {
    Dataset<Row> counted = values.groupBy("cell", "value").agg(count(lit(1)).as("n"));
    return byCell(
        ExactMedian.middles(counted, List.of("cell"), "value", "n")
            .groupBy("cell")
            .agg(ExactMedian.of("value", "n").as("median")));
  }

  private static Map<String, Double> byCell(Dataset<Row> medians) {
    Map<String, Double> out = new TreeMap<>();
    for (Row r : medians.collectAsList()) {
      out.put(r.getString(0), r.isNullAt(1) ? null : r.getDouble(1));
    }
    return out;
  }

  @Test
  public void the_median_is_the_middle_value_or_the_two_middles_interpolated() {
    Dataset<Row> values =
        table(
            VALUES,
            new Object[] {"one", 7.5},
            // Sorted 1, 2, 3, 3, 3: the middle of an odd count, a tied value.
            new Object[] {"odd_ties", 3.0},
            new Object[] {"odd_ties", 1.0},
            new Object[] {"odd_ties", 3.0},
            new Object[] {"odd_ties", 2.0},
            new Object[] {"odd_ties", 3.0},
            // 1, 2, 4, 10: (2 + 4) / 2.
            new Object[] {"even", 4.0},
            new Object[] {"even", 1.0},
            new Object[] {"even", 2.0},
            new Object[] {"even", 10.0},
            // 1, 5, 5, 9: both middles the same value.
            new Object[] {"even_tied_middle", 5.0},
            new Object[] {"even_tied_middle", 5.0},
            new Object[] {"even_tied_middle", 1.0},
            new Object[] {"even_tied_middle", 9.0},
            // Nulls are no values: 2 and 6.5.
            new Object[] {"nulls", null},
            new Object[] {"nulls", 2.0},
            new Object[] {"nulls", null},
            new Object[] {"nulls", 6.5},
            new Object[] {"only_null", null},
            // Not exact in binary: the interpolation's rounding shows in the last bit.
            new Object[] {"tenths", 0.1},
            new Object[] {"tenths", 0.2},
            // -3, -1, 0, 2.
            new Object[] {"negative", -3.0},
            new Object[] {"negative", 0.0},
            new Object[] {"negative", 2.0},
            new Object[] {"negative", -1.0});
    // Worked out with python3: statistics.median of each cell's values without the nulls.
    Map<String, Double> expected = new TreeMap<>();
    expected.put("one", 7.5);
    expected.put("odd_ties", 3.0);
    expected.put("even", 3.0);
    expected.put("even_tied_middle", 5.0);
    expected.put("nulls", 4.25);
    expected.put("only_null", null);
    expected.put("tenths", 0.15000000000000002);
    expected.put("negative", -0.5);
    assertEquals(expected, medians(values));
  }

  @Test
  public void counted_values_give_spark_s_median_to_the_last_bit() {
    // 60 cells of 1 to 80 values, ties from a few whole kroner and fractions that are not exact in
    // binary, over several partitions: every median the same double as Spark's own.
    Random random = new Random(13);
    List<Object[]> rows = new ArrayList<>();
    for (int cell = 0; cell < 60; cell++) {
      int n = 1 + random.nextInt(80);
      for (int i = 0; i < n; i++) {
        double v =
            cell % 3 == 0
                ? random.nextInt(6)
                : Math.round(random.nextDouble() * 100_000) / 100.0 + random.nextInt(3) / 3.0;
        rows.add(new Object[] {"c" + cell, v});
      }
    }
    Dataset<Row> values = table(VALUES, rows.toArray(Object[][]::new)).repartition(3);
    Map<String, Double> spark = byCell(values.groupBy("cell").agg(median(col("value"))));
    Map<String, Double> exact = medians(values);
    assertEquals(spark.keySet(), exact.keySet());
    for (String cell : spark.keySet()) {
      assertEquals(
          cell,
          Double.doubleToRawLongBits(spark.get(cell)),
          Double.doubleToRawLongBits(exact.get(cell)));
    }
  }
}
