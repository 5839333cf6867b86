package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dayofmonth;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructType;

/**
 * The rules that need all rows of a case (a case is a municipality code and a case id): master data
 * agreeing on every row, one registration per date, the previous goal judged on every registration
 * after the first. A case with any rejected row is rejected whole, because its remaining rows would
 * be numbered wrongly (registration 2 would pass for 1) and silently skew every "k→k+1" analysis.
 *
 * <p>Also derives what needs the case's order: registration number, registrations in the case and
 * months since the previous registration.
 */
final class CaseRules {
  private CaseRules() {}

  static final List<String> MASTER_DATA =
      List.of("person_key", "target_group", "case_closed", "closed_date", "closing_reason");

  private static final int LINES_SHOWN = 5;

  /** Adds {@code final_accepted}, {@code final_errors} and the derived columns. */
  static Dataset<Row> apply(Dataset<Row> rows) {
    return judge(flag(rows));
  }

  /**
   * {@link #apply} of rows {@link #flag}ged already (or checked as it would, {@link CaseChecks}).
   */
  static Dataset<Row> judge(Dataset<Row> flagged) {
    return accepted(flagged.filter(not(col("case_bad"))))
        .unionByName(explain(flagged.filter(col("case_bad"))));
  }

  /**
   * The cheap pass over every row: the derived columns, and {@code case_bad} where any rule of the
   * case is broken. One sort by case and one window operator: every column is a window function
   * over the case in registration order (numbering, the previous date) or over the whole case
   * (counts, minima and maxima), all in one {@code select}, so that Spark plans one Sort and one
   * Window; no per-row lists (on national data almost every case is fine and should cost as little
   * as possible). Nothing here nests one window function in another, which would need a second
   * Window operator (docs/benchmarks.md 1.9).
   */
  static Dataset<Row> flag(Dataset<Row> rows) {
    // Rejected rows have no date: last, so that accepted rows are numbered 1, 2, 3 ...
    WindowSpec inOrder =
        byCase()
            .orderBy(
                col("registration_date").asc_nulls_last(), col("source_file"), col("source_line"));
    WindowSpec wholeCase =
        inOrder.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    Column accepted = col("accepted");
    Column rowsInCase = count(lit(1)).over(wholeCase);
    Column acceptedInCase = count(when(accepted, lit(1))).over(wholeCase);
    // Accepted rows always have a date, rejected ones never: two accepted rows on one date are
    // two dates fewer than accepted rows.
    Column datesInCase =
        size(collect_set(when(accepted, col("registration_date"))).over(wholeCase));
    // Every registration after the first must judge the previous goal. When every row is
    // accepted, the rows after the first that lack it are those that lack it, less the first.
    Column goalMissing = col("previous_goal_fulfilled").isNull();
    Column goalMissingAfterFirst =
        count(when(goalMissing, lit(1)))
            .over(wholeCase)
            .minus(first(goalMissing.cast("int")).over(wholeCase));
    Column masterDiffers = lit(false);
    for (String c : MASTER_DATA) {
      masterDiffers = masterDiffers.or(differs(c, wholeCase));
    }
    Column caseBad =
        acceptedInCase
            .notEqual(rowsInCase)
            .or(datesInCase.notEqual(acceptedInCase))
            .or(goalMissingAfterFirst.gt(0))
            .or(masterDiffers);
    Column previousDate = lag("registration_date", 1).over(inOrder);
    Column monthsSincePrevious =
        // The delivery states it only where the dates cannot: a case whose first registration in
        // the data is a follow-up of an earlier one (the template's "Antal måneder siden seneste
        // registrering"). Elsewhere the dates decide.
        when(
                previousDate.isNull().and(col("registration_kind").equalTo("follow_up")),
                col(ParsedRows.DELIVERED_MONTHS_SINCE_PREVIOUS).cast("double"))
            .otherwise(monthsBetween(col("registration_date"), previousDate));
    return rows.select(
        col("*"),
        row_number().over(inOrder).as("registration_number"),
        rowsInCase.cast("int").as("registrations_in_case"),
        monthsSincePrevious.as("months_since_previous"),
        caseBad.as("case_bad"));
  }

  /**
   * The schema {@link #flag} gives parsed rows ({@link ParsedRows#SCHEMA}): theirs and the four
   * columns it adds, with their nullability (planned, not run).
   */
  static StructType flaggedSchema(SparkSession spark) {
    return flag(spark.createDataFrame(List.<Row>of(), ParsedRows.SCHEMA)).schema();
  }

  /** Rows of cases that break no rule: accepted, no errors. */
  static Dataset<Row> accepted(Dataset<Row> flagged) {
    return flagged
        .withColumn("final_errors", array().cast(ParsedRows.ERRORS))
        .withColumn("final_accepted", col("kind").equalTo(ParsedRows.KIND_ROW))
        .drop("case_bad");
  }

  private static WindowSpec byCase() {
    return Window.partitionBy("municipality_code", "case_id");
  }

  private static WindowSpec byDate() {
    return Window.partitionBy("municipality_code", "case_id", "registration_date");
  }

  /** Whether a master-data column has more than one value (empty counts as one) in the case. */
  private static Column differs(String c, WindowSpec wholeCase) {
    Column value = when(col("accepted"), comparable(c));
    return min(value).over(wholeCase).notEqual(max(value).over(wholeCase));
  }

  /**
   * A master-data column's value with empty as one more value, compared as it is typed: text as
   * text ({@code "\u2205"} for empty, as {@link #differingMasterData} has it), a date as its day
   * number and a yes/no as 0 or 1 ({@link Long#MIN_VALUE} and -1 for empty, which no date or yes/no
   * is). Two values are equal exactly when their text ({@code cast(c as string)}) is: a date's text
   * is one day's, a yes/no's one of two words. Formatting a date as text on every row was about 2 %
   * of the case window's stage at 10⁶ (docs/benchmarks.md 1.62).
   */
  private static Column comparable(String c) {
    return switch (c) {
      case "closed_date" -> coalesce(unix_date(col(c)).cast("long"), lit(Long.MIN_VALUE));
      case "case_closed" -> coalesce(col(c).cast("int"), lit(-1));
      default -> coalesce(col(c).cast("string"), lit("\u2205"));
    };
  }

  /**
   * {@code round(months_between(later, earlier), 1)} for two dates, from their years, months and
   * days alone: {@code months_between} takes each date to a timestamp in the session's time zone
   * and back (a time-zone rule look-up per date and row, about a tenth of the case window's stage
   * at 10⁶; docs/benchmarks.md 1.62). It gives the whole months between them when the days of the
   * month are equal or both are a month's last, and otherwise the months plus the days' difference
   * over 31 (its time of day is midnight on both sides, so adds nothing). {@code k / 31} for {@code
   * |k| < 31} is never within 1/620 of a multiple of 0.05 (that would need {@code 20k = 31(2j +
   * 1)}, an even number equal to an odd one), so its eight-digit rounding never moves the rounding
   * to tenths: the value is the whole months plus the tenths nearest {@code k / 31}, as a double
   * the quotient of two exact integers by 10, which is the double nearest that decimal, as {@code
   * round}'s is. CaseRulesTest compares the two on every pair of dates of a four-year cycle.
   */
  static Column monthsBetween(Column later, Column earlier) {
    Column months =
        year(later)
            .multiply(12)
            .plus(month(later))
            .minus(year(earlier).multiply(12).plus(month(earlier)));
    Column days = dayofmonth(later).minus(dayofmonth(earlier));
    Column whole =
        days.equalTo(0).or(later.equalTo(last_day(later)).and(earlier.equalTo(last_day(earlier))));
    Column tenths = months.multiply(10).plus(round(days.multiply(10).divide(31), 0));
    return when(whole, months.cast("double")).otherwise(tenths.divide(10.0));
  }

  /**
   * The errors of the rows of rejected cases, with the places ({@code file:line}) a caseworker
   * needs to find the other rows. Only rejected cases pass here, so the lists are cheap.
   */
  static Dataset<Row> explain(Dataset<Row> flagged) {
    WindowSpec byCase = byCase();
    WindowSpec byDate = byDate();
    Column where = concat(col("source_file"), lit(":"), col("source_line").cast("string"));
    Column accepted = col("accepted");

    Dataset<Row> ordered =
        flagged
            .withColumn("same_date_rows", collect_list(when(accepted, where)).over(byDate))
            .withColumn("master_data_differs", differingMasterData(byCase));

    Column duplicateDate = size(col("same_date_rows")).gt(1);
    Column previousGoalMissing =
        accepted.and(col("registration_number").gt(1)).and(col("previous_goal_fulfilled").isNull());
    Column ownErrors =
        when(not(accepted), col("errors"))
            .otherwise(
                filter(
                    array(
                        when(
                            duplicateDate,
                            error(
                                "registration_date",
                                Rule.DUPLICATE_REGISTRATION_DATE,
                                col("registration_date").cast("string"),
                                lines(col("same_date_rows")))),
                        when(
                            previousGoalMissing,
                            error(
                                "previous_goal_fulfilled",
                                Rule.PREVIOUS_GOAL_FULFILLED_MISSING,
                                lit(null).cast("string")))),
                    e -> e.isNotNull()));

    Dataset<Row> judged =
        ordered
            .withColumn("own_errors", ownErrors)
            .withColumn(
                "rejected_lines",
                collect_list(when(size(col("own_errors")).gt(0), where)).over(byCase));

    Column masterDiffers = size(col("master_data_differs")).gt(0);
    Column caseErrors =
        when(
                masterDiffers,
                array(
                    error(
                        element_at(col("master_data_differs"), 1),
                        Rule.MASTER_DATA_DIFFERS,
                        lit(null).cast("string"),
                        array_join(col("master_data_differs"), ", "),
                        lines(collect_list(where).over(byCase)))))
            .when(
                size(col("rejected_lines")).gt(0),
                array(
                    error(
                        lit(null).cast("string"),
                        Rule.CASE_HAS_REJECTED_ROW,
                        lit(null).cast("string"),
                        lines(col("rejected_lines")))))
            .otherwise(array().cast(ParsedRows.ERRORS));

    Column finalErrors =
        when(size(col("own_errors")).gt(0), col("own_errors")).otherwise(caseErrors);
    return judged
        .withColumn("final_errors", finalErrors)
        .withColumn(
            "final_accepted",
            col("kind").equalTo(ParsedRows.KIND_ROW).and(size(col("final_errors")).equalTo(0)))
        .drop("same_date_rows", "master_data_differs", "own_errors", "rejected_lines", "case_bad");
  }

  /** Names of the master-data columns with more than one value among the case's accepted rows. */
  private static Column differingMasterData(WindowSpec byCase) {
    Column[] flags = new Column[MASTER_DATA.size()];
    for (int i = 0; i < flags.length; i++) {
      String c = MASTER_DATA.get(i);
      Column values =
          collect_set(when(col("accepted"), coalesce(col(c).cast("string"), lit("\u2205"))))
              .over(byCase);
      flags[i] = when(size(values).gt(1), lit(c.equals("person_key") ? "cpr" : c));
    }
    return filter(array(flags), f -> f.isNotNull());
  }

  /** Up to five {@code file:line} places, sorted, with "…" when there are more. */
  private static Column lines(Column places) {
    Column sorted = array_sort(places);
    return concat(
        array_join(slice(sorted, 1, LINES_SHOWN), ", "),
        when(size(sorted).gt(LINES_SHOWN), lit(", …")).otherwise(lit("")));
  }

  private static Column error(String column, Rule rule, Column value, Column... args) {
    return error(lit(column).cast("string"), rule, value, args);
  }

  private static Column error(Column column, Rule rule, Column value, Column... args) {
    Column reason =
        args.length == 0 ? lit(rule.reasonTemplate()) : format_string(rule.reasonTemplate(), args);
    return struct(
        column.as("column"), lit(rule.code()).as("rule"), value.as("value"), reason.as("reason"));
  }
}
