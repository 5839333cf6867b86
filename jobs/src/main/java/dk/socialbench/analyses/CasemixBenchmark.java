package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.stddev_samp;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.collection.JavaConverters;

/**
 * The case-mix-adjusted benchmark figure 3.16 could not give (indirect standardisation): each case
 * is expected to cost the national mean of its stratum (service × VUM score × age group); a
 * municipality's expected mean is the mean of its cases' expectations, its ratio actual/expected.
 * The interval treats the national stratum means as known (they rest on far more cases than one
 * municipality's) and takes the uncertainty of the municipality's own mean residual: ratio ± t ·
 * sd(actual − expected) / √n / expected.
 */
final class CasemixBenchmark implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName("casemix_benchmark");
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> cases =
        inputs
            .firstRegistrations()
            .filter(col("price").isNotNull())
            .select(
                col("municipality_code"),
                col("service"),
                col("vum_score"),
                PriceByGroup.ageGroup(),
                col("price"));
    Dataset<Row> strata =
        cases.groupBy("service", "vum_score", "age_group").agg(avg("price").as("expected"));
    Dataset<Row> withExpected =
        cases
            .join(
                strata,
                JavaConverters.asScalaBuffer(List.of("service", "vum_score", "age_group")).toSeq())
            .withColumn("residual", col("price").minus(col("expected")));
    Dataset<Row> byMunicipality =
        MunicipalityTotals.withAll(withExpected)
            .groupBy("municipality_code", "service")
            .agg(
                count("*").as("cases"),
                avg("price").as("actual_mean"),
                avg("expected").as("expected_mean"),
                stddev_samp("residual").as("sd_residual"));
    Column ratio = col("actual_mean").divide(col("expected_mean"));
    Column n = col("cases");
    Column sdOfRatio = col("sd_residual").divide(col("expected_mean"));
    return byMunicipality.select(
        col("municipality_code"),
        col("service"),
        col("cases"),
        col("actual_mean"),
        col("expected_mean"),
        ratio.as("ratio"),
        Intervals.meanLow(ratio, sdOfRatio, n).as("ratio_ci_low"),
        Intervals.meanHigh(ratio, sdOfRatio, n).as("ratio_ci_high"));
  }
}
