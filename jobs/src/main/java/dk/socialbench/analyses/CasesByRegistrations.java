package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.when;

import dk.socialbench.analyses.RegistrationCells.Dimension;
import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/** Figure 2.1: cases with at least 1, 2, 3 ... registrations; the share is of all cases. */
final class CasesByRegistrations implements Analysis {
  @Override
  public ResultDataset dataset() {
    return ResultCatalogue.byName(DatasetNames.CASES_BY_REGISTRATIONS);
  }

  /** A case with n registrations counts once for each k = 1..n ("at least k"), by its first. */
  static RegistrationCells.Units units() {
    return new RegistrationCells.Units(
        DatasetNames.CASES_BY_REGISTRATIONS,
        col("registration_number").equalTo(1),
        List.of(
            Dimension.stages("min_registrations", sequence(lit(1), col("registrations_in_case")))),
        false);
  }

  @Override
  public Dataset<Row> compute(AnalysisInputs inputs) {
    // Counts fall with k, so the largest is k = 1: every case of the municipality.
    WindowSpec municipality = Window.partitionBy("municipality_code");
    Column all = max("cases").over(municipality);
    Column allKey =
        max(when(col("min_registrations").equalTo(1), col("cases_key"))).over(municipality);
    return RegistrationCells.counts(inputs.registrationCells(), units())
        .withColumn("total", all)
        .withColumn("total_key", allKey)
        .withColumn("share", Rounding.SHARE.rounded(col("cases").divide(col("total"))))
        .withColumn(
            "share_ci_low", Rounding.SHARE.rounded(Intervals.wilsonLow(col("cases"), col("total"))))
        .withColumn(
            "share_ci_high",
            Rounding.SHARE.rounded(Intervals.wilsonHigh(col("cases"), col("total"))));
  }
}
