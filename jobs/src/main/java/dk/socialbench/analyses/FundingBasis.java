package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Figure 3.6: funding basis at the first registration, "not_reported" where it is empty. */
final class FundingBasis implements Analysis {

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.FUNDING_BASIS);
  }

  static Column fundingBasis() {
    return coalesce(col("funding_basis"), lit(ResultCodes.NOT_REPORTED)).as("funding_basis");
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
                fundingBasis());
    return Distribution.of(units, "funding_basis");
  }
}
