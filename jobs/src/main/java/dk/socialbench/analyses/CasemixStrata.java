package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The reference each municipality's cases are compared with: for every cell (service × VUM score ×
 * age group) in which the municipality has cases, the stratum of the other municipalities' cases it
 * is compared with, and that reference's size, mean and variance.
 *
 * <p>Strata coarsen in a fixed order until every stratum has at least {@code minReference} cases of
 * other municipalities. The levels, each a coarsening of the one before:
 *
 * <ol>
 *   <li>VUM score × age group;
 *   <li>VUM 3.5 (the optional in-between step) with its neighbour 3, × age group;
 *   <li>the same scores, both age groups together;
 *   <li>VUM 0 with 1: bands 0–1, 2, 3–3.5, 4;
 *   <li>bands 0–2 and 3–4;
 *   <li>the whole service.
 * </ol>
 *
 * A stratum is used whole when one of its parts at the level below, holding some of the
 * municipality's cases, has fewer than {@code minReference} reference cases; each cell gets the
 * coarsest stratum that is used whole, or its own cell when none is. The strata of one municipality
 * thus never overlap, and a sparse part takes its siblings along rather than leaving them with a
 * reference of one or two cases. A municipality whose whole service has too few reference cases
 * gets no reference ({@code reference_cases} below the minimum).
 *
 * <p>Output: {@code municipality_code, service, cases, price_sum} (the municipality's own cases in
 * the cell), {@code stratum_cases} (its own cases in the whole stratum), {@code reference_cases,
 * reference_mean, reference_variance}.
 */
final class CasemixStrata {
  private static final String PRICES = "the case-mix strata's daily prices";
  private static final double ORE = ExactSum.HUNDREDTHS;
  static final int LEVELS = 6;

  private CasemixStrata() {}

  /**
   * @param cases one row per case: {@code municipality_code, service, vum_score, age_group, price}
   */
  static Dataset<Row> of(Dataset<Row> cases, int minReference) {
    // The øre computed once per case, in a column: the sums below refer to it eight times, and
    // an expression repeated there is planned (and, interpreted, evaluated) as often.
    Column price = col("price_ore");
    Dataset<Row> cells =
        cases
            .withColumn("price_ore", ExactSum.units(col("price"), ExactSum.HUNDREDTHS, PRICES))
            .groupBy("municipality_code", "service", "vum_score", "age_group")
            .agg(
                count("*").as("cases"),
                // Sums in øre (a long, and øre² as a decimal of a few thousand cells), summed
                // again over the strata below: exact in any order.
                ExactSum.sumOfUnits(price, PRICES).as("price_sum"),
                ExactSum.sumOfProducts(price, price, PRICES).as("price_squares"));
    // Each cell under each of its strata: (level, stratum, the stratum one level up).
    Column[] path = new Column[LEVELS];
    for (int level = 1; level <= LEVELS; level++) {
      path[level - 1] =
          struct(
              lit(level).as("level"),
              stratum(level).as("stratum"),
              (level < LEVELS ? stratum(level + 1) : lit(null).cast("string")).as("parent"));
    }
    // One shuffle by service, a few thousand rows even nationally: every window below partitions
    // by service and more, so none of them shuffles again (and no join is planned).
    Dataset<Row> paths =
        cells
            .withColumn("node", explode(array(path)))
            .select(col("*"), col("node.level"), col("node.stratum"), col("node.parent"))
            .drop("node")
            .repartition(col("service"));
    WindowSpec own = Window.partitionBy("municipality_code", "service", "level", "stratum");
    WindowSpec all = Window.partitionBy("service", "level", "stratum");
    Dataset<Row> strata =
        paths
            .withColumn("own_cases", sum("cases").over(own))
            .withColumn("own_sum", sum("price_sum").over(own))
            .withColumn("own_squares", sum("price_squares").over(own))
            .withColumn("all_cases", sum("cases").over(all))
            .withColumn("all_sum", sum("price_sum").over(all))
            .withColumn("all_squares", sum("price_squares").over(all));
    // A stratum is used whole for a municipality when one of its parts holding some of the
    // municipality's cases (each of the municipality's rows at the level below) has too few
    // reference cases; each cell takes the coarsest such stratum of its path.
    Column sparse =
        col("all_cases").minus(col("own_cases")).lt(minReference).and(col("parent").isNotNull());
    WindowSpec siblings = Window.partitionBy("municipality_code", "service", "level", "parent");
    WindowSpec cell = Window.partitionBy("municipality_code", "service", "vum_score", "age_group");
    Dataset<Row> chosen =
        strata
            .withColumn("parent_whole", max(sparse).over(siblings))
            .withColumn(
                "chosen_level", max(when(col("parent_whole"), col("level").plus(1))).over(cell))
            .filter(col("level").equalTo(coalesce(col("chosen_level"), lit(1))));
    Column referenceCases = col("all_cases").minus(col("own_cases"));
    Column referenceMean =
        col("all_sum").minus(col("own_sum")).cast("double").divide(ORE).divide(referenceCases);
    // Sums of squares minus n·mean² can come out a hair below 0 for equal values.
    Column squares =
        col("all_squares")
            .minus(col("own_squares"))
            .cast("double")
            .divide(ORE * ORE)
            .minus(referenceCases.multiply(pow(referenceMean, 2)));
    return chosen.select(
        col("municipality_code"),
        col("service"),
        col("cases"),
        col("price_sum").cast("double").divide(ORE).as("price_sum"),
        col("own_cases").as("stratum_cases"),
        referenceCases.as("reference_cases"),
        when(referenceCases.gt(0), referenceMean).as("reference_mean"),
        when(referenceCases.gt(1), greatest(lit(0.0), squares).divide(referenceCases.minus(1)))
            .as("reference_variance"));
  }

  /** The stratum of a cell at {@code level}, as a key that is unique within the service. */
  private static Column stratum(int level) {
    Column score = col("vum_score");
    Column merged35 = when(score.equalTo(3.5), lit(3.0)).otherwise(score).cast("string");
    return switch (level) {
      case 1 -> concat_ws("|", score.cast("string"), col("age_group"));
      case 2 -> concat_ws("|", merged35, col("age_group"));
      case 3 -> merged35;
      case 4 ->
          when(score.leq(1), "0-1")
              .when(score.equalTo(2), "2")
              .when(score.lt(4), "3-3.5")
              .otherwise("4");
      case 5 -> when(score.leq(2), "0-2").otherwise("3-4");
      case 6 -> lit("all");
      default -> throw new IllegalArgumentException("no stratum level " + level);
    };
  }
}
