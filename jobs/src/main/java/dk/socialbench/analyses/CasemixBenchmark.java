package dk.socialbench.analyses;

import static dk.socialbench.analyses.Rounding.PRICE;
import static dk.socialbench.analyses.Rounding.RATIO;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The case-mix-adjusted benchmark figure 3.16 could not give: each municipality's mean price (§107)
 * or hours (§85) at the first registration against what its cases would cost at the practice of the
 * rest of the country, stratum by stratum (service × VUM score × age group, merged where the
 * reference is small: {@link CasemixStrata}; variance: {@link CasemixRatios}).
 *
 * <p>Per municipality and service: the ratio actual/expected with a 95% interval on the log scale
 * (never negative), its precision (1 / variance of the log ratio, the funnel plot's x-axis), and
 * the ratio shrunk towards 1 by a random municipality effect whose variance τ² is estimated from
 * all municipalities ({@link Overdispersion}): log shrunken = log ratio · τ² / (τ² + v), with
 * variance v · τ² / (τ² + v). For {@code all} the ratio is 1 by construction and has no interval.
 */
final class CasemixBenchmark implements Analysis {
  /** Reference cases a stratum needs before it is used unmerged. */
  static final int MIN_REFERENCE_CASES = 10;

  private final int minReference;

  CasemixBenchmark() {
    this(MIN_REFERENCE_CASES);
  }

  /**
   * @param minReference the fewest cases of other municipalities a stratum may rest on (at least 2,
   *     so that its variance exists)
   */
  CasemixBenchmark(int minReference) {
    if (minReference < 2) {
      throw new IllegalArgumentException("minReference must be at least 2: " + minReference);
    }
    this.minReference = minReference;
  }

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.CASEMIX_BENCHMARK);
  }

  /** One row per case with a price: the strata's dimensions at the first registration. */
  static Dataset<Row> cases(AnalysisInputs inputs) {
    return cases(inputs.firstRegistrations());
  }

  /** The same, from the first registrations themselves. */
  static Dataset<Row> cases(Dataset<Row> firstRegistrations) {
    return firstRegistrations
        .filter(col("price").isNotNull())
        .select(
            col("municipality_code"),
            col("person_key"),
            col(Persons.PERSON_ID),
            col(Persons.RECORD_KEY),
            col("service"),
            col("vum_score"),
            PriceByGroup.ageGroup(),
            col("price"));
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    // Each municipality's cell key and the national mean and key are price_by_municipality's
    // cells: the same first registrations with a price, the key of their distinct persons. They
    // are read from the shared cells rather than aggregated again with a window over every case
    // (docs/benchmarks.md 1.54); the national number of cases is the municipalities' summed.
    Dataset<Row> cells =
        FirstRegistrationCells.means(
            inputs.firstRegistrationMeans(), DatasetNames.PRICE_BY_MUNICIPALITY);
    Column national = col("municipality_code").equalTo(Municipalities.ALL);
    Dataset<Row> ratios = inputs.casemixRatios(minReference);
    Dataset<Row> keys =
        cells
            .filter(not(national))
            .select(col("municipality_code"), col("service"), col("cases_key"));
    Dataset<Row> withTau = ratios.join(keys, new String[] {"municipality_code", "service"});
    Column logRatio = col("log_ratio");
    Column v = col("log_ratio_variance");
    Column half = sqrt(v).multiply(Intervals.Z);
    Column tau2 = col("tau2");
    Column shrunken = logRatio.multiply(tau2).divide(tau2.plus(v));
    Column shrunkenHalf = sqrt(v.multiply(tau2).divide(tau2.plus(v))).multiply(Intervals.Z);
    Column hasVariance = v.gt(0);
    Dataset<Row> municipalities =
        withTau.select(
            col("municipality_code"),
            col("service"),
            col("cases"),
            col("cases_key"),
            PRICE.rounded(col("actual_mean")).as("actual_mean"),
            PRICE.rounded(col("expected_mean")).as("expected_mean"),
            RATIO.rounded(col("actual_mean").divide(col("expected_mean"))).as("ratio"),
            RATIO.bound(exp(logRatio.minus(half))).as("ratio_ci_low"),
            RATIO.bound(exp(logRatio.plus(half))).as("ratio_ci_high"),
            when(hasVariance, round(lit(1.0).divide(v), 2)).as("precision"),
            RATIO.rounded(when(hasVariance, exp(shrunken))).as("shrunken_ratio"),
            RATIO.bound(when(hasVariance, exp(shrunken.minus(shrunkenHalf)))).as("shrunken_ci_low"),
            RATIO
                .bound(when(hasVariance, exp(shrunken.plus(shrunkenHalf))))
                .as("shrunken_ci_high"));
    Dataset<Row> nationalCases = ratios.groupBy("service").agg(sum("cases").as("cases"));
    return municipalities.unionByName(
        national(
            cells
                .filter(national)
                .select(col("municipality_code"), col("service"), col("cases_key"), col("mean"))
                .join(nationalCases, "service")));
  }

  /**
   * All municipalities together, from {@code all}'s cell (mean and key) and the municipalities'
   * cases summed: the national mean is its own expectation, ratio 1.
   */
  private static Dataset<Row> national(Dataset<Row> counted) {
    Column none = lit(null).cast("double");
    return counted.select(
        col("municipality_code"),
        col("service"),
        col("cases"),
        col("cases_key"),
        PRICE.rounded(col("mean")).as("actual_mean"),
        PRICE.rounded(col("mean")).as("expected_mean"),
        lit(1.0).as("ratio"),
        none.as("ratio_ci_low"),
        none.as("ratio_ci_high"),
        none.as("precision"),
        none.as("shrunken_ratio"),
        none.as("shrunken_ci_low"),
        none.as("shrunken_ci_high"));
  }
}
