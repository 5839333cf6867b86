package dk.socialbench.ingest;

import dk.socialbench.contract.CuratedColumn;
import dk.socialbench.spark.SparkTypes;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The curated registrations: every accepted row of every delivery, one row per registration,
 * pseudonymised (no CPR number, no name) and with the derived columns. Stored as Parquet under
 * {@code WORK/curated/registrations/}, partitioned by {@code municipality_code}.
 *
 * <p>This schema is what analyses and notebooks read. Example: {@code
 * CuratedRegistrations.read(spark, layout.registrations()).filter("registration_number = 1")}.
 */
public final class CuratedRegistrations {
  private CuratedRegistrations() {}

  /**
   * The columns, in order, as the contract's {@link CuratedColumn} declares them ({@code
   * municipality_code} last, as Spark reads a partition column).
   */
  public static final StructType SCHEMA = SparkTypes.curated(List.of(CuratedColumn.values()));

  /** Reads curated registrations with the schema above (partition values stay strings). */
  public static Dataset<Row> read(SparkSession spark, Path registrations) {
    return spark
        .read()
        .schema(SCHEMA)
        .option("basePath", registrations.toUri().toString())
        .parquet(registrations.toUri().toString());
  }

  public static String[] columnNames() {
    return SCHEMA.fieldNames();
  }
}
