package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Each municipality's actual against expected mean price per service (indirect standardisation
 * against the rest of the country, strata from {@link CasemixStrata}), with the log ratio and its
 * variance, unrounded: the common input of the benchmark and its funnel.
 *
 * <p>With n own cases, n_S of them in stratum S whose reference has R_S cases, mean μ_S and
 * variance σ²_S: expected = Σ n_S μ_S / n; actual = the own mean. The own cases are taken to vary
 * within their strata as the reference does, so Var(actual) = Σ n_S σ²_S / n², and the reference
 * means carry Var(expected) = Σ n_S² σ²_S / R_S / n². The two are independent (disjoint cases), and
 * by the delta method, with a coefficient of variation that does not depend on the level of price,
 * Var(log ratio) = Σ n_S σ²_S (1 + n_S / R_S) / (n · expected)².
 *
 * <p>Output: {@code municipality_code, service, cases, actual_mean, expected_mean, log_ratio,
 * log_ratio_variance}; the last three are null where the reference is too small or a mean is 0.
 */
final class CasemixRatios {
  private CasemixRatios() {}

  /**
   * @param cases one row per case: {@code municipality_code, service, vum_score, age_group, price}
   */
  static Dataset<Row> of(Dataset<Row> cases, int minReference) {
    Dataset<Row> totals =
        CasemixStrata.of(cases, minReference)
            .groupBy("municipality_code", "service")
            .agg(
                sum("cases").as("cases"),
                // A municipality's strata are a few dozen rows: summed in order of value.
                ExactSum.sorted(col("price_sum")).as("actual_total"),
                ExactSum.sorted(col("cases").multiply(col("reference_mean"))).as("expected_total"),
                ExactSum.sorted(
                        col("cases")
                            .multiply(col("reference_variance"))
                            .multiply(col("stratum_cases").divide(col("reference_cases")).plus(1)))
                    .as("variance_total"),
                min("reference_cases").as("smallest_reference"));
    Column referenced = col("smallest_reference").geq(minReference);
    Column positive = col("actual_total").gt(0).and(col("expected_total").gt(0));
    return totals.select(
        col("municipality_code"),
        col("service"),
        col("cases"),
        col("actual_total").divide(col("cases")).as("actual_mean"),
        when(referenced, col("expected_total").divide(col("cases"))).as("expected_mean"),
        when(referenced.and(positive), log(col("actual_total").divide(col("expected_total"))))
            .as("log_ratio"),
        when(referenced.and(positive), col("variance_total").divide(pow(col("expected_total"), 2)))
            .as("log_ratio_variance"));
  }
}
