package dk.socialbench.analyses;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.MEAN;
import static dk.socialbench.contract.ResultColumns.MEDIAN;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The cells of the analyses that count persons at the first registration by different groups, from
 * two shared aggregations instead of one query each (issue 13: a query's planning and code
 * generation are the analyses' fixed cost, docs/benchmarks.md 1.27). Each first registration is
 * repeated once per grouping below, tagged with the grouping's {@link #CELLS} name and with the
 * columns outside the grouping null, so one aggregation serves all groupings; an analysis then
 * takes its grouping's rows ({@link #means}, {@link #counts}).
 *
 * <p>The cells are the numbers {@link Means} and {@link Distribution} compute for one analysis: the
 * same rows of each cell, sorted and summed in the same order (by person, as {@link Persons} does),
 * so the results are equal to the last bit.
 */
final class FirstRegistrationCells {
  /** Which grouping a cell belongs to: the name of the dataset it serves. */
  static final String CELLS = "cells";

  /**
   * {@code vum_and_target}'s second grouping: the cases with a VUM target, their mean target and
   * (beside) their mean score.
   */
  static final String VUM_TARGETS = DatasetNames.VUM_AND_TARGET + ": targets";

  /** The mean of a grouping's {@link Grouping#beside} value, in {@link #allMeans}. */
  static final String MEAN_BESIDE = MEAN + "_beside";

  private static final String VALUE = "value";
  private static final String BESIDE = "beside";
  private static final String HOURS = "hours_individual";
  private static final String INCLUDED = "included";

  /**
   * A grouping: the dimensions after the municipality, the value it averages (or none) and a value
   * of the same units averaged beside it (or none); {@code included} picks its units (the means':
   * besides those with a value), {@code counts} are the persons counted in each cell besides all.
   */
  private record Grouping(
      String dataset,
      List<String> dimensions,
      String value,
      String beside,
      Column included,
      List<Persons.Count> counts) {
    static Grouping mean(String dataset, List<String> dimensions, String value, String beside) {
      return new Grouping(dataset, dimensions, value, beside, null, List.of());
    }

    static Grouping count(String dataset, List<String> dimensions, Column included) {
      return new Grouping(dataset, dimensions, null, null, included, List.of());
    }
  }

  /** The mean of a price (and of the §85 individual hours beside) or VUM score per cell. */
  private static final List<Grouping> MEANS =
      List.of(
          Grouping.mean(DatasetNames.PRICE_BY_VUM, List.of("service", "vum_score"), "price", HOURS),
          Grouping.mean(
              DatasetNames.PRICE_BY_TARGET_GROUP,
              List.of("service", "target_group"),
              "price",
              HOURS),
          Grouping.mean(DatasetNames.PRICE_BY_MUNICIPALITY, List.of("service"), "price", HOURS),
          Grouping.mean(
              DatasetNames.VUM_BY_FUNDING_BASIS, List.of("funding_basis"), "vum_score", null),
          // The age groups are split for all municipalities together only (MunicipalRecoding):
          // the national cells of PriceByGroup.byAge.
          new Grouping(
              DatasetNames.PRICE_BY_AGE,
              List.of("service", "age_group"),
              "price",
              HOURS,
              col(MUNICIPALITY_CODE).equalTo(Municipalities.ALL),
              List.of()),
          Grouping.mean(DatasetNames.VUM_AND_TARGET, List.of(), "vum_score", null),
          Grouping.mean(VUM_TARGETS, List.of(), "vum_target", "vum_score"));

  /** Persons per category. */
  private static final List<Grouping> COUNTS =
      List.of(
          Grouping.count(DatasetNames.GOALS_SET, List.of("goals_set"), lit(true)),
          Grouping.count(DatasetNames.FUNDING_BASIS, List.of("funding_basis"), lit(true)),
          Grouping.count(DatasetNames.GOAL_TYPE, List.of("goal_type"), col("goals_set_flag")),
          new Grouping(
              DatasetNames.PROGRESSION_BY_PRICE,
              List.of("service"),
              null,
              null,
              lit(true),
              ProgressionByPrice.counts()));

  /** Every dimension of a grouping, in the order of the shared table. */
  private static final List<String> DIMENSIONS =
      List.of(
          "service",
          "vum_score",
          "target_group",
          "funding_basis",
          "goals_set",
          "goal_type",
          "age_group");

  private FirstRegistrationCells() {}

  /**
   * The means' cells of every grouping of {@link #MEANS}: {@code cells, municipality_code, <every
   * dimension>, mean_beside, mean, median, sd, cases, cases_key}.
   */
  static Dataset<Row> allMeans(Dataset<Row> firstRegistrations) {
    return Means.cells(
        expanded(firstRegistrations, MEANS),
        VALUE,
        List.of(BESIDE),
        groups(),
        Persons.persons(CASES));
  }

  /**
   * The counts' cells of every grouping of {@link #COUNTS}: {@code cells, ..., cases, cases_key},
   * then each grouping's further counts and their keys (0 in the other groupings' cells).
   */
  static Dataset<Row> allCounts(Dataset<Row> firstRegistrations) {
    List<Persons.Count> counts = new ArrayList<>(List.of(Persons.persons(CASES)));
    for (String name : countNames(COUNTS)) {
      counts.add(Persons.persons(name, col(name)));
    }
    return Persons.aggregate(
        expanded(firstRegistrations, COUNTS),
        groups(),
        List.of(),
        counts.toArray(Persons.Count[]::new));
  }

  /**
   * {@code dataset}'s cells of {@code allMeans}: {@code municipality_code, <its dimensions>, cases,
   * cases_key, mean, median, sd} and {@code mean_<beside>} for a grouping with a value beside
   * ({@code mean_hours_individual} for a price).
   */
  static Dataset<Row> means(Dataset<Row> allMeans, String dataset) {
    Grouping g = grouping(MEANS, dataset);
    List<Column> out = new ArrayList<>(columns(g));
    out.addAll(List.of(col(CASES), col(Persons.key(CASES)), col(MEAN), col(MEDIAN), col("sd")));
    if (g.beside() != null) {
      out.add(col(MEAN_BESIDE).as(MEAN + "_" + g.beside()));
    }
    return allMeans.filter(col(CELLS).equalTo(dataset)).select(out.toArray(Column[]::new));
  }

  /**
   * {@code dataset}'s cells of {@code allMeans} as a mean and its SD to go beside other figures:
   * {@code municipality_code, <its dimensions>, cases, cases_key, mean_<name>, sd_<name>}.
   */
  static Dataset<Row> meanAndSd(Dataset<Row> allMeans, String dataset, String name) {
    List<Column> out = new ArrayList<>(columns(grouping(MEANS, dataset)));
    out.addAll(
        List.of(
            col(CASES),
            col(Persons.key(CASES)),
            col(MEAN).as(MEAN + "_" + name),
            col("sd").as("sd_" + name)));
    return allMeans.filter(col(CELLS).equalTo(dataset)).select(out.toArray(Column[]::new));
  }

  /**
   * {@code dataset}'s cells of {@code allCounts}: {@code municipality_code, <dims>, cases,
   * cases_key}, then its further counts and their keys.
   */
  static Dataset<Row> counts(Dataset<Row> allCounts, String dataset) {
    Grouping g = grouping(COUNTS, dataset);
    List<Column> out = new ArrayList<>(columns(g));
    out.addAll(List.of(col(CASES), col(Persons.key(CASES))));
    for (Persons.Count c : g.counts()) {
      out.addAll(List.of(col(c.name()), col(Persons.key(c.name()))));
    }
    return allCounts.filter(col(CELLS).equalTo(dataset)).select(out.toArray(Column[]::new));
  }

  /**
   * {@code lines} with the cells of {@code cells} beside them, joined on {@code keys}: a line
   * without a cell (no unit of the cells' grouping) gets a {@code count} of 0 and key 0, as a count
   * over no rows gives, and null means.
   */
  static Dataset<Row> withCellsOrNone(
      Dataset<Row> lines, Dataset<Row> cells, String count, String... keys) {
    return lines
        .join(cells, keys, "left")
        .withColumn(count, coalesce(col(count), lit(0L)))
        .withColumn(Persons.key(count), coalesce(col(Persons.key(count)), lit(0L)));
  }

  /** The further counts' names of {@code groupings}, each once. */
  private static List<String> countNames(List<Grouping> groupings) {
    return groupings.stream()
        .flatMap(g -> g.counts().stream())
        .map(Persons.Count::name)
        .distinct()
        .toList();
  }

  private static Grouping grouping(List<Grouping> groupings, String dataset) {
    return groupings.stream()
        .filter(g -> g.dataset().equals(dataset))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no shared cells for " + dataset));
  }

  private static List<Column> columns(Grouping g) {
    List<Column> columns = new ArrayList<>();
    columns.add(col(MUNICIPALITY_CODE));
    g.dimensions().forEach(d -> columns.add(col(d)));
    return columns;
  }

  private static List<String> groups() {
    List<String> groups = new ArrayList<>(List.of(CELLS, MUNICIPALITY_CODE));
    groups.addAll(DIMENSIONS);
    return groups;
  }

  /**
   * The units as each grouping reads them, under their municipality and {@code all}: each first
   * registration once per grouping whose units it is in, with the grouping's name and dimensions,
   * its value and the value beside, and the conditions of its further counts.
   */
  private static Dataset<Row> expanded(Dataset<Row> firstRegistrations, List<Grouping> groupings) {
    List<Column> selected =
        new ArrayList<>(
            List.of(
                col(MUNICIPALITY_CODE),
                col(Persons.PERSON_KEY),
                col(Persons.PERSON_ID),
                col(Persons.RECORD_KEY),
                col("service"),
                col("vum_score"),
                col("target_group"),
                FundingBasis.fundingBasis(),
                when(col("goals_set"), ResultCodes.YES).otherwise(ResultCodes.NO).as("goals_set"),
                col("goals_set").as("goals_set_flag"),
                col("goal_type"),
                PriceByGroup.ageGroup(),
                col("price"),
                col("vum_target"),
                when(col("service").equalTo("SEL85"), col(HOURS)).as(HOURS)));
    List<String> countNames = countNames(groupings);
    for (String name : countNames) {
      Column condition =
          groupings.stream()
              .flatMap(g -> g.counts().stream())
              .filter(c -> c.name().equals(name))
              .findFirst()
              .orElseThrow()
              .condition();
      selected.add(condition.as(name));
    }
    Dataset<Row> units = firstRegistrations.select(selected.toArray(Column[]::new));
    Map<String, DataType> types = new java.util.HashMap<>();
    for (var f : units.schema().fields()) {
      types.put(f.name(), f.dataType());
    }
    List<Column> tagged = new ArrayList<>();
    for (Grouping g : groupings) {
      List<Column> fields = new ArrayList<>();
      fields.add(lit(g.dataset()).as(CELLS));
      for (String d : DIMENSIONS) {
        fields.add((g.dimensions().contains(d) ? col(d) : lit(null).cast(types.get(d))).as(d));
      }
      fields.add(valueOf(g.value()).as(VALUE));
      fields.add(valueOf(g.beside()).as(BESIDE));
      Column included = g.value() == null ? g.included() : col(g.value()).isNotNull();
      if (g.value() != null && g.included() != null) {
        included = included.and(g.included());
      }
      fields.add(included.as(INCLUDED));
      List<String> own = g.counts().stream().map(Persons.Count::name).toList();
      for (String name : countNames) {
        fields.add((own.contains(name) ? col(name) : lit(false)).as(name));
      }
      tagged.add(struct(fields.toArray(Column[]::new)));
    }
    return MunicipalityTotals.withAll(units)
        .select(
            col(MUNICIPALITY_CODE),
            col(Persons.PERSON_KEY),
            col(Persons.PERSON_ID),
            col(Persons.RECORD_KEY),
            inline(array(tagged.toArray(Column[]::new))))
        .filter(col(INCLUDED))
        .drop(INCLUDED);
  }

  /** The column {@code name} as a double, or a null double for none. */
  private static Column valueOf(String name) {
    return (name == null ? lit(null) : col(name)).cast(DataTypes.DoubleType);
  }
}
