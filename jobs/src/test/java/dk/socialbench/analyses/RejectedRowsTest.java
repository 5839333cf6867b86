package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel85;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Test;

public class RejectedRowsTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void each_rejected_row_is_located_by_file_line_column_and_rule_without_its_value() {
    Dataset<Row> quarantine =
        table(
            Cases.QUARANTINE_SCHEMA,
            row("147.csv", 3L, FREDERIKSBERG, "a", "vum_score", "invalid_vum_score", "7", "r"),
            row("147.csv", 6L, FREDERIKSBERG, "a", null, "case_has_rejected_row", null, "r"),
            row("x.csv", 2L, "999", "d", "municipality_code", "unknown_municipality", "999", "r"),
            row("151.csv", 2L, BALLERUP, "f", "daily_price", "daily_price_missing", null, "r"));
    Cases cases = Cases.of(Case.in(FREDERIKSBERG, "z").registrations(sel85(10)));

    // No "all" rows: a rejected row belongs to one municipality, or to none ("unknown").
    assertRows(
        expected(
            new RejectedRows(),
            row(FREDERIKSBERG, "147.csv", 3L, "vum_score", "invalid_vum_score"),
            row(FREDERIKSBERG, "147.csv", 6L, null, "case_has_rejected_row"),
            row(BALLERUP, "151.csv", 2L, "daily_price", "daily_price_missing"),
            row("unknown", "x.csv", 2L, "municipality_code", "unknown_municipality")),
        computed(new RejectedRows(), cases.inputs(spark(), quarantine)));
  }

  @Test
  public void a_row_without_a_valid_code_goes_to_its_files_municipality_when_the_file_agrees() {
    String code = "municipality_code";
    Dataset<Row> quarantine =
        table(
            Cases.QUARANTINE_SCHEMA,
            // 147.csv: accepted rows of Frederiksberg only (the case below), so its row without
            // a code and its row with an unknown one are Frederiksberg's.
            row("147.csv", 4L, null, "b", code, "missing_value", null, "r"),
            row("147.csv", 5L, "[fjernet]", "c", code, "unknown_municipality", null, "r"),
            // ballerup.csv: no accepted row, but a rejected row with Ballerup's valid code.
            row("ballerup.csv", 2L, BALLERUP, "d", "vum_score", "invalid_vum_score", "9", "r"),
            row("ballerup.csv", 3L, "15l", "e", code, "unknown_municipality", "15l", "r"),
            // mixed.csv: Frederiksberg and Ballerup rows, so a row without a code is no one's.
            row("mixed.csv", 2L, FREDERIKSBERG, "f", "vum_score", "invalid_vum_score", "9", "r"),
            row("mixed.csv", 3L, BALLERUP, "g", "vum_score", "invalid_vum_score", "9", "r"),
            row("mixed.csv", 4L, null, "h", code, "missing_value", null, "r"),
            // only-bad.csv: no row with a valid code at all.
            row("only-bad.csv", 2L, "999", "i", code, "unknown_municipality", "999", "r"));
    Cases cases = Cases.of(Case.in(FREDERIKSBERG, "z").registrations(sel85(10)));

    assertRows(
        expected(
            new RejectedRows(),
            row(FREDERIKSBERG, "147.csv", 4L, code, "missing_value"),
            row(FREDERIKSBERG, "147.csv", 5L, code, "unknown_municipality"),
            row(BALLERUP, "ballerup.csv", 2L, "vum_score", "invalid_vum_score"),
            row(BALLERUP, "ballerup.csv", 3L, code, "unknown_municipality"),
            row(FREDERIKSBERG, "mixed.csv", 2L, "vum_score", "invalid_vum_score"),
            row(BALLERUP, "mixed.csv", 3L, "vum_score", "invalid_vum_score"),
            row("unknown", "mixed.csv", 4L, code, "missing_value"),
            row("unknown", "only-bad.csv", 2L, code, "unknown_municipality")),
        computed(new RejectedRows(), cases.inputs(spark(), quarantine)));
  }
}
