package dk.socialbench.ingest;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dk.socialbench.contract.DeliveryColumn;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The rows that parsing hands to Spark: every row read, accepted or not, with its typed values
 * (null where it was rejected) and its errors; plus one marker row per file that carries how the
 * file was read and how many blank rows it skipped (so counts are exact even if a task is retried,
 * which accumulators would not be).
 */
final class ParsedRows {
  private ParsedRows() {}

  static final String KIND_ROW = "row";
  static final String KIND_FILE = "file";

  static final StructType ERROR =
      new StructType()
          .add("column", StringType)
          .add("rule", StringType)
          .add("value", StringType)
          .add("reason", StringType);

  static final ArrayType ERRORS = DataTypes.createArrayType(ERROR, false);

  static final StructType SCHEMA =
      new StructType()
          .add("kind", StringType, false)
          .add("source_file", StringType, false)
          .add("source_line", LongType, false)
          .add("accepted", BooleanType, false)
          .add("errors", ERRORS, false)
          .add("cpr_masked", StringType)
          .add("redactions", IntegerType)
          .add("file_format", StringType)
          .add("blank_rows", LongType)
          .add("file_bytes", LongType)
          .add("file_sha256", StringType)
          .add("file_shown_as", StringType)
          .add("file_lines", LongType)
          .add("file_lines_in_cells", LongType)
          .add("municipality_code", StringType)
          .add("case_id", StringType)
          .add("person_key", StringType)
          .add("sex", StringType)
          .add("age_at_registration", IntegerType)
          .add("target_group", StringType)
          .add("case_closed", BooleanType)
          .add("closed_date", DateType)
          .add("closing_reason", StringType)
          .add("registration_date", DateType)
          .add("registration_kind", StringType)
          .add("delivered_months_since_previous", IntegerType)
          .add("initiator", StringType)
          .add("service", StringType)
          .add("provider_name", StringType)
          .add("provider_type", StringType)
          .add("daily_price", DoubleType)
          .add("hours_individual", DoubleType)
          .add("hours_group", DoubleType)
          .add("vum_score", DoubleType)
          .add("goals_set", BooleanType)
          .add("goal_type", StringType)
          .add("vum_target", DoubleType)
          .add("expected_goal_date", DateType)
          .add("previous_goal_fulfilled", StringType)
          .add("concurrent_service", StringType)
          .add("concurrent_daily_price", DoubleType)
          .add("funding_basis", StringType)
          .add("employment_measure", BooleanType);

  static Row accepted(RawRow raw, Registration r, String personKey) {
    return RowFactory.create(
        KIND_ROW,
        raw.file(),
        raw.line(),
        true,
        NO_ERRORS,
        r.cpr().masked(),
        r.redactions(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        r.municipalityCode(),
        r.caseId(),
        personKey,
        r.cpr().male() ? "male" : "female",
        r.ageAtRegistration(),
        r.targetGroup(),
        r.caseClosed(),
        date(r.closedDate()),
        r.closingReason(),
        date(r.registrationDate()),
        r.registrationKind(),
        r.monthsSincePrevious(),
        r.initiator(),
        r.service(),
        r.providerName(),
        r.providerType(),
        r.dailyPrice(),
        r.hoursIndividual(),
        r.hoursGroup(),
        r.vumScore(),
        r.goalsSet(),
        r.goalType(),
        r.vumTarget(),
        date(r.expectedGoalDate()),
        r.previousGoalFulfilled(),
        r.concurrentService(),
        r.concurrentDailyPrice(),
        r.fundingBasis(),
        r.employmentMeasure());
  }

  /**
   * A rejected row keeps only what locates it: file, line, municipality and case as written, but
   * scrubbed of anything shaped like a CPR number and of the row's name.
   */
  static Row rejected(RawRow raw, List<DeliveryError> errors, String maskedCpr, FreeText scrubber) {
    Object[] values = new Object[SCHEMA.size()];
    values[0] = KIND_ROW;
    values[1] = raw.file();
    values[2] = raw.line();
    values[3] = false;
    values[4] = errorRows(errors);
    values[5] = maskedCpr;
    values[SCHEMA.fieldIndex("municipality_code")] =
        scrubber.clean(raw.cell(DeliveryColumn.MUNICIPALITY_CODE));
    values[SCHEMA.fieldIndex("case_id")] = scrubber.clean(raw.cell(DeliveryColumn.CASE_ID));
    return RowFactory.create(values);
  }

  /** What a file's rows do not say about it: how it was read, its size, checksum and lines. */
  record FileFacts(
      String format, long blankRows, long bytes, String sha256, long lines, long linesInCells) {}

  /**
   * The marker row of a file.
   *
   * @param file the name its rows carry
   * @param shownAs the name to show, scrubbed of the names found in its rows
   */
  static Row fileMarker(String file, String shownAs, FileFacts facts) {
    Object[] values = new Object[SCHEMA.size()];
    values[0] = KIND_FILE;
    values[1] = file;
    values[2] = 0L;
    values[3] = false;
    values[4] = NO_ERRORS;
    values[SCHEMA.fieldIndex("file_format")] = facts.format();
    values[SCHEMA.fieldIndex("blank_rows")] = facts.blankRows();
    values[SCHEMA.fieldIndex("file_bytes")] = facts.bytes();
    values[SCHEMA.fieldIndex("file_sha256")] = facts.sha256();
    values[SCHEMA.fieldIndex("file_shown_as")] = shownAs;
    values[SCHEMA.fieldIndex("file_lines")] = facts.lines();
    values[SCHEMA.fieldIndex("file_lines_in_cells")] = facts.linesInCells();
    return RowFactory.create(values);
  }

  /** Spark's row encoder wants a Scala sequence for an array column. */
  private static Seq<Row> errorRows(List<DeliveryError> errors) {
    List<Row> rows = new ArrayList<>(errors.size());
    for (DeliveryError e : errors) {
      rows.add(RowFactory.create(e.column(), e.rule().code(), e.value(), e.reason()));
    }
    return JavaConverters.asScalaBuffer(rows).toSeq();
  }

  private static final Seq<Row> NO_ERRORS = errorRows(List.of());

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
