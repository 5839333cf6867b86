package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.dayofyear;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;
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
 * <p>Columns: {@code municipality_code, person_id, record_key} (the person's numbers, {@link
 * Persons}: a LONG is cheaper to sort, group and cache than the 32-character person key), {@code
 * service, year, days} (days served in the year), {@code days_in_year} (365, or 366 in a leap
 * year), {@code price_days} (Σ level × days: DKK for §107, hours per month × days for §85), {@code
 * vum_days} (Σ VUM score at the episode's start × days) and {@code on_dec31} (served on 31
 * December).
 */
final class ServiceYears {
  private ServiceYears() {}

  /** The person-years under both scopes: {@link #inScopes} of {@link #compact}. */
  static Dataset<Row> of(Dataset<Row> registrations, Dataset<Row> episodes) {
    return inScopes(compact(registrations, episodes));
  }

  /**
   * The person-years with one row standing for both scopes where they are the same: a person served
   * a service in one municipality only (almost everyone) has the same days under it and under
   * {@code all}, so only a person served in several gets rows of its own under {@code all}.
   * Columns: those of the class, and {@code also_all} (the row counts under {@code all} too).
   */
  static Dataset<Row> compact(Dataset<Row> registrations, Dataset<Row> episodes) {
    // Both scopes from one shuffle and one sort by person, service and start: "all" orders a
    // person's episodes across municipalities; a municipality's own order is the same order with
    // the other municipalities' episodes left out, so a second window over the same sort finds
    // each episode's earlier ones in its own municipality, without a second sort by municipality.
    WindowSpec person = inOrder(Window.partitionBy(Persons.PERSON_ID, "service"));
    WindowSpec earlier = person.rowsBetween(Window.unboundedPreceding(), -1);
    // The whole partition, in the same order, so that Spark computes it in the same window pass.
    WindowSpec everyEpisode =
        person.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    Column oneMunicipality =
        min("municipality_code")
            .over(everyEpisode)
            .equalTo(max("municipality_code").over(everyEpisode));
    // Only a person served in several municipalities needs them told apart (nulls are not kept).
    Column earlierInSeveral =
        collect_list(
                when(
                    not(col("one_municipality")),
                    struct(col("municipality_code"), col("end_date"))))
            .over(earlier);
    Column lastEndHere =
        array_max(
            transform(
                filter(
                    col("earlier_in_several"),
                    e -> e.getField("municipality_code").equalTo(col("municipality_code"))),
                e -> e.getField("end_date")));
    Column countedInMunicipality =
        when(col("one_municipality"), col("counted_anywhere"))
            .otherwise(greatest(col("start_date"), date_add(lastEndHere, 1)));
    Column yearStart = make_date(col("year"), lit(1), lit(1));
    Column yearEnd = make_date(col("year"), lit(12), lit(31));
    Column from = greatest(col("counted_from"), yearStart);
    Column to = least(col("end_date"), yearEnd);
    Column days = datediff(col("to"), col("from")).plus(1);
    Column own =
        struct(
            col("municipality_code").as("scope"),
            col("counted_in_municipality").as("counted_from"),
            col("one_municipality").as("also_all"));
    Column all =
        struct(
            lit(Municipalities.ALL).as("scope"),
            col("counted_anywhere").as("counted_from"),
            lit(false).as("also_all"));
    Column scopes = explode(when(col("one_municipality"), array(own)).otherwise(array(own, all)));
    return episodes
        .select(
            col("municipality_code"),
            col(Persons.PERSON_ID),
            col("case_id"),
            col("registration_number"),
            col("service"),
            col("start_date"),
            col("end_date"),
            col("price"),
            col("vum_score"))
        .withColumn("counted_anywhere", countedFrom(earlier))
        .withColumn("one_municipality", oneMunicipality)
        .withColumn("earlier_in_several", earlierInSeveral)
        .withColumn("counted_in_municipality", countedInMunicipality)
        .select(
            scopes.as("scope"),
            col(Persons.PERSON_ID),
            col("service"),
            col("end_date"),
            col("price"),
            col("vum_score"))
        .select(
            col("scope.scope").as("municipality_code"),
            col("scope.counted_from").as("counted_from"),
            col("scope.also_all").as("also_all"),
            col(Persons.PERSON_ID),
            col("service"),
            col("end_date"),
            col("price"),
            col("vum_score"))
        .filter(col("counted_from").leq(col("end_date")))
        .withColumn("year", explode(sequence(year(col("counted_from")), year(col("end_date")))))
        .crossJoin(broadcast(ServiceEpisodes.period(registrations)))
        .filter(ServiceEpisodes.wholeYearInPeriod(col("year")))
        .withColumn("from", from)
        .withColumn("to", to)
        .withColumn("days", days)
        .groupBy("municipality_code", Persons.PERSON_ID, "service", "year", "also_all")
        .agg(
            sum("days").as("days"),
            ExactSum.of(
                    col("price").multiply(col("days")),
                    ExactSum.HUNDREDTHS,
                    "person-years' price × days")
                .as("price_days"),
            // Exact as doubles in any order: halves (VUM 3.5) times whole days.
            sum(col("vum_score").multiply(col("days"))).as("vum_days"),
            max(col("to").equalTo(yearEnd)).as("on_dec31"))
        .withColumn("days_in_year", dayofyear(yearEnd));
  }

  /** The {@link #compact} person-years with a row under each scope they count in. */
  static Dataset<Row> inScopes(Dataset<Row> compact) {
    Column scopes =
        explode(
            when(col("also_all"), array(col("municipality_code"), lit(Municipalities.ALL)))
                .otherwise(array(col("municipality_code"))));
    return compact.select(
        scopes.as("municipality_code"),
        col(Persons.PERSON_ID),
        CellKeys.recordKeyOfPersonId(col(Persons.PERSON_ID)).as(Persons.RECORD_KEY),
        col("service"),
        col("year"),
        col("days"),
        col("price_days"),
        col("vum_days"),
        col("on_dec31"),
        col("days_in_year"));
  }

  /** A person's episodes in order of their start. */
  private static WindowSpec inOrder(WindowSpec partition) {
    return partition.orderBy("start_date", "end_date", "case_id", "registration_number");
  }

  /**
   * The first day an episode counts: its start, or the day after every episode that started earlier
   * in {@code earlier} has ended. greatest() skips the null of an episode with none.
   */
  private static Column countedFrom(WindowSpec earlier) {
    return greatest(col("start_date"), date_add(max("end_date").over(earlier), 1));
  }
}
