package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel85;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Test;

public class QuarantineSummaryTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  private static final String VUM = "Ugyldig VUM-score; tilladt er 0, 1, 2, 3, 3,5 og 4";
  private static final String CASE = "Sagen er afvist, fordi andre rækker i sagen er afvist (3)";
  private static final String CODE = "Ukendt kommunekode";
  private static final String MISSING = "Feltet skal udfyldes";
  private static final String PRICE = "Dagspris skal udfyldes, når ydelsen er §107";

  @Test
  public void rows_are_counted_by_rule_and_column_with_unattributable_rows_under_unknown() {
    Dataset<Row> quarantine =
        table(
            Cases.QUARANTINE_SCHEMA,
            row("147.csv", 3L, FREDERIKSBERG, "a", "vum_score", "invalid_vum_score", "7", VUM),
            row("147.csv", 5L, FREDERIKSBERG, "b", "vum_score", "invalid_vum_score", "5", VUM),
            // No code, but its file is Frederiksberg's alone: counted for Frederiksberg.
            row("147.csv", 7L, null, "c", "municipality_code", "missing_value", null, MISSING),
            row("147.csv", 6L, FREDERIKSBERG, "a", null, "case_has_rejected_row", null, CASE),
            row("x.csv", 2L, "999", "d", "municipality_code", "unknown_municipality", "999", CODE),
            row("x.csv", 3L, null, "e", "municipality_code", "missing_value", null, MISSING),
            row("151.csv", 2L, BALLERUP, "f", "daily_price", "daily_price_missing", null, PRICE));
    Cases cases = Cases.of(Case.in(FREDERIKSBERG, "z").registrations(sel85(10)));

    // Counts only: no value, reason, file or line; a row without a column has "". x.csv has no
    // row with a valid code, so its rows are "unknown"; "all" counts every row once.
    assertRows(
        expected(
            new QuarantineSummary(),
            row(FREDERIKSBERG, "invalid_vum_score", "vum_score", 2L),
            row(FREDERIKSBERG, "case_has_rejected_row", "", 1L),
            row(FREDERIKSBERG, "missing_value", "municipality_code", 1L),
            row(BALLERUP, "daily_price_missing", "daily_price", 1L),
            row("unknown", "unknown_municipality", "municipality_code", 1L),
            row("unknown", "missing_value", "municipality_code", 1L),
            row(ALL, "invalid_vum_score", "vum_score", 2L),
            row(ALL, "case_has_rejected_row", "", 1L),
            row(ALL, "daily_price_missing", "daily_price", 1L),
            row(ALL, "unknown_municipality", "municipality_code", 1L),
            row(ALL, "missing_value", "municipality_code", 2L)),
        computed(new QuarantineSummary(), cases.inputs(spark(), quarantine)));
  }
}
