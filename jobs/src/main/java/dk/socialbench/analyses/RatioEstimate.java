package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;

/**
 * A ratio of two sums over persons, R = Σy / Σx — cost per full-year user, or a mean weighted by
 * days — with a 95% interval by linearisation, the standard interval of a ratio estimator (the
 * delta method; Cochran, Sampling Techniques, 1977, §6.4): with persons as the independent units,
 * se(R) = √(Σ(y − R·x)² / (n(n − 1))) / x̄, and R ± t(0.975, n − 1)·se; none for n = 1.
 *
 * <p>Analytic rather than a bootstrap over persons: it is deterministic and one aggregation, where
 * a bootstrap needs the persons resampled many times, and Spark's seeded random numbers depend on
 * the partitioning, so a bootstrap would not repeat from run to run. Σ(y − R·x)² is expanded to Σy²
 * − 2RΣxy + R²Σx² so that one pass suffices; rounding can take it a hair below zero when every
 * person has the same ratio, so it is held at zero.
 */
final class RatioEstimate {
  private RatioEstimate() {}

  /**
   * {@code rows} with y in whole units of 1/{@code yPerUnit} (øre, VUM-days in hundredths) and x in
   * units of 1/{@code xPerUnit} (shares of a year, days), in columns {@code prefix_y_units} and
   * {@code prefix_x_units}, for {@link #sums}: computed once per row, since the sums of squares and
   * products refer to each up to eleven times, and an expression repeated there is planned (and,
   * interpreted, evaluated) as often.
   *
   * @param quantity what y and x are, for the message where they pass ExactSum's bounds
   */
  static Dataset<Row> withUnits(
      Dataset<Row> rows,
      Column y,
      Column yPerUnit,
      Column x,
      Column xPerUnit,
      String prefix,
      String quantity) {
    return rows.withColumn(prefix + "_y_units", ExactSum.units(y, yPerUnit, quantity))
        .withColumn(prefix + "_x_units", ExactSum.units(x, xPerUnit, quantity));
  }

  /**
   * The sums behind R, to aggregate per group of rows prepared by {@link #withUnits} with the same
   * {@code prefix} and units, in columns named after {@code prefix}: {@code _n} (persons; its cell
   * key in {@code _n_key}, from {@code record_key}), {@code _y} (Σy), {@code _x} (Σx) and the sums
   * of squares and products, each summed exactly ({@link ExactSum}). The rows aggregated must be
   * one per person.
   */
  static List<Column> sums(Column yPerUnit, Column xPerUnit, String prefix, String quantity) {
    Column[] persons = Persons.onePerRow(prefix + "_n", lit(true));
    Column y = col(prefix + "_y_units");
    Column x = col(prefix + "_x_units");
    return List.of(
        persons[0],
        persons[1],
        ExactSum.ofUnits(y, yPerUnit, quantity).as(prefix + "_y"),
        ExactSum.ofUnits(x, xPerUnit, quantity).as(prefix + "_x"),
        ExactSum.ofProductsOfUnits(y, yPerUnit, y, yPerUnit, quantity).as(prefix + "_yy"),
        ExactSum.ofProductsOfUnits(x, xPerUnit, y, yPerUnit, quantity).as(prefix + "_xy"),
        ExactSum.ofProductsOfUnits(x, xPerUnit, x, xPerUnit, quantity).as(prefix + "_xx"));
  }

  /** {@code groups} aggregated to {@code columns} (at least one). */
  static Dataset<Row> aggregate(RelationalGroupedDataset groups, List<Column> columns) {
    return groups.agg(columns.get(0), columns.subList(1, columns.size()).toArray(Column[]::new));
  }

  /** R = Σy / Σx, times {@code scale}. */
  static Column estimate(String prefix, Column scale) {
    return ratio(prefix).multiply(scale);
  }

  static Column low(String prefix, Column scale) {
    return bound(prefix, -1).multiply(scale);
  }

  static Column high(String prefix, Column scale) {
    return bound(prefix, 1).multiply(scale);
  }

  private static Column ratio(String prefix) {
    return col(prefix + "_y").divide(col(prefix + "_x"));
  }

  private static Column bound(String prefix, int sign) {
    Column n = col(prefix + "_n");
    Column r = ratio(prefix);
    Column squares =
        greatest(
            lit(0.0),
            col(prefix + "_yy")
                .minus(r.multiply(2).multiply(col(prefix + "_xy")))
                .plus(r.multiply(r).multiply(col(prefix + "_xx"))));
    Column meanX = col(prefix + "_x").divide(n);
    Column se = sqrt(squares.divide(n.multiply(n.minus(1)))).divide(meanX);
    return when(n.gt(1), r.plus(Intervals.t975(n.minus(1)).multiply(se).multiply(sign)));
  }
}
