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
}
