package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * How much more the municipalities' log ratios vary than chance explains, per service
 * (Spiegelhalter 2005, "Funnel plots for comparing institutional performance", section 3.4): z_i =
 * log ratio_i / s_i against the target ratio 1; the overdispersion φ = mean of the squared z-scores
 * after 10% Winsorisation (the ⌊0.1·I⌋ lowest and highest z-scores set to the next one in); and the
 * between-municipality variance of the additive random-effects model, τ² = (I·φ − (I − 1)) / (Σ w −
 * Σ w² / Σ w) with w = 1/s², or 0 when that is negative or fewer than two municipalities have a
 * ratio.
 *
 * <p>Computed with windows over each service's rows, so that the ratios are not computed twice for
 * a self-join.
 */
final class Overdispersion {
  private Overdispersion() {}

  /**
   * @param ratios {@link CasemixRatios} of the municipalities (not "all")
   * @return the same rows with the service's {@code municipalities} (I, those with a ratio and a
   *     variance), {@code phi} and {@code tau2}
   */
  static Dataset<Row> annotate(Dataset<Row> ratios) {
    Column scorable = col("log_ratio").isNotNull().and(col("log_ratio_variance").gt(0));
    WindowSpec service = Window.partitionBy("service");
    Column z = when(scorable, col("log_ratio").divide(sqrt(col("log_ratio_variance"))));
    Column w = when(scorable, lit(1.0).divide(col("log_ratio_variance")));
    Dataset<Row> ranked =
        ratios
            .withColumn("z", z)
            .withColumn("w", w)
            .withColumn(
                "rank",
                row_number().over(Window.partitionBy("service").orderBy(col("z").asc_nulls_last())))
            .withColumn("municipalities", count(col("z")).over(service));
    // Winsorised at the ⌊0.1·I⌋-th z-score from either end.
    Column trimmed = floor(col("municipalities").multiply(0.1));
    Column low = min(when(col("rank").equalTo(trimmed.plus(1)), col("z"))).over(service);
    Column high =
        max(when(col("rank").equalTo(col("municipalities").minus(trimmed)), col("z")))
            .over(service);
    Dataset<Row> sums =
        ranked
            // greatest and least skip nulls: a row without a z-score must stay without one.
            .withColumn("z_w", when(col("z").isNotNull(), least(greatest(col("z"), low), high)))
            // Summed in order of value, the same for any order of the rows (ExactSum).
            .withColumn(
                "phi",
                ExactSum.sortedOver(pow(col("z_w"), 2), service)
                    .divide(count(col("z_w")).over(service)))
            .withColumn("w_sum", ExactSum.sortedOver(col("w"), service))
            .withColumn("w_squares", ExactSum.sortedOver(pow(col("w"), 2), service));
    Column i = col("municipalities");
    Column tau2 =
        i.multiply(col("phi"))
            .minus(i.minus(1))
            .divide(col("w_sum").minus(col("w_squares").divide(col("w_sum"))));
    return sums.withColumn(
            "tau2", when(i.geq(2), greatest(lit(0.0), coalesce(tau2, lit(0.0)))).otherwise(0.0))
        .drop("z", "w", "rank", "z_w", "w_sum", "w_squares");
  }
}
