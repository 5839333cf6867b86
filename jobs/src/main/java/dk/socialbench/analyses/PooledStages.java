package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Figures by registration k (3.8, 3.9–3.10, 3.12) also get the figure the report states pooled over
 * every k. As with {@link MunicipalityTotals}, each unit is counted twice, under its own k and
 * under {@link #ALL}, so one grouping yields both. A pooled cell is therefore the sum of its per-k
 * cells; its units are registrations (or goals), not persons, since one person can be counted at
 * several k.
 */
final class PooledStages {
  private PooledStages() {}

  /** The stage value of a row pooled over every k: registration numbers start at 1. */
  static final int ALL = 0;

  static Dataset<Row> withAll(Dataset<Row> units, String stage) {
    return units.withColumn(stage, explode(array(col(stage), lit(ALL))));
  }
}
