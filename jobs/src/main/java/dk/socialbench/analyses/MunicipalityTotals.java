package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.lit;

import dk.socialbench.contract.Municipalities;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every analysis reports each municipality and all municipalities together. Instead of a second
 * aggregation, each unit is counted twice: once under its municipality and once under {@code
 * "all"}, so one grouping yields both and the national row is computed exactly like the others.
 */
final class MunicipalityTotals {
  private MunicipalityTotals() {}

  static Dataset<Row> withAll(Dataset<Row> units) {
    return units.unionByName(units.withColumn("municipality_code", lit(Municipalities.ALL)));
  }
}
