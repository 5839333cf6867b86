package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every quarantined row by file, line, column and rule (the first it broke), for the municipality
 * that delivered it ({@link RejectedRowMunicipality}): where to look in its own system, without any
 * value of the row; file names come masked from ingest. The server serves these rows only to that
 * municipality and the admin.
 */
final class RejectedRows implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.REJECTED_ROWS);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    return RejectedRowMunicipality.attribute(inputs.quarantine(), inputs.registrations())
        .select(
            col("municipality_code"),
            col("source_file"),
            col("source_line"),
            col("column"),
            col("rule"));
  }
}
