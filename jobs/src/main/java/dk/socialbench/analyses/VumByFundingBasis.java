package dk.socialbench.analyses;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Figure 3.7: mean VUM score at the first registration by funding basis. */
final class VumByFundingBasis implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.VUM_BY_FUNDING_BASIS);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    // Averaged with the other analyses of the first registrations, by FundingBasis.fundingBasis().
    return Means.fromCells(
        FirstRegistrationCells.means(
            inputs.firstRegistrationMeans(), DatasetNames.VUM_BY_FUNDING_BASIS),
        Rounding.VUM,
        List.of(),
        List.of("municipality_code", "funding_basis"));
  }
}
