package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
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
    // Counted with the other analyses of the first registrations, by fundingBasis().
    return Distribution.fromCounts(
        FirstRegistrationCells.counts(inputs.firstRegistrationCounts(), DatasetNames.FUNDING_BASIS),
        List.of("municipality_code", "funding_basis"));
  }
}
