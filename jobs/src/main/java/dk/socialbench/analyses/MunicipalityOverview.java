package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What each municipality delivered: cases, registrations and the period they span. Registrations
 * are counted with a key of their own ({@link Registrations}), so that they are perturbed when
 * published like every count the stages of figure 2.1 add up to.
 */
final class MunicipalityOverview implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.MUNICIPALITY_OVERVIEW);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Column[] cases = Persons.counted("cases", col("registration_number").equalTo(1));
    Column[] registrations = Registrations.counted("registrations");
    return MunicipalityTotals.withAll(Registrations.withKey(inputs.registrations()))
        .groupBy("municipality_code")
        .agg(
            cases[0],
            cases[1],
            registrations[0],
            registrations[1],
            min("registration_date").as("first_registration_date"),
            max("registration_date").as("last_registration_date"));
  }
}
