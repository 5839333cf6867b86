package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.SparkTest;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.Assert;
import org.junit.Test;

public class IntervalsTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final double TOLERANCE = 1e-6;

  private static final StructType PROPORTIONS = new StructType().add("x", "long").add("n", "long");
  private static final StructType WILSON = PROPORTIONS.add("low", "double").add("high", "double");
  private static final StructType MEANS =
      new StructType().add("n", "long").add("mean", "double").add("sd", "double");
  private static final StructType T =
      new StructType().add("n", "long").add("low", "double").add("high", "double");

  private Dataset<Row> wilson(Object[]... xn) {
    return table(PROPORTIONS, xn)
        .select(
            col("x"),
            col("n"),
            Intervals.wilsonLow(col("x"), col("n")).as("low"),
            Intervals.wilsonHigh(col("x"), col("n")).as("high"));
  }

  private Dataset<Row> tInterval(Object[]... means) {
    return table(MEANS, means)
        .select(
            col("n"),
            Intervals.meanLow(col("mean"), col("sd"), col("n")).as("low"),
            Intervals.meanHigh(col("mean"), col("sd"), col("n")).as("high"));
  }

  /**
   * (p + z²/2n ± z √(p(1 − p)/n + z²/4n²)) / (1 + z²/n), z = 1.959964, z² = 3.841459. For 0 of n
   * the bounds are 0 and z²/(n + z²); for n of n, n/(n + z²) and 1.
   */
  @Test
  public void wilson_bounds_follow_the_formula_for_none_all_and_some_successes() {
    // 3 of 10: p = 0.3, z²/n = 0.3841459, centre 0.4920729, half-width 1.959964 · √0.0306036 =
    // 0.3428741, divided by 1.3841459: 0.1077913 and 0.6032219.
    assertRows(
        table(
            WILSON,
            new Object[] {0L, 5L, 0.0, 0.434482465},
            new Object[] {5L, 5L, 0.565517535, 1.0},
            new Object[] {3L, 10L, 0.107791267, 0.603221853},
            new Object[] {50L, 100L, 0.40383153, 0.59616847}),
        wilson(
            new Object[] {0L, 5L},
            new Object[] {5L, 5L},
            new Object[] {3L, 10L},
            new Object[] {50L, 100L}),
        TOLERANCE);
  }

  @Test
  public void wilson_has_no_interval_without_units() {
    assertRows(table(WILSON, new Object[] {0L, 0L, null, null}), wilson(new Object[] {0L, 0L}));
  }

  /**
   * t(0.975, df) for every df from 1 to 2000, the table (df ≤ 30) and the Cornish-Fisher expansion
   * (beyond), against Commons Math's {@code TDistribution}, an implementation independent of ours
   * (it inverts the regularized incomplete beta function).
   *
   * <p>Tolerance: the table has six decimals, so it may be 5e-7 off; the expansion is within 3e-8
   * from df = 30. A bound is mean ± t · sd/√n, so an error of 5e-7 in t moves it by 5e-7 · sd/√n;
   * to move the most coarsely published figure (the §107 daily price, whole kroner) by even 0.01
   * kr, sd/√n would have to be 20,000 kr a day, far beyond any standard error of a daily price.
   */
  @Test
  public void t975_matches_the_t_distribution_for_every_df_from_1_to_2000() {
    List<Row> rows =
        spark()
            .range(1, 2001)
            .select(col("id"), Intervals.t975(col("id")).as("t"))
            .orderBy("id")
            .collectAsList();
    Assert.assertEquals(2000, rows.size());
    double worst = 0;
    long worstDf = 0;
    for (Row r : rows) {
      long df = r.getLong(0);
      double exact = new TDistribution(df).inverseCumulativeProbability(0.975);
      double error = Math.abs(r.getDouble(1) - exact);
      if (error > worst) {
        worst = error;
        worstDf = df;
      }
    }
    Assert.assertTrue(
        "t(0.975, " + worstDf + ") is " + worst + " off the t distribution", worst <= 5e-7);
  }

  /** With sd = √n the half-width sd/√n · t(n − 1) is the t quantile itself. */
  @Test
  public void t_intervals_of_small_samples_use_the_t_table() {
    assertRows(
        table(
            T,
            new Object[] {2L, -12.706205, 12.706205},
            new Object[] {3L, -4.302653, 4.302653},
            new Object[] {30L, -2.045230, 2.045230},
            new Object[] {31L, -2.042272, 2.042272}),
        tInterval(
            new Object[] {2L, 0.0, Math.sqrt(2)},
            new Object[] {3L, 0.0, Math.sqrt(3)},
            new Object[] {30L, 0.0, Math.sqrt(30)},
            new Object[] {31L, 0.0, Math.sqrt(31)}),
        TOLERANCE);
  }

  @Test
  public void t_intervals_beyond_the_table_match_the_t_distribution() {
    // t(0.975; 31) = 2.0395134, t(0.975; 40) = 2.0210754, t(0.975; 120) = 1.9799304,
    // t(0.975; 1000) = 1.9623391.
    assertRows(
        table(
            T,
            new Object[] {32L, -2.0395134, 2.0395134},
            new Object[] {41L, -2.0210754, 2.0210754},
            new Object[] {121L, -1.9799304, 1.9799304},
            new Object[] {1001L, -1.9623391, 1.9623391}),
        tInterval(
            new Object[] {32L, 0.0, Math.sqrt(32)},
            new Object[] {41L, 0.0, Math.sqrt(41)},
            new Object[] {121L, 0.0, Math.sqrt(121)},
            new Object[] {1001L, 0.0, Math.sqrt(1001)}),
        TOLERANCE);
  }

  @Test
  public void t_interval_is_centred_on_the_mean_and_scales_with_the_standard_error() {
    // Values 1, 2, 3: mean 2, sd 1, t(2) = 4.302653, half-width 4.302653 / √3 = 2.4841379.
    assertRows(
        table(T, new Object[] {3L, -0.4841379, 4.4841379}),
        tInterval(new Object[] {3L, 2.0, 1.0}),
        TOLERANCE);
  }

  @Test
  public void a_mean_of_one_value_has_no_interval() {
    assertRows(table(T, new Object[] {1L, null, null}), tInterval(new Object[] {1L, 7.0, null}));
  }
}
