package dk.socialbench.analyses;

import static dk.socialbench.analyses.Rounding.RATIO;
import static org.apache.spark.sql.functions.ceil;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log2;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sqrt;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The control limits of the case-mix benchmark's funnel plot (Spiegelhalter 2005): per service,
 * over a grid of precision (1 / variance of the log ratio), the ratios a municipality of that
 * precision reaches with probability 95% and 99.8% if it works like the rest of the country up to
 * the between-municipality variance τ²: exp(± z · √(1/precision + τ²)). The grid runs evenly on the
 * log scale over the municipalities' precisions with room on both sides: from a power of 2 at most
 * half the lowest to a power of 2 at least twice the highest, so that its ends do not give away the
 * precision, and with it roughly the size, of a municipality whose row is suppressed. Each
 * municipality's point (precision, ratio) is in {@code casemix_benchmark}.
 */
final class CasemixFunnel implements Analysis {
  static final int GRID_POINTS = 41;

  /** The standard normal's 99.9% quantile: 99.8% of values within ± this. */
  static final double Z_998 = 3.090232306167813;

  private final int minReference;
  private final int points;

  CasemixFunnel() {
    this(CasemixBenchmark.MIN_REFERENCE_CASES, GRID_POINTS);
  }

  /**
   * @param minReference as {@link CasemixBenchmark#CasemixBenchmark(int)}
   * @param points grid points per service, at least 2
   */
  CasemixFunnel(int minReference, int points) {
    if (points < 2) {
      throw new IllegalArgumentException("a funnel needs at least 2 grid points: " + points);
    }
    this.minReference = minReference;
    this.points = points;
  }

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.CASEMIX_FUNNEL);
  }

  /** ln(2^exponent): the grid is spaced on the log scale. */
  private static Column logOfPowerOfTwo(Column exponent) {
    return exponent.multiply(Math.log(2));
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Column precision = lit(1.0).divide(col("log_ratio_variance"));
    Dataset<Row> range =
        inputs
            .casemixRatios(minReference)
            .filter(col("log_ratio_variance").gt(0))
            .groupBy("service", "municipalities", "phi", "tau2")
            .agg(
                logOfPowerOfTwo(floor(log2(min(precision).divide(2)))).as("log_low"),
                logOfPowerOfTwo(ceil(log2(max(precision).multiply(2)))).as("log_high"));
    Column step = col("log_high").minus(col("log_low")).divide(points - 1);
    Dataset<Row> grid =
        range
            .withColumn("point", explode(sequence(lit(0), lit(points - 1))))
            .withColumn("precision", exp(col("log_low").plus(step.multiply(col("point")))));
    Column spread = sqrt(lit(1.0).divide(col("precision")).plus(col("tau2")));
    return grid.select(
        lit(Municipalities.ALL).as("municipality_code"),
        col("service"),
        col("point"),
        round(col("precision"), 2).as("precision"),
        RATIO.rounded(exp(spread.multiply(-Intervals.Z))).as("limit_95_low"),
        RATIO.rounded(exp(spread.multiply(Intervals.Z))).as("limit_95_high"),
        RATIO.rounded(exp(spread.multiply(-Z_998))).as("limit_998_low"),
        RATIO.rounded(exp(spread.multiply(Z_998))).as("limit_998_high"),
        col("municipalities"),
        round(col("phi"), 3).as("phi"),
        round(col("tau2"), 4).as("tau2"));
  }
}
