package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.dayofyear;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.year;

import dk.socialbench.contract.Municipalities;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Each person's service in each calendar year, the unit that activity and unit cost count: one row
 * per municipality (and {@code all}), person, service and year with at least one day of service.
 * Only years that the data period covers whole are kept: a year the data ends in would count too
 * few days and no one on 31 December.
 *
 * <p>Overlapping episodes of the same person and service (two cases at once) count once, as seed
 * 003 corrects for: taken in order of their start, an episode counts only its days after every
 * earlier-starting episode has ended, so a day of overlap counts once, at the level of the episode
 * that began first. Under {@code all} this also joins episodes in different municipalities.
 *
 * <p>Columns: {@code municipality_code, person_key, service, year, days} (days served in the year),
 * {@code days_in_year} (365, or 366 in a leap year), {@code price_days} (Σ level × days: DKK for
 * §107, hours per month × days for §85), {@code vum_days} (Σ VUM score at the episode's start ×
 * days) and {@code on_dec31} (served on 31 December).
 */
final class ServiceYears {
  private ServiceYears() {}

  static Dataset<Row> of(Dataset<Row> registrations, Dataset<Row> episodes) {
    WindowSpec startedEarlier =
        Window.partitionBy("municipality_code", "person_key", "service")
            .orderBy("start_date", "end_date", "case_id", "registration_number")
            .rowsBetween(Window.unboundedPreceding(), -1);
    // greatest() skips the null of an episode with no earlier one.
    Column countedFrom =
        greatest(col("start_date"), date_add(max("end_date").over(startedEarlier), 1));
    Column yearStart = make_date(col("year"), lit(1), lit(1));
    Column yearEnd = make_date(col("year"), lit(12), lit(31));
    Column from = greatest(col("counted_from"), yearStart);
    Column to = least(col("end_date"), yearEnd);
    Column days = datediff(col("to"), col("from")).plus(1);
    // Each episode under its municipality and under "all", from one pass over the episodes.
    Column scopes = explode(array(col("municipality_code"), lit(Municipalities.ALL)));
    return episodes
        .select(
            scopes.as("municipality_code"),
            col("person_key"),
            col("case_id"),
            col("registration_number"),
            col("service"),
            col("start_date"),
            col("end_date"),
            col("price"),
            col("vum_score"))
        .withColumn("counted_from", countedFrom)
        .filter(col("counted_from").leq(col("end_date")))
        .withColumn("year", explode(sequence(year(col("counted_from")), year(col("end_date")))))
        .crossJoin(broadcast(ServiceEpisodes.period(registrations)))
        .filter(ServiceEpisodes.wholeYearInPeriod(col("year")))
        .withColumn("from", from)
        .withColumn("to", to)
        .withColumn("days", days)
        .groupBy("municipality_code", "person_key", "service", "year")
        .agg(
            sum("days").as("days"),
            sum(col("price").multiply(col("days"))).as("price_days"),
            sum(col("vum_score").multiply(col("days"))).as("vum_days"),
            max(col("to").equalTo(yearEnd)).as("on_dec31"))
        .withColumn("days_in_year", dayofyear(yearEnd));
  }
}
