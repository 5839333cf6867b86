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
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.Test;

/**
 * The case rules compare dates and yes/no values as they are typed, and count months from the
 * dates' years, months and days: the same results as Spark's text and time-zone way, which the case
 * rules used before (docs/benchmarks.md 1.62).
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
}
