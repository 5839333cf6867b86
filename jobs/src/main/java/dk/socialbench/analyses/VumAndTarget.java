package dk.socialbench.analyses;

import static dk.socialbench.analyses.Rounding.VUM;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Figure 3.3: mean VUM score at the first registration and, for cases with a VUM target, the mean
 * target beside the mean score of those same cases (a fair comparison: targets are set more often
 * for lower scores).
 */
final class VumAndTarget implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.VUM_AND_TARGET);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Column hasTarget = col("vum_target").isNotNull();
    return Persons.aggregate(
            MunicipalityTotals.withAll(inputs.firstRegistrations()),
            List.of("municipality_code"),
            List.of(
                ExactMean.of("vum_score").as("mean_vum"),
                ExactSum.sampleSd("vum_score").as("sd_vum"),
                ExactMean.of(when(hasTarget, col("vum_score"))).as("mean_vum_of_target_cases"),
                ExactMean.of("vum_target").as("mean_vum_target"),
                ExactSum.sampleSd("vum_target").as("sd_target")),
            Persons.persons("cases"),
            Persons.persons("target_cases", hasTarget))
        .select(
            col("municipality_code"),
            col("cases"),
            col("cases_key"),
            VUM.rounded(col("mean_vum")).as("mean_vum"),
            VUM.bound(Intervals.meanLow(col("mean_vum"), col("sd_vum"), col("cases")))
                .as("mean_vum_ci_low"),
            VUM.bound(Intervals.meanHigh(col("mean_vum"), col("sd_vum"), col("cases")))
                .as("mean_vum_ci_high"),
            col("target_cases"),
            col("target_cases_key"),
            VUM.rounded(col("mean_vum_of_target_cases")).as("mean_vum_of_target_cases"),
            VUM.rounded(col("mean_vum_target")).as("mean_vum_target"),
            VUM.bound(
                    Intervals.meanLow(
                        col("mean_vum_target"), col("sd_target"), col("target_cases")))
                .as("mean_vum_target_ci_low"),
            VUM.bound(
                    Intervals.meanHigh(
                        col("mean_vum_target"), col("sd_target"), col("target_cases")))
                .as("mean_vum_target_ci_high"));
  }
}
