package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.months_between;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.to_date;
import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.Test;
import scala.collection.JavaConverters;

/**
 * The case rules compare dates and yes/no values as they are typed, and count months from the
 * dates' years, months and days: the same results as Spark's text and time-zone way, which the case
 * rules used before (docs/benchmarks.md 1.61).
 */
public class CaseRulesTypedTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  /** Months the old way: through timestamps in the session's time zone, rounded to tenths. */
  private static Column sparks(Column later, Column earlier) {
    return round(months_between(later, earlier), 1);
  }

  /** Pairs of dates {@code earlier + 0 .. days - 1 - back} days apart, from {@code from} on. */
  private Dataset<Row> pairs(String from, int earlierDays, int days, int back) {
    Column earlier = date_add(to_date(lit(from)), col("id").divide(days).cast("int")).as("earlier");
    return spark()
        .range((long) earlierDays * days)
        .select(earlier, col("id").mod(days).cast("int").minus(back).as("apart"))
        .select(col("earlier"), date_add(col("earlier"), col("apart")).as("later"));
  }

  private static long differing(Dataset<Row> pairs) {
    Column ours = CaseRules.monthsBetween(col("later"), col("earlier"));
    return pairs.filter(not(ours.eqNullSafe(sparks(col("later"), col("earlier"))))).count();
  }

  @Test
  public void months_between_equal_sparks_for_every_pair_of_dates_of_a_leap_cycle() {
    // Every earlier date of 2015-2018 (a leap year's February among them), every later date up
    // to 400 days after it and 40 before it.
    Dataset<Row> near = pairs("2015-01-01", 1461, 441, 40);
    assertEquals(1461L * 441, near.count());
    assertEquals(0, differing(near));
  }

  @Test
  public void months_between_equal_sparks_for_dates_decades_apart() {
    // A date of every week of 1900-1940 against every 97th day up to 86 years later.
    Dataset<Row> far =
        spark()
            .range(2100L * 320)
            .select(
                date_add(to_date(lit("1900-01-01")), col("id").divide(320).cast("int").multiply(7))
                    .as("earlier"),
                col("id").mod(320).cast("int").multiply(97).as("apart"))
            .select(col("earlier"), date_add(col("earlier"), col("apart")).as("later"));
    assertEquals(0, differing(far));
  }

  @Test
  public void months_between_by_hand() {
    StructType schema =
        new StructType()
            .add("later", DataTypes.DateType)
            .add("earlier", DataTypes.DateType)
            .add("months", DataTypes.DoubleType);
    List<Row> cases =
        List.of(
            // Both the last of their month: whole months.
            RowFactory.create(d("2015-02-28"), d("2015-01-31"), 1.0),
            // 2 months and 1 - 15 = -14 days: 2 - 14/31 = 1.548...
            RowFactory.create(d("2015-03-01"), d("2015-01-15"), 1.5),
            // 1 month and -1 day (30 January is not its month's last): 0.967...
            RowFactory.create(d("2016-02-29"), d("2016-01-30"), 1.0),
            // Same day of the month: whole months, 10 years.
            RowFactory.create(d("2025-06-07"), d("2015-06-07"), 120.0),
            // Later before earlier: -(0 months and 20 days) = -0.645...
            RowFactory.create(d("2015-01-01"), d("2015-01-21"), -0.6),
            RowFactory.create(null, d("2015-01-21"), null));
    Dataset<Row> dates = spark().createDataFrame(cases, schema);
    assertRows(
        dates,
        dates.select(
            col("later"),
            col("earlier"),
            CaseRules.monthsBetween(col("later"), col("earlier")).as("months")));
  }

  private static Date d(String date) {
    return Date.valueOf(date);
  }

  private final List<Row> rows = new ArrayList<>();

  /** An accepted row of case {@code caseId} with the closing master data given. */
  private void row(long line, String caseId, Boolean closed, String closedDate) {
    Object[] v = new Object[ParsedRows.SCHEMA.size()];
    set(v, "kind", "row");
    set(v, "source_file", "f.csv");
    set(v, "source_line", line);
    set(v, "accepted", true);
    set(v, "errors", JavaConverters.asScalaBuffer(new ArrayList<Row>()).toSeq());
    set(v, "municipality_code", "147");
    set(v, "case_id", caseId);
    set(v, "person_key", "p-" + caseId);
    set(v, "target_group", "social");
    set(v, "case_closed", closed);
    set(v, "closed_date", closedDate == null ? null : d(closedDate));
    set(v, "registration_date", Date.valueOf(LocalDate.of(2000, 1, 1).plusYears(line)));
    set(v, "previous_goal_fulfilled", "fully");
    rows.add(RowFactory.create(v));
  }

  private static void set(Object[] values, String column, Object value) {
    values[ParsedRows.SCHEMA.fieldIndex(column)] = value;
  }

  @Test
  public void a_closing_date_or_closed_that_differs_or_is_empty_on_one_row_rejects_the_case() {
    row(1, "same", true, "2016-05-01");
    row(2, "same", true, "2016-05-01");
    row(3, "bothEmpty", null, null);
    row(4, "bothEmpty", null, null);
    row(5, "otherDay", true, "2016-05-01");
    row(6, "otherDay", true, "2016-05-02");
    row(7, "oneEmptyDate", true, "2016-05-01");
    row(8, "oneEmptyDate", true, null);
    row(9, "closedAndNot", true, null);
    row(10, "closedAndNot", false, null);
    row(11, "closedAndEmpty", false, null);
    row(12, "closedAndEmpty", null, null);
    // The epoch's day is 0, a yes/no's no is 0: still different columns, never compared.
    row(13, "epoch", false, "1970-01-01");
    row(14, "epoch", false, "1970-01-01");
    Dataset<Row> flagged =
        CaseRules.flag(spark().createDataFrame(rows, ParsedRows.SCHEMA))
            .select(col("source_line"), col("case_bad"));
    StructType schema =
        new StructType()
            .add("source_line", DataTypes.LongType)
            .add("case_bad", DataTypes.BooleanType);
    assertRows(
        table(
            schema,
            new Object[] {1L, false},
            new Object[] {2L, false},
            new Object[] {3L, false},
            new Object[] {4L, false},
            new Object[] {5L, true},
            new Object[] {6L, true},
            new Object[] {7L, true},
            new Object[] {8L, true},
            new Object[] {9L, true},
            new Object[] {10L, true},
            new Object[] {11L, true},
            new Object[] {12L, true},
            new Object[] {13L, false},
            new Object[] {14L, false}),
        flagged);
  }
}
