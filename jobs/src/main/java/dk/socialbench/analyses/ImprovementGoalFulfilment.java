package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
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

/**
 * Figure 3.11: improvement goals set at the first registration, fully or partially fulfilled at the
 * second ("yes") or not ("no"); goals judged "not relevant" are left out.
 */
final class ImprovementGoalFulfilment implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.IMPROVEMENT_GOAL_FULFILMENT);
  }

  /**
   * Of the registrations ({@link AnalysisInputs#transitions}): the first registrations' improvement
   * goals judged fulfilled or not at the second registration.
   */
  static Column judgedImprovementGoal() {
    return col("registration_number")
        .equalTo(1)
        .and(col("goals_set"))
        .and(col("goal_type").equalTo("improvement"))
        .and(col("has_next"))
        .and(col("next_goal_fulfilled").isin("fully", "partially", "not"));
  }

  static Column fulfilled() {
    return col("next_goal_fulfilled").isin("fully", "partially");
  }

  /** The judged improvement goals, fulfilled or not; counted as persons. */
  static RegistrationCells.Units units() {
    return new RegistrationCells.Units(
        DatasetNames.IMPROVEMENT_GOAL_FULFILMENT,
        judgedImprovementGoal(),
        List.of(
            Dimension.of(
                "fulfilled",
                Slot.CATEGORY,
                when(fulfilled(), ResultCodes.YES).otherwise(ResultCodes.NO))),
        false);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    return RegistrationCells.distribution(inputs.registrationCells(), units());
  }
}
