package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dk.socialbench.SparkTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.Assert;
import org.junit.Test;

/**
 * The exact sums' contract: the same result in any order, exact where a double sum is not, and an
 * error naming the quantity beyond the bounds (never a null or a wrapped long). Expected values
 * worked out with python3's integers and fractions.
 */
public class ExactSumTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final StructType PRICES = new StructType().add("price", "double");
  private static final StructType UNITS = new StructType().add("a", "long").add("b", "long");

  /** {@code values} in one partition, in the order given. */
  private Dataset<Row> prices(double... values) {
    List<Object[]> rows = new ArrayList<>();
    for (double v : values) {
      rows.add(new Object[] {v});
    }
    return table(PRICES, rows.toArray(Object[][]::new)).coalesce(1);
  }

  @Test
  public void a_sum_in_ore_is_the_same_in_any_order_where_a_double_sum_is_not() {
    // 0.1 + 0.2 + 0.3 is 0.6000000000000001 from the first and 0.6 from the last.
    Assert.assertNotEquals(
        prices(0.1, 0.2, 0.3).agg(sum("price")).first().getDouble(0),
        prices(0.3, 0.2, 0.1).agg(sum("price")).first().getDouble(0),
        0.0);
    for (Dataset<Row> d : List.of(prices(0.1, 0.2, 0.3), prices(0.3, 0.2, 0.1))) {
      Assert.assertEquals(
          0.6,
          d.agg(ExactSum.of(col("price"), ExactSum.HUNDREDTHS, "prices")).first().getDouble(0),
          0.0);
    }
  }

  @Test
  public void products_of_units_near_the_bound_are_summed_exactly() {
    // Σa² and Σa·b by python3's integers: 94447333050760816848060 and 75557863726051762459025,
    // far past a long; each a below 2^38.
    long[][] ab = {
      {(1L << 37) + 12345, 7},
      {(1L << 38) - 1, (1L << 38) - 2},
      {3, 0},
      {1L << 19, 0},
      {(1L << 19) - 1, 0}
    };
    List<Object[]> rows = new ArrayList<>();
    for (long[] r : ab) {
      rows.add(new Object[] {r[0], r[1]});
    }
    Row sums =
        table(UNITS, rows.toArray(Object[][]::new))
            .agg(
                ExactSum.sumOfProducts(col("a"), col("a"), "a").as("aa"),
                ExactSum.sumOfProducts(col("a"), col("b"), "a").as("ab"))
            .first();
    Assert.assertEquals(new BigDecimal("94447333050760816848060"), sums.getDecimal(0));
    Assert.assertEquals(new BigDecimal("75557863726051762459025"), sums.getDecimal(1));
  }

  @Test
  public void the_sample_sd_comes_from_exact_sums() {
    // python3: statistics.stdev([1, 2, 3, 4]) = 1.2909944487358056; from fractions, the SD of
    // 1234.56, 1234.57 and 99999.99 is 57022.244710378014. Equal values have an SD of exactly 0.
    Assert.assertEquals(
        1.2909944487358056,
        prices(4, 2, 3, 1).agg(ExactSum.sampleSd("price")).first().getDouble(0),
        0.0);
    Assert.assertEquals(
        57022.244710378014,
        prices(1234.56, 99999.99, 1234.57).agg(ExactSum.sampleSd("price")).first().getDouble(0),
        0.0);
    Assert.assertEquals(
        0.0,
        prices(1234.56, 1234.56, 1234.56).agg(ExactSum.sampleSd("price")).first().getDouble(0),
        0.0);
    Assert.assertTrue(prices(5).agg(ExactSum.sampleSd("price")).first().isNullAt(0));
  }

  @Test
  public void a_value_beyond_the_bound_stops_the_query_naming_the_quantity() {
    // 2^38 øre is 2,748,779,069.44 kroner: one øre less is summed, that amount is not.
    double below = ((1L << 38) - 1) / 100.0;
    Assert.assertEquals(
        below * 2,
        prices(below, below)
            .agg(ExactSum.of(col("price"), ExactSum.HUNDREDTHS, "test prices"))
            .first()
            .getDouble(0),
        0.0);
    Exception e =
        Assert.assertThrows(
            Exception.class,
            () ->
                prices(1, (1L << 38) / 100.0)
                    .agg(ExactSum.of(col("price"), ExactSum.HUNDREDTHS, "test prices"))
                    .collectAsList());
    Assert.assertTrue(
        e.getMessage(), e.getMessage().contains("test prices: a value of 2^38 units"));
  }

  @Test
  public void a_value_that_is_not_a_number_stops_the_query_too() {
    // One comparison holds the bound: Spark orders NaN above every number, so |NaN| >= 2^38.
    Exception e =
        Assert.assertThrows(
            Exception.class,
            () ->
                prices(1, Double.NaN)
                    .agg(ExactSum.of(col("price"), ExactSum.HUNDREDTHS, "test prices"))
                    .collectAsList());
    Assert.assertTrue(
        e.getMessage(), e.getMessage().contains("test prices: a value of 2^38 units"));
  }

  @Test
  public void units_round_half_up_on_their_own() {
    // 0.125 kroner is 12.5 øre: 13; 0.124 is 12.
    Assert.assertEquals(
        0.25,
        prices(0.125, 0.124)
            .agg(ExactSum.of(col("price"), lit(ExactSum.HUNDREDTHS), "prices"))
            .first()
            .getDouble(0),
        0.0);
  }
}
