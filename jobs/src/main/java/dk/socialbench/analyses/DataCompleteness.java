package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Data completeness per municipality and column: of the accepted registrations where a column
 * applies (a daily price only for §107, hours only for §85, a goal type only where goals were set
 * ...), how many have it filled. The report's first finding was how hard these data were to get;
 * the optional columns show what each municipality can deliver.
 */
final class DataCompleteness implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.DATA_COMPLETENESS);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    // CPR and name are never stored; both are required where they matter. Whether a cell is
    // filled is read from the registrations' flags (FilledCells): the cached registrations hold
    // only the columns the analyses read (AnalysisInputs).
    List<DeliveryColumn> columns = FilledCells.COLUMNS;
    // Counted per municipality in one wide aggregation over the registrations, then summed over
    // the municipalities for "all" (exact: whole numbers), then one row per column: the
    // registrations are read once, not once per column and scope.
    List<Column> counts = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      DeliveryColumn c = columns.get(i);
      counts.add(sum(when(applies(c), 1L).otherwise(0L)).as("applicable_" + i));
      counts.add(
          sum(when(applies(c).and(FilledCells.filled(c)), 1L).otherwise(0L)).as("filled_" + i));
    }
    Dataset<Row> perMunicipality =
        inputs.registrations().groupBy("municipality_code").agg(first(counts), rest(counts));
    // "all" summed from the municipalities' rows, beside them: a window over the few rows of one
    // per municipality (exact: whole numbers), whose first row carries "all" too. A union of the
    // municipalities' rows and their sum read the registrations twice, once per side
    // (docs/benchmarks.md 1.65); no registrations give no row, so no "all" row either.
    WindowSpec municipalities = Window.orderBy("municipality_code");
    WindowSpec every =
        municipalities.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    List<Column> beside = new ArrayList<>(List.of(col("municipality_code")));
    beside.add(row_number().over(municipalities).equalTo(1).as("first_row"));
    List<Column> own = new ArrayList<>(List.of(col("municipality_code")));
    List<Column> all = new ArrayList<>(List.of(lit(Municipalities.ALL).as("municipality_code")));
    for (int i = 0; i < columns.size(); i++) {
      for (String count : List.of("applicable_" + i, "filled_" + i)) {
        beside.add(col(count));
        beside.add(sum(count).over(every).as("all_" + count));
        own.add(col(count));
        all.add(col("all_" + count).as(count));
      }
    }
    // The windows in a step of their own: Spark evaluates no window inside a generator.
    Column scopes =
        when(
                col("first_row"),
                array(struct(own.toArray(Column[]::new)), struct(all.toArray(Column[]::new))))
            .otherwise(array(struct(own.toArray(Column[]::new))));
    Dataset<Row> withAll =
        perMunicipality
            .select(beside.toArray(Column[]::new))
            .select(explode(scopes).as("scope"))
            .select(col("scope.*"));
    List<Column> cells = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      DeliveryColumn c = columns.get(i);
      cells.add(
          struct(
              lit(c.code()).as("column"),
              mandatory(c).as("mandatory"),
              col("applicable_" + i).as("applicable_rows"),
              col("filled_" + i).as("filled_rows")));
    }
    return withAll
        .select(col("municipality_code"), explode(array(cells.toArray(Column[]::new))).as("c"))
        .select(col("municipality_code"), col("c.*"))
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

  private static Column first(List<Column> columns) {
    return columns.get(0);
  }

  private static Column[] rest(List<Column> columns) {
    return columns.subList(1, columns.size()).toArray(Column[]::new);
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
