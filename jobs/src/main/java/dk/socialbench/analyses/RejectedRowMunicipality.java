package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.contract.Municipalities;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The municipality a rejected row belongs to, for the data-quality datasets: its own code when that
 * is one of the 98; else the single municipality of its file, when every row of the file that has a
 * valid code (accepted or rejected) has the same one; else {@value #UNKNOWN} (shown to the admin
 * only). A file from Frederiksberg with one row lacking its code thus shows that row to
 * Frederiksberg, which can fix it, and to no one else.
 */
final class RejectedRowMunicipality {
  static final String UNKNOWN = "unknown";

  private RejectedRowMunicipality() {}

  /**
   * {@code quarantine} with {@code municipality_code} replaced by the municipality each row is
   * attributed to.
   *
   * @param registrations the accepted rows ({@code source_file} and {@code municipality_code})
   */
  static Dataset<Row> attribute(Dataset<Row> quarantine, Dataset<Row> registrations) {
    Column known = known(col("municipality_code"));
    // Only the files with a rejected row need a municipality: the accepted rows of the others are
    // not grouped at all (none, when nothing is quarantined: adaptive execution then drops the
    // scan once the quarantine's side of the semi-join is found empty).
    Dataset<Row> claims =
        registrations
            .select("source_file", "municipality_code")
            .join(quarantine.select("source_file"), new String[] {"source_file"}, "left_semi")
            .unionByName(quarantine.filter(known).select("source_file", "municipality_code"));
    Dataset<Row> fileMunicipality =
        claims
            .groupBy(col("source_file").as("attributed_file"))
            .agg(min("municipality_code").as("lowest"), max("municipality_code").as("highest"))
            .filter(col("lowest").equalTo(col("highest")))
            .select(col("attributed_file"), col("lowest").as("file_municipality"));
    Dataset<Row> joined =
        quarantine.join(
            fileMunicipality,
            quarantine.col("source_file").equalTo(fileMunicipality.col("attributed_file")),
            "left");
    return joined
        .withColumn(
            "municipality_code",
            when(known, col("municipality_code"))
                .when(col("file_municipality").isNotNull(), col("file_municipality"))
                .otherwise(lit(UNKNOWN)))
        .drop("attributed_file", "file_municipality");
  }

  private static Column known(Column code) {
    return code.isin(Municipalities.danish().all().stream().map(m -> m.code()).toArray());
  }
}
