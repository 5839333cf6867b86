package dk.socialbench.analyses;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.MEAN;
import static dk.socialbench.contract.ResultColumns.MEAN_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.MEAN_CI_LOW;
import static dk.socialbench.contract.ResultColumns.MEDIAN;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;

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
  /** The rows of a cell's value, in {@link #cells}' aggregation by value. */
  private static final String ROWS = "value_rows";

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
    return of(units, value, measure, List.of(), Persons.units(CASES), dimensions);
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
    return of(units, value, measure, besides, Persons.persons(CASES), dimensions);
  }

  /** Each unit under its municipality and {@code all}. */
  private static Dataset<Row> of(
      Dataset<Row> units,
      String value,
      Rounding measure,
      List<String> besides,
      Persons.Count counted,
      String... dimensions) {
    List<String> groups = new ArrayList<>();
    groups.add(MUNICIPALITY_CODE);
    groups.addAll(List.of(dimensions));
    Dataset<Row> valued = units.filter(col(value).isNotNull());
    Dataset<Row> cells = cells(MunicipalityTotals.withAll(valued), value, besides, groups, counted);
    return fromCells(cells, measure, besides, groups);
  }

  /**
   * The cells of {@code units} by {@code groups}, before rounding: the groups, {@code mean_<b>} for
   * each of {@code besides}, then {@code mean}, {@code median} and {@code sd} of {@code value},
   * then the count and its key. The units are aggregated by group and value in one pass (the rows
   * of each value counted, the counts of persons and the besides' sums taken), then each group from
   * its values, sorted, which gives the median ({@link ExactMedian}) without Spark's object
   * aggregate; the sums are the same whole numbers as over the units one by one, so every double is
   * the same as {@code median} and {@link ExactMean} over the units give.
   */
  static Dataset<Row> cells(
      Dataset<Row> units,
      String value,
      List<String> besides,
      List<String> groups,
      Persons.Count counted) {
    List<Column> byValue = new ArrayList<>();
    byValue.add(count(lit(1)).as(ROWS));
    for (int i = 0; i < besides.size(); i++) {
      byValue.addAll(List.of(ExactMean.partials(besides.get(i), "besides_" + i)));
    }
    Column rows = sum(col(ROWS));
    List<Column> aggregates = new ArrayList<>();
    for (int i = 0; i < besides.size(); i++) {
      String b = besides.get(i);
      aggregates.add(ExactMean.ofPartials(b, "besides_" + i, rows).as(MEAN + "_" + b));
    }
    aggregates.add(ExactMean.ofCounted(col(value), col(ROWS), "the mean of " + value).as(MEAN));
    aggregates.add(ExactMedian.of(value, ROWS).as(MEDIAN));
    aggregates.add(ExactSum.sampleSdOfCounted(value, ROWS).as("sd"));
    String key = Persons.key(counted.name());
    aggregates.add(sum(col(counted.name())).as(counted.name()));
    // The parts' keys are each below 2^32: their sum, modulo 2^32, is the group's key.
    aggregates.add(pmod(sum(col(key)), lit(CellKeys.KEYS)).as(key));
    Dataset<Row> values = Persons.aggregate(units, groups, List.of(value), byValue, counted);
    return ExactMedian.middles(values, groups, value, ROWS)
        .groupBy(groups.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
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
