package dk.socialbench.analyses;

import static dk.socialbench.analyses.Rounding.VUM;
import static org.apache.spark.sql.functions.col;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
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

  /**
   * Read from the shared means cells of the first registrations ({@link FirstRegistrationCells}):
   * the scores' cells of every case, and the targets' cells of the cases with a target, with their
   * mean score beside; a municipality without a target has no targets' cell (0 cases, key 0, no
   * means, as a count and means over no rows give). A small query instead of an aggregation of its
   * own (docs/benchmarks.md 1.74).
   */
  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> scores =
        FirstRegistrationCells.meanAndSd(
            inputs.firstRegistrationMeans(), DatasetNames.VUM_AND_TARGET, "vum");
    Dataset<Row> targets =
        FirstRegistrationCells.means(
                inputs.firstRegistrationMeans(), FirstRegistrationCells.VUM_TARGETS)
            .select(
                col("municipality_code"),
                col("cases").as("target_cases"),
                col("cases_key").as("target_cases_key"),
                col("mean_vum_score").as("mean_vum_of_target_cases"),
                col("mean").as("mean_vum_target"),
                col("sd").as("sd_target"));
    return FirstRegistrationCells.withCellsOrNone(
            scores, targets, "target_cases", "municipality_code")
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
