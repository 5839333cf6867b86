package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.analyses.RegistrationCells.Dimension;
import dk.socialbench.analyses.RegistrationCells.Slot;
import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.List;
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

  private static String name(boolean byService) {
    return byService
        ? DatasetNames.PRICE_CHANGE_BY_SERVICE
        : DatasetNames.PRICE_CHANGE_BY_FULFILMENT;
  }

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(name(byService));
  }

  /**
   * The judged improvement goals whose service stayed and has a price at both registrations, by
   * fulfilment (and service) and the change of price; counted as persons.
   */
  static RegistrationCells.Units units(boolean byService) {
    Column change =
        when(col("next_price").lt(col("price")), ResultCodes.LOWER)
            .when(col("next_price").gt(col("price")), ResultCodes.HIGHER)
            .otherwise(ResultCodes.SAME);
    Column fulfilled =
        when(ImprovementGoalFulfilment.fulfilled(), ResultCodes.FULFILLED)
            .otherwise(ResultCodes.NOT_FULFILLED);
    Column compared =
        ImprovementGoalFulfilment.judgedImprovementGoal()
            .and(col("next_service").equalTo(col("service")))
            .and(col("price").isNotNull())
            .and(col("next_price").isNotNull());
    List<Dimension> dimensions = new ArrayList<>();
    if (byService) {
      dimensions.add(Dimension.of("service", Slot.GROUP, col("service")));
    }
    dimensions.add(
        Dimension.of("goal_fulfilled", byService ? Slot.SUBGROUP : Slot.GROUP, fulfilled));
    dimensions.add(Dimension.of("change", Slot.CATEGORY, change));
    return new RegistrationCells.Units(name(byService), compared, dimensions, false);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    return RegistrationCells.distribution(inputs.registrationCells(), units(byService));
  }
}
