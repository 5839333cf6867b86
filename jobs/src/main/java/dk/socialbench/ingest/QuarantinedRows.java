package dk.socialbench.ingest;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The quarantine's rows as ingest writes them ({@code quarantine/rows}): one row per rejected row,
 * its first error spelled out and all of them in {@code errors}. Read with this schema, as Spark
 * reads Parquet (every field nullable), so that reading needs no job to infer it from the footer.
 *
 * <p>Example: {@code QuarantinedRows.read(spark, staging.quarantine())}.
 */
public final class QuarantinedRows {
  private QuarantinedRows() {}

  /** The columns, in the order {@code IngestOutput} writes them. */
  public static final StructType SCHEMA =
      new StructType()
          .add("source_file", StringType)
          .add("source_line", LongType)
          .add("municipality_code", StringType)
          .add("case_id", StringType)
          .add("cpr_masked", StringType)
          .add("column", StringType)
          .add("rule", StringType)
          .add("value", StringType)
          .add("reason", StringType)
          .add("error_count", IntegerType)
          .add("errors", DataTypes.createArrayType(ParsedRows.ERROR, true));

  /** The quarantined rows under a run's {@code quarantine} directory. */
  public static Dataset<Row> read(SparkSession spark, Path quarantine) {
    return spark
        .read()
        .schema(SCHEMA)
        .parquet(quarantine.resolve(IngestOutput.ROWS).toUri().toString());
  }
}
