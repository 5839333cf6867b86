package dk.socialbench.analyses;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static dk.socialbench.contract.ResultColumns.SHARE;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_LOW;
import static dk.socialbench.contract.ResultColumns.TOTAL;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Persons per category: {@code cases}, the line's {@code total} (all categories of the same
 * municipality and other dimensions), the {@code share} and its Wilson interval. Output columns:
 * {@code municipality_code, <dimensions...>, cases, cases_key, total, total_key, share,
 * share_ci_low, share_ci_high}: persons counted as distinct persons, each count with its cell key
 * ({@link Persons}).
 */
final class Distribution {
  private Distribution() {}

  /**
   * @param units the rows of the persons to count ({@link Persons#who()}), with {@code
   *     municipality_code}, every dimension and the category; each municipality's units should be
   *     repeated under "all"
   * @param dimensions the columns after {@code municipality_code}; the last is the category whose
   *     shares sum to 1 within a line
   */
  static Dataset<Row> of(Dataset<Row> units, String... dimensions) {
    return of(units, Persons.persons(CASES), dimensions);
  }

  /**
   * As {@link #of(Dataset, String...)}, counting the units (goals, follow-ups) rather than the
   * persons: for the figures pooled over every registration k, where one person adds several.
   */
  static Dataset<Row> ofUnits(Dataset<Row> units, String... dimensions) {
    return of(units, Persons.units(CASES), dimensions);
  }

  private static Dataset<Row> of(Dataset<Row> units, Persons.Count persons, String... dimensions) {
    List<String> groups = new ArrayList<>();
    groups.add(MUNICIPALITY_CODE);
    groups.addAll(List.of(dimensions));
    Dataset<Row> counted =
        Persons.aggregate(MunicipalityTotals.withAll(units), groups, List.of(), persons);
    return fromCounts(counted, groups);
  }

  /**
   * The published columns of {@code counted}, which holds per cell the {@code groups}, {@code
   * cases} and its key: for counts computed elsewhere ({@link FirstRegistrationCells}).
   */
  static Dataset<Row> fromCounts(Dataset<Row> counted, List<String> groups) {
    List<Column> keys = groups.stream().map(org.apache.spark.sql.functions::col).toList();
    List<Column> line = new ArrayList<>(keys.subList(0, keys.size() - 1));
    List<Column> out = new ArrayList<>(keys);
    out.add(col(CASES));
    out.add(col(Persons.key(CASES)));
    out.addAll(
        List.of(Persons.total(CASES, Window.partitionBy(line.toArray(Column[]::new)), TOTAL)));
    return withShares(counted.select(out.toArray(Column[]::new)), CASES);
  }

  /**
   * {@code withTotal}'s columns and the {@code share}, {@code share_ci_low} and {@code
   * share_ci_high} of its column {@code cases} in its line's {@code total}.
   */
  static Dataset<Row> withShares(Dataset<Row> withTotal, String cases) {
    List<Column> all = new ArrayList<>();
    for (String c : withTotal.columns()) {
      all.add(col(c));
    }
    Column n = col(cases);
    Column total = col(TOTAL);
    all.add(Rounding.SHARE.rounded(n.divide(total)).as(SHARE));
    all.add(Rounding.SHARE.rounded(Intervals.wilsonLow(n, total)).as(SHARE_CI_LOW));
    all.add(Rounding.SHARE.rounded(Intervals.wilsonHigh(n, total)).as(SHARE_CI_HIGH));
    return withTotal.select(all.toArray(Column[]::new));
  }
}
