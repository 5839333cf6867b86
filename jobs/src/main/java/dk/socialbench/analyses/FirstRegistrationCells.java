package dk.socialbench.analyses;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.MEAN;
import static dk.socialbench.contract.ResultColumns.MEDIAN;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.DatasetNames;
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

  private static final String VALUE = "value";
  private static final String HOURS = "hours_individual";
  private static final String INCLUDED = "included";

  /** A grouping: the dimensions after the municipality and the value it averages (or none). */
  private record Grouping(String dataset, List<String> dimensions, String value, Column included) {}

  /** The mean of a price (and of the §85 individual hours beside) or VUM score per cell. */
  private static final List<Grouping> MEANS =
      List.of(
          new Grouping(DatasetNames.PRICE_BY_VUM, List.of("service", "vum_score"), "price", null),
          new Grouping(
              DatasetNames.PRICE_BY_TARGET_GROUP,
              List.of("service", "target_group"),
              "price",
              null),
          new Grouping(DatasetNames.PRICE_BY_MUNICIPALITY, List.of("service"), "price", null),
          new Grouping(
              DatasetNames.VUM_BY_FUNDING_BASIS, List.of("funding_basis"), "vum_score", null));

  /** Persons per category. */
  private static final List<Grouping> COUNTS =
      List.of(
          new Grouping(DatasetNames.GOALS_SET, List.of("goals_set"), null, lit(true)),
          new Grouping(DatasetNames.FUNDING_BASIS, List.of("funding_basis"), null, lit(true)),
          new Grouping(DatasetNames.GOAL_TYPE, List.of("goal_type"), null, col("goals_set_flag")));

  /** Every dimension of a grouping, in the order of the shared table. */
  private static final List<String> DIMENSIONS =
      List.of("service", "vum_score", "target_group", "funding_basis", "goals_set", "goal_type");

  private FirstRegistrationCells() {}

  /**
   * The means' cells of every grouping of {@link #MEANS}: {@code cells, municipality_code, <every
   * dimension>, mean_hours_individual, mean, median, sd, cases, cases_key}.
   */
  static Dataset<Row> allMeans(Dataset<Row> firstRegistrations) {
    return Means.cells(
        expanded(firstRegistrations, MEANS),
        VALUE,
        List.of(HOURS),
        groups(),
        Persons.persons(CASES));
  }

  /**
   * The counts' cells of every grouping of {@link #COUNTS}: {@code cells, ..., cases, cases_key}.
   */
  static Dataset<Row> allCounts(Dataset<Row> firstRegistrations) {
    return Persons.aggregate(
        expanded(firstRegistrations, COUNTS), groups(), List.of(), Persons.persons(CASES));
  }

  /**
   * {@code dataset}'s cells of {@code allMeans}: {@code municipality_code, <its dimensions>, cases,
   * cases_key, mean, median, sd} and {@code mean_hours_individual} for a price.
   */
  static Dataset<Row> means(Dataset<Row> allMeans, String dataset) {
    Grouping g = grouping(MEANS, dataset);
    List<Column> out = new ArrayList<>(columns(g));
    out.addAll(List.of(col(CASES), col(Persons.key(CASES)), col(MEAN), col(MEDIAN), col("sd")));
    if (g.value().equals("price")) {
      out.add(col(MEAN + "_" + HOURS));
    }
    return allMeans.filter(col(CELLS).equalTo(dataset)).select(out.toArray(Column[]::new));
  }

  /**
   * {@code dataset}'s cells of {@code allCounts}: {@code municipality_code, <dims>, cases,
   * cases_key}.
   */
  static Dataset<Row> counts(Dataset<Row> allCounts, String dataset) {
    List<Column> out = new ArrayList<>(columns(grouping(COUNTS, dataset)));
    out.addAll(List.of(col(CASES), col(Persons.key(CASES))));
    return allCounts.filter(col(CELLS).equalTo(dataset)).select(out.toArray(Column[]::new));
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
   * registration once per grouping whose units it is in, with the grouping's name and dimensions.
   */
  private static Dataset<Row> expanded(Dataset<Row> firstRegistrations, List<Grouping> groupings) {
    Dataset<Row> units =
        firstRegistrations.select(
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
            col("price"),
            when(col("service").equalTo("SEL85"), col(HOURS)).as(HOURS));
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
      boolean priced = "price".equals(g.value());
      fields.add(
          (g.value() == null ? lit(null).cast(DataTypes.DoubleType) : col(g.value()))
              .cast(DataTypes.DoubleType)
              .as(VALUE));
      fields.add((priced ? col(HOURS) : lit(null).cast(types.get(HOURS))).as(HOURS));
      fields.add((g.value() == null ? g.included() : col(g.value()).isNotNull()).as(INCLUDED));
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
}
