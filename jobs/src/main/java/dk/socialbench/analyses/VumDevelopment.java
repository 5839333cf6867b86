package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.analyses.RegistrationCells.Dimension;
import dk.socialbench.analyses.RegistrationCells.Slot;
import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Figures 3.4 and 3.5, for every k that has data: the VUM score at registration k against the score
 * at k+1 (lower is better), with cases that have no k+1 as their own direction.
 */
final class VumDevelopment implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.VUM_DEVELOPMENT);
  }

  /** Every registration k, by its score and the direction to k+1. */
  static RegistrationCells.Units units() {
    Column direction =
        when(col("has_next").equalTo(false), ResultCodes.NO_NEXT_REGISTRATION)
            .when(col("next_vum_score").lt(col("vum_score")), ResultCodes.IMPROVED)
            .when(col("next_vum_score").gt(col("vum_score")), ResultCodes.WORSENED)
            .otherwise(ResultCodes.SAME);
    return new RegistrationCells.Units(
        DatasetNames.VUM_DEVELOPMENT,
        lit(true),
        List.of(
            Dimension.stage("from_registration", col("registration_number")),
            Dimension.of("vum_from", Slot.SCORE, col("vum_score")),
            Dimension.of("direction", Slot.CATEGORY, direction)),
        false);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    // Only the k at which some case, anywhere, has a k+1 (Transitions.stagesWithData): those are
    // the k with a cell of another direction than "no next registration". A whole k is kept or
    // dropped, and a line lies within one k, so the lines' totals are those of the k it keeps.
    Column hasNext =
        max(when(col("direction").notEqual(ResultCodes.NO_NEXT_REGISTRATION), lit(true)))
            .over(Window.partitionBy("from_registration"));
    return RegistrationCells.distribution(inputs.registrationCells(), units())
        .withColumn("stage_has_next", hasNext)
        .filter(col("stage_has_next").isNotNull())
        .drop("stage_has_next");
  }
}
