package dk.socialbench.ingest;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.nio.file.Path;
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

  /** The columns, in order; {@code municipality_code} last, as Spark reads a partition column. */
  public static final StructType SCHEMA =
      new StructType()
          .add("case_id", StringType, false)
          .add("person_key", StringType, false)
          .add("sex", StringType, false)
          .add("age_at_registration", IntegerType, false)
          .add("target_group", StringType, false)
          .add("case_closed", BooleanType, true)
          .add("closed_date", DateType, true)
          .add("closing_reason", StringType, true)
          .add("registration_date", DateType, false)
          .add("registration_number", IntegerType, false)
          .add("registrations_in_case", IntegerType, false)
          .add("months_since_previous", DoubleType, true)
          .add("registration_kind", StringType, false)
          .add("initiator", StringType, true)
          .add("service", StringType, false)
          .add("provider_name", StringType, true)
          .add("provider_type", StringType, true)
          .add("daily_price", DoubleType, true)
          .add("hours_individual", DoubleType, true)
          .add("hours_group", DoubleType, true)
          .add("vum_score", DoubleType, false)
          .add("goals_set", BooleanType, false)
          .add("goal_type", StringType, true)
          .add("vum_target", DoubleType, true)
          .add("expected_goal_date", DateType, true)
          .add("previous_goal_fulfilled", StringType, true)
          .add("concurrent_service", StringType, true)
          .add("concurrent_daily_price", DoubleType, true)
          .add("funding_basis", StringType, true)
          .add("employment_measure", BooleanType, true)
          .add("source_file", StringType, false)
          .add("source_line", LongType, false)
          .add("municipality_code", StringType, false);

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
