package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Service episodes: the days on which each registration's service level applied. A registration
 * gives its level (§107 daily price, §85 hours per month) from its date until the day before the
 * case's next registration, the case's closing date, or the end of the data period, whichever comes
 * first; every bound is inclusive. The data period is the run's: from its first to its last
 * registration date (any municipality). A case with a closing date is closed unless it is marked
 * {@code case_closed = no}; a registration after the closing date gives no episode.
 *
 * <p>Columns: {@code municipality_code, person_key, person_id, record_key} (the person's numbers,
 * {@link Persons}), {@code case_id, registration_number, service, start_date, end_date, days,
 * ended_by} ({@code next_registration}, {@code case_closed} or {@code data_end}: the last is an
 * episode still running when the data ends), {@code price} (the report's measure, as {@link
 * AnalysisInputs#registrations()} gives it), {@code daily_price, hours_individual, hours_group,
 * vum_score, age_at_start}. Episodes of the same person and service in different cases may overlap;
 * the analyses count overlapping days once ({@link ServiceYears}).
 *
 * <p>Example, in a notebook: {@code ServiceEpisodes.of(nb.inputs()).filter("ended_by <>
 * 'data_end'")}.
 */
public final class ServiceEpisodes {
  private ServiceEpisodes() {}

  /** One row per registration that gives at least one day of service. */
  public static Dataset<Row> of(AnalysisInputs inputs) {
    Objects.requireNonNull(inputs, "inputs == null");
    return of(inputs.registrations());
  }

  /**
   * The episodes of {@code registrations}: the {@link AnalysisInputs#transitions()}, whose case
   * window already gives each registration its case's {@code next_registration_date}.
   */
  static Dataset<Row> of(Dataset<Row> registrations) {
    Column closing = when(col("case_closed").isNull().or(col("case_closed")), col("closed_date"));
    Column dayBeforeNext = date_sub(col("next_registration_date"), 1);
    Column end = least(dayBeforeNext, col("closing"), col("data_end"));
    Column endedBy =
        when(col("end_date").equalTo(dayBeforeNext), "next_registration")
            .when(col("end_date").equalTo(col("closing")), "case_closed")
            .otherwise("data_end");
    return registrations
        .withColumn("closing", closing)
        .crossJoin(broadcast(period(registrations)))
        .withColumn("end_date", end)
        .filter(col("end_date").geq(col("registration_date")))
        .select(
            col("municipality_code"),
            col("person_key"),
            col(Persons.PERSON_ID),
            col(Persons.RECORD_KEY),
            col("case_id"),
            col("registration_number"),
            col("service"),
            col("registration_date").as("start_date"),
            col("end_date"),
            datediff(col("end_date"), col("registration_date")).plus(1).as("days"),
            endedBy.as("ended_by"),
            col("price"),
            col("daily_price"),
            col("hours_individual"),
            col("hours_group"),
            col("vum_score"),
            col("age_at_registration").as("age_at_start"));
  }

  /** The run's data period as one row: {@code data_start}, {@code data_end}. */
  static Dataset<Row> period(Dataset<Row> registrations) {
    return registrations.agg(
        min("registration_date").as("data_start"), max("registration_date").as("data_end"));
  }

  /** Whether the data period covers the whole of calendar year {@code year}. */
  static Column wholeYearInPeriod(Column year) {
    Column first = make_date(year, lit(1), lit(1));
    Column last = make_date(year, lit(12), lit(31));
    return first.geq(col("data_start")).and(last.leq(col("data_end")));
  }
}
