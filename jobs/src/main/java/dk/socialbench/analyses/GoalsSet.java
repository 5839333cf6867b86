package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Figure 3.1: were goals set for the citizen's development at the first registration? */
final class GoalsSet implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.GOALS_SET);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Dataset<Row> units =
        inputs
            .firstRegistrations()
            .select(
                col("municipality_code"),
                col("person_key"),
                col(Persons.PERSON_ID),
                col(Persons.RECORD_KEY),
                when(col("goals_set"), ResultCodes.YES).otherwise(ResultCodes.NO).as("goals_set"));
    return Distribution.of(units, "goals_set");
  }
}
