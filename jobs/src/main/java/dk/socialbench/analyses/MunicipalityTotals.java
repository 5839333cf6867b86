package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import dk.socialbench.contract.Municipalities;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every analysis reports each municipality and all municipalities together. Instead of a second
 * aggregation, each unit is counted twice: once under its municipality and once under {@code
 * "all"}, so one grouping yields both and the national row is computed exactly like the others.
 * Both copies come from one pass over the units (not a union, which would read them twice).
 */
final class MunicipalityTotals {
  private MunicipalityTotals() {}

  static Dataset<Row> withAll(Dataset<Row> units) {
    return units.withColumn(
        "municipality_code", explode(array(col("municipality_code"), lit(Municipalities.ALL))));
  }
}
