package dk.socialbench.analyses;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.MEAN;
import static dk.socialbench.contract.ResultColumns.MEAN_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.MEAN_CI_LOW;
import static dk.socialbench.contract.ResultColumns.MEDIAN;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.median;

import dk.socialbench.contract.Municipalities;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The mean of a value per cell with n, median and the mean's 95% t interval, rounded to the
 * measure's precision and kept inside its range. Output columns: {@code municipality_code,
 * <dimensions...>, cases, cases_key, mean, median, mean_ci_low, mean_ci_high}. Units without a
 * value are not counted; n counts distinct persons ({@link Persons}), with its cell key.
 */
final class Means {
  private Means() {}

  static Dataset<Row> of(Dataset<Row> units, String value, Rounding measure, String... dimensions) {
    return of(units, value, measure, List.of(), dimensions);
  }

  /**
   * As {@link #of(Dataset, String, Rounding, String...)}, with n the number of units (intervals
   * pooled over every registration k, where one person adds several) rather than of persons.
   */
  static Dataset<Row> ofUnits(
      Dataset<Row> units, String value, Rounding measure, String... dimensions) {
    return of(units, value, measure, List.of(), Persons.units(CASES), true, dimensions);
  }

  /**
   * @param besides further values of the same units whose means are published beside, each as
   *     {@code mean_<value>} after the interval, rounded like the value
   */
  static Dataset<Row> of(
      Dataset<Row> units,
      String value,
      Rounding measure,
      List<String> besides,
      String... dimensions) {
    return of(units, value, measure, besides, Persons.persons(CASES), true, dimensions);
  }

  /**
   * As {@link #of(Dataset, String, Rounding, List, String...)}, for {@code all} alone: each unit
   * counted once, under {@code all}, for a split that only the national rows publish ({@link
   * PriceByGroup#byAge}).
   */
  static Dataset<Row> national(
      Dataset<Row> units,
      String value,
      Rounding measure,
      List<String> besides,
      String... dimensions) {
    return of(
        units.withColumn(MUNICIPALITY_CODE, lit(Municipalities.ALL)),
        value,
        measure,
        besides,
        Persons.persons(CASES),
        false,
        dimensions);
  }

  /**
   * @param withAll each unit under its municipality and {@code all}, else as it comes
   */
  private static Dataset<Row> of(
      Dataset<Row> units,
      String value,
      Rounding measure,
      List<String> besides,
      Persons.Count counted,
      boolean withAll,
      String... dimensions) {
    List<String> groups = new ArrayList<>();
    groups.add(MUNICIPALITY_CODE);
    groups.addAll(List.of(dimensions));
    List<Column> aggregates = new ArrayList<>();
    for (String b : besides) {
      aggregates.add(ExactMean.of(b).as(MEAN + "_" + b));
    }
    aggregates.add(ExactMean.of(value).as(MEAN));
    aggregates.add(median(col(value)).as(MEDIAN));
    aggregates.add(ExactSum.sampleSd(value).as("sd"));
    Dataset<Row> valued = units.filter(col(value).isNotNull());
    Dataset<Row> cells =
        Persons.aggregate(
            withAll ? MunicipalityTotals.withAll(valued) : valued, groups, aggregates, counted);
    return fromCells(cells, measure, besides, groups);
  }

  /**
   * The published columns of {@code cells}, which hold per cell the {@code groups}, {@code cases}
   * and its key, {@code mean}, {@code median}, {@code sd} and {@code mean_<b>} for each of {@code
   * besides}: for cells computed elsewhere ({@link FirstRegistrationCells}).
   */
  static Dataset<Row> fromCells(
      Dataset<Row> cells, Rounding measure, List<String> besides, List<String> groups) {
    List<Column> keys = groups.stream().map(org.apache.spark.sql.functions::col).toList();
    Column mean = col(MEAN);
    Column sd = col("sd");
    Column n = col(CASES);
    List<Column> out = new ArrayList<>(keys);
    out.add(n);
    out.add(col(Persons.key(CASES)));
    out.add(measure.rounded(mean).as(MEAN));
    out.add(measure.rounded(col(MEDIAN)).as(MEDIAN));
    out.add(measure.bound(Intervals.meanLow(mean, sd, n)).as(MEAN_CI_LOW));
    out.add(measure.bound(Intervals.meanHigh(mean, sd, n)).as(MEAN_CI_HIGH));
    for (String b : besides) {
      out.add(measure.rounded(col(MEAN + "_" + b)).as(MEAN + "_" + b));
    }
    return cells.select(out.toArray(Column[]::new));
  }
}
