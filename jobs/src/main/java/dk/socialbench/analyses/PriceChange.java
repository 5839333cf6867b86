package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Figures 3.17 and 3.18: for cases with an improvement goal at the first registration, did the
 * price (§107) or hours (§85) at the second registration go down, stay or go up, for goals fully or
 * partially fulfilled against goals not fulfilled; 3.18 splits by service. Cases that changed
 * service between the two registrations are left out: their price and hours do not compare.
 */
final class PriceChange implements Analysis {
  private final boolean byService;

  private PriceChange(boolean byService) {
    this.byService = byService;
  }

  /** Figure 3.17. */
  static PriceChange byFulfilment() {
    return new PriceChange(false);
  }

  /** Figure 3.18. */
  static PriceChange byService() {
    return new PriceChange(true);
  }

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(
        byService ? "price_change_by_service" : "price_change_by_fulfilment");
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    Column change =
        when(col("next_price").lt(col("price")), ResultCodes.LOWER)
            .when(col("next_price").gt(col("price")), ResultCodes.HIGHER)
            .otherwise(ResultCodes.SAME);
    Column fulfilled =
        when(ImprovementGoalFulfilment.fulfilled(), ResultCodes.FULFILLED)
            .otherwise(ResultCodes.NOT_FULFILLED);
    Dataset<Row> units =
        ImprovementGoalFulfilment.judgedImprovementGoals(inputs)
            .filter(
                col("next_service")
                    .equalTo(col("service"))
                    .and(col("price").isNotNull())
                    .and(col("next_price").isNotNull()))
            .select(
                col("municipality_code"),
                col("person_key"),
                col(Persons.PERSON_ID),
                col(Persons.RECORD_KEY),
                col("service"),
                fulfilled.as("goal_fulfilled"),
                change.as("change"));
    return byService
        ? Distribution.of(units, "service", "goal_fulfilled", "change")
        : Distribution.of(units.drop("service"), "goal_fulfilled", "change");
  }
}
