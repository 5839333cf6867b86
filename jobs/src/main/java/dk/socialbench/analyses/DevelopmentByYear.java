package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The benchmark's key figures year by year, per municipality and for all: one row per key figure
 * and calendar year with its n (persons), value and 95% interval. Registration figures go by the
 * year of the registration they are read at: goals set and price or hours at a case's first
 * registration; the fulfilment of an improvement goal and the VUM development at the follow-up that
 * judges them. A person with several such registrations in a year counts once, with the year's
 * last. The unit cost goes by the year of the days served ({@link UnitCostByYear}).
 */
final class DevelopmentByYear implements Analysis {
  /** The key figures, in the report's order; the first three are shares of persons. */
  static final List<String> KEY_FIGURES = ResultCodes.KEY_FIGURES;

  private static final List<String> SHARES = KEY_FIGURES.subList(0, 3);

  private static final int PERSON_PARTITIONS_PER_SHUFFLE_PARTITION = 8;

  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.DEVELOPMENT_BY_YEAR);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    return registrationFigures(inputs).unionByName(unitCost(inputs));
  }

  private static Dataset<Row> registrationFigures(AnalysisInputs inputs) {
    Column first = col("registration_number").equalTo(1);
    // A follow-up's figures are read from the registration before it (the same case, so the same
    // person and municipality), whose row already holds the follow-up's values: no case window.
    Column judged =
        when(col("goals_set"), col("goal_type"))
            .equalTo("improvement")
            .and(col("next_goal_fulfilled").isin("fully", "partially", "not"));
    Column here = col("registration_date");
    Column next = col("next_registration_date");
    // Every unit a registration gives, from one pass: an array of (key figure, value, year, order),
    // null where the registration does not count for that key figure.
    Column units =
        array(
            unit(first, ResultCodes.GOALS_SET, flag(col("goals_set")), here),
            unit(
                judged,
                ResultCodes.IMPROVEMENT_GOALS_FULFILLED,
                flag(col("next_goal_fulfilled").isin("fully", "partially")),
                next),
            unit(
                col("has_next"),
                ResultCodes.VUM_IMPROVED,
                flag(col("next_vum_score").lt(col("vum_score"))),
                next),
            unit(
                first.and(col("service").equalTo("SEL107")),
                ResultCodes.DAILY_PRICE_SEL107,
                col("price"),
                here),
            unit(
                first.and(col("service").equalTo("SEL85")),
                ResultCodes.HOURS_SEL85,
                col("price"),
                here));
    // The units are shuffled once, by person, and put under both scopes only then, inside the
    // partitions (a person can be in two municipalities, so "all" is aggregated from the units,
    // not from the municipalities' rows): half the rows shuffled of an explode before it. Eight
    // times the session's partitions, so that a task's per-person groups (3.7 million in all at
    // 10^6) mostly fit Spark's fast aggregation map (2^16 groups) instead of overflowing into the
    // slower one: about a seventh less task CPU at 10^6 (docs/benchmarks.md 1.4.7).
    Dataset<Row> registrations = inputs.registrations();
    int partitions =
        PERSON_PARTITIONS_PER_SHUFFLE_PARTITION
            * registrations.sparkSession().sessionState().conf().numShufflePartitions();
    Dataset<Row> perPerson =
        registrations
            .select(col("municipality_code"), col(Persons.PERSON_ID), explode(units).as("unit"))
            .filter(col("unit").isNotNull())
            .repartition(partitions, col(Persons.PERSON_ID))
            .withColumn(
                "municipality_code",
                explode(array(col("municipality_code"), lit(Municipalities.ALL))))
            .groupBy(
                col("municipality_code"),
                col("unit.key_figure").as("key_figure"),
                col(Persons.PERSON_ID),
                col("unit.year").as("year"))
            // The person's last registration of the year: by date, ties (two cases registered the
            // same day) by a hash of the case id; a number, so that Spark aggregates by hashing.
            .agg(max_by(col("unit.value"), col("unit.latest")).as("value"))
            .withColumn(Persons.RECORD_KEY, CellKeys.recordKeyOfPersonId(col(Persons.PERSON_ID)));
    Column share = col("key_figure").isin(SHARES.toArray());
    Column persons = col("persons");
    Column with = col("persons_with");
    Column[] personsCounted = Persons.onePerRow("persons", lit(true));
    Column[] withCounted = Persons.onePerRow("persons_with", col("value").equalTo(1.0));
    return perPerson
        .groupBy("municipality_code", "key_figure", "year")
        .agg(
            personsCounted[0],
            personsCounted[1],
            withCounted[1],
            // Read for the shares only, whose values are 0 and 1: exact in any order.
            sum("value").as("sum"),
            ExactMean.of("value").as("mean"),
            ExactSum.sampleSd("value").as("sd"))
        .withColumn("key_figure", keyFigureName(col("key_figure")))
        .withColumn("persons_with", when(share, col("sum").cast("long")))
        .withColumn("persons_with_key", when(share, col("persons_with_key")))
        .select(
            col("municipality_code"),
            col("key_figure"),
            col("year"),
            persons,
            col("persons_key"),
            with,
            col("persons_with_key"),
            col("mean").as("value"),
            when(share, Intervals.wilsonLow(with, persons))
                .otherwise(Intervals.meanLow(col("mean"), col("sd"), persons))
                .as("value_ci_low"),
            when(share, Intervals.wilsonHigh(with, persons))
                .otherwise(Intervals.meanHigh(col("mean"), col("sd"), persons))
                .as("value_ci_high"));
  }

  private static Dataset<Row> unitCost(AnalysisInputs inputs) {
    return UnitCostByYear.inReportMeasure(inputs)
        .select(
            col("municipality_code"),
            when(col("service").equalTo("SEL107"), ResultCodes.UNIT_COST_SEL107)
                .otherwise(ResultCodes.UNIT_COST_SEL85)
                .as("key_figure"),
            col("year"),
            col("users").as("persons"),
            col("users_key").as("persons_key"),
            lit(null).cast("long").as("persons_with"),
            lit(null).cast("long").as("persons_with_key"),
            col("unit_cost").as("value"),
            col("unit_cost_ci_low").as("value_ci_low"),
            col("unit_cost_ci_high").as("value_ci_high"));
  }

  /**
   * The key figure's name from its index in {@link #KEY_FIGURES}: the units carry the index, a
   * number that the per-person aggregation hashes and compares in each of its rows (3.7 million at
   * 10^6) where the names are texts of up to 27 characters; the cells get the name back.
   */
  private static Column keyFigureName(Column index) {
    Column names = array(KEY_FIGURES.stream().map(functions::lit).toArray(Column[]::new));
    return element_at(names, index.plus(1));
  }

  /** 1 where {@code condition} holds, else 0: a share is the mean of the flags. */
  private static Column flag(Column condition) {
    return when(condition, 1.0).otherwise(0.0);
  }

  /** Orders a person's registrations of a year: the day, then a hash of the case id. */
  private static Column latest(Column date) {
    return unix_date(date)
        .cast("long")
        .multiply(1L << 32)
        .plus(hash(col("case_id")).cast("long").minus(Integer.MIN_VALUE));
  }

  /**
   * The unit of {@code keyFigure} (its index in {@link #KEY_FIGURES}) with {@code value}, read at
   * the registration of {@code date} (its year and order), where {@code counts}, else null.
   */
  private static Column unit(Column counts, String keyFigure, Column value, Column date) {
    return when(
        counts,
        struct(
            lit(KEY_FIGURES.indexOf(keyFigure)).as("key_figure"),
            value.as("value"),
            year(date).as("year"),
            latest(date).as("latest")));
  }
}
