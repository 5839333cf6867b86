package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
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
    Dataset<Row> units =
        inputs
            .firstRegistrations()
            .select(
                col("municipality_code"),
                col("person_key"),
                col(Persons.PERSON_ID),
                col(Persons.RECORD_KEY),
                FundingBasis.fundingBasis(),
                col("vum_score"));
    return Means.of(units, "vum_score", Rounding.VUM, "funding_basis");
  }
}
