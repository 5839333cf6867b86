package dk.socialbench.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.util.CollectionAccumulator;
import org.junit.Test;
import scala.collection.JavaConverters;

/**
 * The case rules' columns worked out in the reading task ({@link CaseChecks}) are those of the
 * shuffle, sort and window ({@link CaseRules#flag}), row for row, on cases made to break every
 * rule: duplicate dates, rejected rows, a previous goal missing, master data that differ (an empty
 * value against "∅", closing dates, "closed"), follow-ups with and without delivered months, rows
 * without municipality or case. The hand-worked tables of {@link CaseRulesTest} check both too.
 */
public class CaseChecksTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void the_checks_in_the_task_give_the_windows_columns_on_every_row() {
    Dataset<Row> parsed =
        spark().createDataFrame(randomCases(new Random(7), 3_000, false), ParsedRows.SCHEMA);
    CollectionAccumulator<long[]> cases = new CollectionAccumulator<>();
    spark().sparkContext().register(cases);

    Dataset<Row> window = rowsOnly(CaseRules.flag(parsed));
    Dataset<Row> inTask = rowsOnly(CaseChecks.flag(spark(), internal(parsed.coalesce(1)), cases));

    org.junit.Assert.assertTrue(
        "cases of every kind", window.filter(col("case_bad")).count() > 500);
    org.junit.Assert.assertTrue(
        window.filter(col("months_since_previous").isNotNull()).count() > 1_000);
    assertEquals(0, window.exceptAll(inTask).count());
    assertEquals(0, inTask.exceptAll(window).count());
    assertEquals(window.count(), inTask.count());
    // Each evaluation adds the tasks' hashes again: one evaluation, one task.
    CollectionAccumulator<long[]> once = new CollectionAccumulator<>();
    spark().sparkContext().register(once);
    CaseChecks.flag(spark(), internal(parsed.coalesce(1)), once).count();
    assertEquals(1, once.value().size());
    org.junit.Assert.assertTrue("one task, no case twice", CaseChecks.inOneTaskEach(once.value()));
    org.junit.Assert.assertFalse("evaluated twice", CaseChecks.inOneTaskEach(cases.value()));
  }

  @Test
  public void a_case_in_two_tasks_is_found() {
    List<Row> rows = randomCases(new Random(8), 200, true);
    // Each case's rows are consecutive: two halves cut at a case's first row share no case ...
    int half = firstRowOfCaseAfter(rows, rows.size() / 2);
    CollectionAccumulator<long[]> apart = new CollectionAccumulator<>();
    spark().sparkContext().register(apart);
    CaseChecks.flag(spark(), internal(split(rows, half)), apart).count();
    assertEquals(2, apart.value().size());
    org.junit.Assert.assertTrue(CaseChecks.inOneTaskEach(apart.value()));
    // ... and halves cut after it share that case.
    CollectionAccumulator<long[]> cut = new CollectionAccumulator<>();
    spark().sparkContext().register(cut);
    CaseChecks.flag(spark(), internal(split(rows, half + 1)), cut).count();
    org.junit.Assert.assertFalse(CaseChecks.inOneTaskEach(cut.value()));
  }

  /** The rows in two partitions: before {@code at} and from it on. */
  private Dataset<Row> split(List<Row> rows, int at) {
    return spark()
        .createDataFrame(rows.subList(0, at), ParsedRows.SCHEMA)
        .coalesce(1)
        .union(
            spark().createDataFrame(rows.subList(at, rows.size()), ParsedRows.SCHEMA).coalesce(1));
  }

  private static int firstRowOfCaseAfter(List<Row> rows, int from) {
    int c = ParsedRows.SCHEMA.fieldIndex("case_id");
    int i = from;
    while (rows.get(i).get(c).equals(rows.get(i - 1).get(c))) {
      i++;
    }
    return i;
  }

  /** The rows as Spark holds them, each its own copy (a scan reuses its row). */
  private static JavaRDD<InternalRow> internal(Dataset<Row> d) {
    return d.queryExecution().toRdd().toJavaRDD().map(InternalRow::copy);
  }

  /** The rows (not the files' markers), every column but the arrays. */
  private static Dataset<Row> rowsOnly(Dataset<Row> flagged) {
    Column[] columns =
        Arrays.stream(flagged.schema().fields())
            .filter(f -> !(f.dataType() instanceof ArrayType))
            .map(f -> col(f.name()))
            .toArray(Column[]::new);
    return flagged.filter(col("kind").equalTo(ParsedRows.KIND_ROW)).select(columns);
  }

  /**
   * {@code n} cases in two municipalities and two files, each case's rows one after another; unless
   * {@code unique}, now and then a row without municipality or case, and cases that share an id
   * (one case, its rows apart).
   */
  private static List<Row> randomCases(Random random, int n, boolean unique) {
    List<Row> rows = new ArrayList<>();
    long line = 2;
    LocalDate start = LocalDate.of(2014, 1, 1);
    for (int c = 0; c < n; c++) {
      String municipality =
          !unique && random.nextInt(50) == 0 ? null : random.nextBoolean() ? "101" : "147";
      String caseId = unique ? "S-" + c : random.nextInt(50) == 0 ? null : "S-" + random.nextInt(n);
      String person = "p" + c;
      String targetGroup = pick(random, "physical", "mental_illness", "\u2205", null);
      Boolean closed = random.nextInt(3) == 0 ? null : random.nextBoolean();
      LocalDate closedDate = random.nextBoolean() ? null : start.plusDays(1_000);
      String reason = pick(random, null, "moved", "died");
      LocalDate date = start.plusDays(random.nextInt(700));
      int size = 1 + random.nextInt(5);
      for (int k = 0; k < size; k++) {
        Object[] v = new Object[ParsedRows.SCHEMA.size()];
        set(v, "kind", "row");
        set(v, "source_file", random.nextBoolean() ? "a.csv" : "b.csv");
        set(v, "source_line", line++);
        set(v, "errors", JavaConverters.asScalaBuffer(new ArrayList<Row>()).toSeq());
        set(v, "municipality_code", municipality);
        set(v, "case_id", caseId);
        boolean accepted = random.nextInt(12) != 0 && municipality != null;
        set(v, "accepted", accepted);
        if (accepted) {
          // Now and then one master-data value differs, or two rows share a date.
          boolean odd = random.nextInt(15) == 0;
          set(v, "person_key", odd && random.nextBoolean() ? "other" : person);
          set(v, "target_group", odd ? pick(random, "physical", "\u2205", null) : targetGroup);
          set(v, "case_closed", odd ? pick(random, true, false, null) : closed);
          set(v, "closed_date", sql(odd ? pick(random, null, start, closedDate) : closedDate));
          set(v, "closing_reason", odd ? pick(random, null, "moved") : reason);
          set(v, "registration_date", sql(date));
          date = random.nextInt(10) == 0 ? date : date.plusDays(random.nextInt(500) - 60);
          set(v, "registration_kind", pick(random, "visitation", "follow_up"));
          set(v, "delivered_months_since_previous", pick(random, null, 0, 7, 12));
          set(v, "previous_goal_fulfilled", random.nextInt(4) == 0 ? null : "fully");
        }
        rows.add(RowFactory.create(v));
      }
    }
    return rows;
  }

  @SafeVarargs
  private static <T> T pick(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  private static Date sql(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static void set(Object[] values, String column, Object value) {
    values[ParsedRows.SCHEMA.fieldIndex(column)] = value;
  }
}
