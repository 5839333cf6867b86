package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@link ServiceYears} summed per municipality (and {@code all}), service and calendar year:
 * what activity, unit cost and the development's unit-cost key figures all read, so that the
 * person-years are aggregated once per run rather than once for each of them.
 *
 * <p>Columns: {@code municipality_code, service, year}, the {@link RatioEstimate#sums ratio sums}
 * of the unit cost prefixed {@code cost} ({@code cost_n}: persons served in the year; {@code
 * cost_x}: full-year users, Σ days ÷ the year's days; {@code cost_y}: the amount, see {@link
 * UnitCostByYear#amount()}) and {@code users_dec31} (persons served on 31 December), each count
 * with its cell key ({@code cost_n_key}, {@code users_dec31_key}).
 */
final class ServiceYearTotals {
  /** The prefix of the unit cost's ratio sums. */
  static final String COST = "cost";

  private ServiceYearTotals() {}

  static Dataset<Row> of(Dataset<Row> serviceYears) {
    String quantity = "person-years' amounts";
    List<Column> sums =
        new ArrayList<>(
            RatioEstimate.sums(
                UnitCostByYear.amountUnits(), lit(ExactSum.YEAR_SHARE), COST, quantity));
    sums.addAll(List.of(Persons.onePerRow("users_dec31", col("on_dec31"))));
    Dataset<Row> inUnits =
        RatioEstimate.withUnits(
            serviceYears,
            UnitCostByYear.amount(),
            UnitCostByYear.amountUnits(),
            UnitCostByYear.fullYearShare(),
            lit(ExactSum.YEAR_SHARE),
            COST,
            quantity);
    return RatioEstimate.aggregate(inUnits.groupBy("municipality_code", "service", "year"), sums);
  }
}
