package dk.socialbench.analyses;

import dk.socialbench.contract.CuratedColumn;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.ingest.CuratedRegistrations;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Curated registrations for analysis tests, in {@link CuratedRegistrations#SCHEMA}: the columns a
 * test sets, derived ones as ingest derives them (registration number, registrations in the case,
 * months since the previous one, registration kind), and the rest null or a neutral default.
 *
 * <p>Example: {@code Cases.of(Case.in(FREDERIKSBERG, "a").registrations(sel85(12),
 * sel85(8).judged(NOT_RELEVANT))).inputs(spark())}.
 */
final class Cases {
  static final String FREDERIKSBERG = "147";
  static final String BALLERUP = "151";
  static final String BROENDBY = "153";
  static final String ALL = Municipalities.ALL;

  /** The quarantine's columns that analyses read, as ingest writes them. */
  static final StructType QUARANTINE_SCHEMA =
      new StructType()
          .add("source_file", "string")
          .add("source_line", "long")
          .add("municipality_code", "string")
          .add("case_id", "string")
          .add("column", "string")
          .add("rule", "string")
          .add("value", "string")
          .add("reason", "string");

  private final List<Case> cases;

  private Cases(List<Case> cases) {
    this.cases = cases;
  }

  static Cases of(Case... cases) {
    return new Cases(List.of(cases));
  }

  /** The inputs of the analyses, with an empty quarantine. */
  AnalysisInputs inputs(SparkSession spark) {
    return inputs(spark, spark.createDataFrame(List.of(), QUARANTINE_SCHEMA));
  }

  AnalysisInputs inputs(SparkSession spark, Dataset<Row> quarantine) {
    return AnalysisInputs.of(curated(spark), quarantine);
  }

  Dataset<Row> curated(SparkSession spark) {
    return spark.createDataFrame(rows(), CuratedRegistrations.SCHEMA);
  }

  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Case c : cases) {
      if (c.registrations.isEmpty()) {
        throw new IllegalStateException("case " + c.id + " has no registration");
      }
      LocalDate date = Case.FIRST_DATE;
      for (int k = 1; k <= c.registrations.size(); k++) {
        Registration r = c.registrations.get(k - 1);
        Object[] v = new Object[CuratedRegistrations.SCHEMA.size()];
        put(v, CuratedColumn.MUNICIPALITY_CODE, c.municipality);
        put(v, CuratedColumn.CASE_ID, c.id);
        c.master.forEach((column, value) -> put(v, column, value));
        put(v, CuratedColumn.REGISTRATION_NUMBER, k);
        put(v, CuratedColumn.REGISTRATIONS_IN_CASE, c.registrations.size());
        put(v, CuratedColumn.REGISTRATION_KIND, k == 1 ? "visitation" : "follow_up");
        put(v, CuratedColumn.SOURCE_FILE, c.municipality + ".csv");
        put(v, CuratedColumn.SOURCE_LINE, (long) rows.size() + 2);
        if (k > 1) {
          long whole = (long) Math.floor(r.monthsAfterPrevious);
          date = date.plusMonths(whole).plusDays(Math.round((r.monthsAfterPrevious - whole) * 30));
          put(v, CuratedColumn.MONTHS_SINCE_PREVIOUS, r.monthsAfterPrevious);
          put(v, CuratedColumn.PREVIOUS_GOAL_FULFILLED, defaultJudgement(c, k));
        }
        put(v, CuratedColumn.REGISTRATION_DATE, Date.valueOf(date));
        for (Map.Entry<CuratedColumn, Object> e : r.values.entrySet()) {
          put(v, e.getKey(), e.getValue());
        }
        rows.add(RowFactory.create(v));
      }
    }
    return rows;
  }

  /** As ingest requires: "not_relevant" after a registration without goals, else the test says. */
  private static String defaultJudgement(Case c, int k) {
    Registration previous = c.registrations.get(k - 2);
    Registration current = c.registrations.get(k - 1);
    if (previous.goalsSet() && !current.values.containsKey(CuratedColumn.PREVIOUS_GOAL_FULFILLED)) {
      throw new IllegalStateException(
          "case "
              + c.id
              + ": registration "
              + k
              + " follows a goal set at registration "
              + (k - 1)
              + "; say how it was judged with judged(...)");
    }
    return Registration.NOT_RELEVANT;
  }

  private static void put(Object[] values, CuratedColumn column, Object value) {
    values[CuratedRegistrations.SCHEMA.fieldIndex(column.code())] = value;
  }
}
