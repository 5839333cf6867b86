package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;

import dk.socialbench.SparkTest;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.CollectionAccumulator;
import org.junit.Test;
import scala.collection.JavaConverters;

public class CaseRulesTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private final List<Row> rows = new ArrayList<>();

  /** An accepted row of case {@code caseId} at {@code line}, registered on {@code date}. */
  private void row(
      long line, String caseId, String person, String targetGroup, String date, String previous) {
    Object[] v = new Object[ParsedRows.SCHEMA.size()];
    set(v, "kind", "row");
    set(v, "source_file", "f.csv");
    set(v, "source_line", line);
    set(v, "accepted", true);
    set(v, "errors", JavaConverters.asScalaBuffer(new ArrayList<Row>()).toSeq());
    set(v, "municipality_code", "147");
    set(v, "case_id", caseId);
    set(v, "person_key", person);
    set(v, "target_group", targetGroup);
    set(v, "registration_date", Date.valueOf(date));
    set(v, "previous_goal_fulfilled", previous);
    rows.add(RowFactory.create(v));
  }

  /** Like {@link #row}, with the registration kind and the delivered months since the previous. */
  private void row(
      long line,
      String caseId,
      String date,
      String kind,
      Integer deliveredMonths,
      String previous) {
    row(line, caseId, "p1", "physical", date, previous);
    setLast("registration_kind", kind);
    setLast("delivered_months_since_previous", deliveredMonths);
  }

  /** Sets a column of the row added last. */
  private void setLast(String column, Object value) {
    Object[] v = new Object[ParsedRows.SCHEMA.size()];
    Row last = rows.remove(rows.size() - 1);
    for (int i = 0; i < v.length; i++) {
      v[i] = last.get(i);
    }
    set(v, column, value);
    rows.add(RowFactory.create(v));
  }

  /** A row rejected on its own (an invalid VUM score), in case {@code caseId}. */
  private void rejectedRow(long line, String caseId) {
    Object[] v = new Object[ParsedRows.SCHEMA.size()];
    set(v, "kind", "row");
    set(v, "source_file", "f.csv");
    set(v, "source_line", line);
    set(v, "accepted", false);
    set(
        v,
        "errors",
        JavaConverters.asScalaBuffer(
                List.of(RowFactory.create("vum_score", "invalid_vum_score", "7", "Ugyldig")))
            .toSeq());
    set(v, "municipality_code", "147");
    set(v, "case_id", caseId);
    rows.add(RowFactory.create(v));
  }

  private static void set(Object[] values, String column, Object value) {
    values[ParsedRows.SCHEMA.fieldIndex(column)] = value;
  }

  /**
   * The rows judged after the window ({@link CaseRules#apply}); checked first to equal the rows
   * judged after the checks in one task ({@link CaseChecks}), so that each table below checks both.
   */
  private Dataset<Row> judged() {
    Dataset<Row> parsed = spark().createDataFrame(rows, ParsedRows.SCHEMA);
    Dataset<Row> window = judgedColumns(CaseRules.apply(parsed));
    assertRows(window, judgedColumns(CaseRules.judge(inOneTask(parsed))));
    return window;
  }

  /** {@code parsed}'s cases checked in one task ({@link CaseChecks}). */
  private Dataset<Row> inOneTask(Dataset<Row> parsed) {
    CollectionAccumulator<long[]> cases = new CollectionAccumulator<>();
    spark().sparkContext().register(cases);
    return CaseChecks.flag(
        spark(),
        parsed.coalesce(1).queryExecution().toRdd().toJavaRDD().map(InternalRow::copy),
        cases);
  }

  private static Dataset<Row> judgedColumns(Dataset<Row> judged) {
    return judged.select(
        col("source_line"),
        col("final_accepted"),
        element_at(col("final_errors"), 1).getField("rule").as("rule"),
        col("registration_number"),
        col("months_since_previous"));
  }

  private static final StructType EXPECTED =
      new StructType()
          .add("source_line", DataTypes.LongType)
          .add("final_accepted", DataTypes.BooleanType)
          .add("rule", DataTypes.StringType)
          .add("registration_number", DataTypes.IntegerType)
          .add("months_since_previous", DataTypes.DoubleType);

  @Test
  public void a_valid_case_is_numbered_by_date_with_months_between_registrations() {
    row(4, "A", "p1", "physical", "2016-03-15", "fully");
    row(2, "A", "p1", "physical", "2015-01-01", null);
    row(3, "A", "p1", "physical", "2015-11-01", "partially");
    assertRows(
        table(
            EXPECTED,
            new Object[] {2L, true, null, 1, null},
            new Object[] {3L, true, null, 2, 10.0},
            new Object[] {4L, true, null, 3, 4.5}),
        judged());
  }

  @Test
  public void a_first_registration_that_is_a_follow_up_takes_the_delivered_months() {
    row(2, "A", "2015-01-01", "follow_up", 11, null);
    row(3, "A", "2015-11-01", "follow_up", 7, "fully"); // not the first: the dates decide
    row(5, "B", "2015-01-01", "visitation", 4, null); // a visitation has no previous one
    assertRows(
        table(
            EXPECTED,
            new Object[] {2L, true, null, 1, 11.0},
            new Object[] {3L, true, null, 2, 10.0},
            new Object[] {5L, true, null, 1, null}),
        judged());
  }

  @Test
  public void master_data_that_differs_between_rows_rejects_every_row_of_the_case() {
    row(2, "B", "p2", "physical", "2015-01-01", null);
    row(3, "B", "p2", "social", "2016-01-01", "not");
    row(4, "C", "p3", "social", "2015-01-01", null);
    row(5, "C", "p4", "social", "2016-01-01", "not");
    assertRows(
        table(
            EXPECTED,
            new Object[] {2L, false, "master_data_differs", 1, null},
            new Object[] {3L, false, "master_data_differs", 2, 12.0},
            new Object[] {4L, false, "master_data_differs", 1, null},
            new Object[] {5L, false, "master_data_differs", 2, 12.0}),
        judged());
  }

  @Test
  public void two_registrations_on_one_date_reject_both_and_the_rest_of_the_case() {
    row(2, "D", "p5", "social", "2015-01-01", null);
    row(3, "D", "p5", "social", "2015-01-01", "fully");
    row(4, "D", "p5", "social", "2016-01-01", "fully");
    row(5, "E", "p6", "social", "2015-01-01", null);
    assertRows(
        table(
            EXPECTED,
            new Object[] {2L, false, "duplicate_registration_date", 1, null},
            new Object[] {3L, false, "duplicate_registration_date", 2, 0.0},
            new Object[] {4L, false, "case_has_rejected_row", 3, 12.0},
            new Object[] {5L, true, null, 1, null}),
        judged());
  }

  @Test
  public void a_follow_up_without_the_previous_goals_fulfilment_is_rejected() {
    row(2, "F", "p7", "social", "2015-01-01", null);
    row(3, "F", "p7", "social", "2016-01-01", null);
    assertRows(
        table(
            EXPECTED,
            new Object[] {2L, false, "case_has_rejected_row", 1, null},
            new Object[] {3L, false, "previous_goal_fulfilled_missing", 2, 12.0}),
        judged());
  }

  @Test
  public void a_case_with_a_row_rejected_on_its_own_is_rejected_whole() {
    row(2, "G", "p8", "social", "2015-01-01", null);
    rejectedRow(3, "G");
    row(4, "H", "p9", "social", "2015-01-01", "fully"); // a first registration may carry it
    assertRows(
        table(
            EXPECTED,
            new Object[] {2L, false, "case_has_rejected_row", 1, null},
            new Object[] {3L, false, "invalid_vum_score", 2, null},
            new Object[] {4L, true, null, 1, null}),
        judged());
  }

  /** An accepted row of case {@code caseId} with the closing master data given. */
  private void closing(long line, String caseId, Boolean closed, String closedDate) {
    row(line, caseId, "p-" + caseId, "social", (2000 + line) + "-01-01", "fully");
    setLast("case_closed", closed);
    setLast("closed_date", closedDate == null ? null : Date.valueOf(closedDate));
  }

  @Test
  public void a_closing_date_or_closed_that_differs_or_is_empty_on_one_row_rejects_the_case() {
    // Compared typed since docs/benchmarks.md 1.62: the same cases as when compared as text.
    closing(1, "same", true, "2016-05-01");
    closing(2, "same", true, "2016-05-01");
    closing(3, "bothEmpty", null, null);
    closing(4, "bothEmpty", null, null);
    closing(5, "otherDay", true, "2016-05-01");
    closing(6, "otherDay", true, "2016-05-02");
    closing(7, "oneEmptyDate", true, "2016-05-01");
    closing(8, "oneEmptyDate", true, null);
    closing(9, "closedAndNot", true, null);
    closing(10, "closedAndNot", false, null);
    closing(11, "closedAndEmpty", false, null);
    closing(12, "closedAndEmpty", null, null);
    // The epoch's day number is 0, and "no" is 0: different columns, never compared.
    closing(13, "epoch", false, "1970-01-01");
    closing(14, "epoch", false, "1970-01-01");
    Dataset<Row> parsed = spark().createDataFrame(rows, ParsedRows.SCHEMA);
    Dataset<Row> flagged = CaseRules.flag(parsed).select(col("source_line"), col("case_bad"));
    assertRows(flagged, inOneTask(parsed).select(col("source_line"), col("case_bad")));
    StructType schema =
        new StructType()
            .add("source_line", DataTypes.LongType)
            .add("case_bad", DataTypes.BooleanType);
    List<Object[]> expected = new ArrayList<>();
    for (long line = 1; line <= 14; line++) {
      expected.add(new Object[] {line, line >= 5 && line <= 12});
    }
    assertRows(table(schema, expected.toArray(Object[][]::new)), flagged);
  }
}
