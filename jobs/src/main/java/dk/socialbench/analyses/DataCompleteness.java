package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Data completeness per municipality and column: of the accepted registrations where a column
 * applies (a daily price only for §107, hours only for §85, a goal type only where goals were set
 * ...), how many have it filled. The report's first finding was how hard these data were to get;
 * the optional columns show what each municipality can deliver.
 */
final class DataCompleteness implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName("data_completeness");
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    List<Column> cells = new ArrayList<>();
    for (DeliveryColumn c : DeliveryColumn.values()) {
      if (c == DeliveryColumn.CPR || c == DeliveryColumn.NAME) {
        continue; // never stored; both are required where they matter
      }
      cells.add(
          struct(
              lit(c.code()).as("column"),
              mandatory(c).as("mandatory"),
              applies(c).as("applicable"),
              applies(c).and(col(c.code()).isNotNull()).as("filled")));
    }
    Dataset<Row> perRow =
        MunicipalityTotals.withAll(inputs.registrations())
            .select(col("municipality_code"), explode(array(cells.toArray(Column[]::new))).as("c"))
            .select(col("municipality_code"), col("c.*"));
    return perRow
        .groupBy("municipality_code", "column", "mandatory")
        .agg(
            sum(when(col("applicable"), 1L).otherwise(0L)).as("applicable_rows"),
            sum(when(col("filled"), 1L).otherwise(0L)).as("filled_rows"))
        .withColumn(
            "share_filled",
            Rounding.SHARE.rounded(
                when(
                    col("applicable_rows").gt(0),
                    col("filled_rows").divide(col("applicable_rows")))))
        .select(
            "municipality_code",
            "column",
            "mandatory",
            "applicable_rows",
            "filled_rows",
            "share_filled");
  }

  /**
   * Required columns, and conditional ones (a daily price for §107 ...): ingest rejects a row that
   * leaves either empty where {@link #applies} says it applies, so both are mandatory there.
   */
  private static Column mandatory(DeliveryColumn c) {
    return lit(c.presence() != DeliveryColumn.Presence.OPTIONAL);
  }

  /** The registrations on which a column is expected at all. */
  private static Column applies(DeliveryColumn c) {
    return switch (c) {
      case DAILY_PRICE -> col("service").equalTo("SEL107");
      case HOURS_INDIVIDUAL, HOURS_GROUP -> col("service").equalTo("SEL85");
      case GOAL_TYPE, VUM_TARGET, EXPECTED_GOAL_DATE -> col("goals_set");
      case CLOSED_DATE -> col("case_closed").equalTo(true);
      case PREVIOUS_GOAL_FULFILLED -> col("registration_number").gt(1);
      // Delivered only where the dates cannot tell: a first registration that is a follow-up.
      case MONTHS_SINCE_PREVIOUS ->
          col("registration_number").equalTo(1).and(col("registration_kind").equalTo("follow_up"));
      default -> lit(true);
    };
  }
}
