package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Figures 3.4 and 3.5, for every k that has data: the VUM score at registration k against the score
 * at k+1 (lower is better), with cases that have no k+1 as their own direction.
 */
final class VumDevelopment implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.VUM_DEVELOPMENT);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> transitions = inputs.transitions();
    Column direction =
        when(col("has_next").equalTo(false), ResultCodes.NO_NEXT_REGISTRATION)
            .when(col("next_vum_score").lt(col("vum_score")), ResultCodes.IMPROVED)
            .when(col("next_vum_score").gt(col("vum_score")), ResultCodes.WORSENED)
            .otherwise(ResultCodes.SAME);
    Dataset<Row> units =
        transitions
            .join(Transitions.stagesWithData(transitions), "registration_number")
            .select(
                col("municipality_code"),
                col("person_key"),
                col(Persons.PERSON_ID),
                col(Persons.RECORD_KEY),
                col("registration_number").as("from_registration"),
                col("vum_score").as("vum_from"),
                direction.as("direction"));
    return Distribution.of(units, "from_registration", "vum_from", "direction");
  }
}
