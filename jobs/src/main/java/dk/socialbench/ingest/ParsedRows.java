package dk.socialbench.ingest;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dk.socialbench.contract.CuratedColumn;
import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.spark.SparkTypes;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * The rows that parsing hands to Spark: every row read, accepted or not, with its typed values
 * (null where it was rejected) and its errors; plus one marker row per file (per part of a split
 * file, {@link CsvParts}) that carries how the file was read and how many blank rows it skipped (so
 * counts are exact even if a task is retried, which accumulators would not be).
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

  /**
   * The curated columns that the case rules derive from a case's rows together; every other curated
   * column is known from its row alone and is carried, nullable, in {@link #SCHEMA}.
   */
  static final Set<CuratedColumn> DERIVED_FROM_CASE =
      EnumSet.of(
          CuratedColumn.REGISTRATION_NUMBER,
          CuratedColumn.REGISTRATIONS_IN_CASE,
          CuratedColumn.MONTHS_SINCE_PREVIOUS);

  static final String NAME_PAIRS = "name_pairs";

  /** The months since the previous registration as delivered; the case rules read it. */
  static final String DELIVERED_MONTHS_SINCE_PREVIOUS = "delivered_months_since_previous";

  private static final StructType FILE_AND_ROW =
      new StructType()
          .add("kind", StringType, false)
          .add(CuratedColumn.SOURCE_FILE.code(), StringType, false)
          .add(CuratedColumn.SOURCE_LINE.code(), LongType, false)
          .add("accepted", BooleanType, false)
          .add("errors", ERRORS, false)
          .add("cpr_masked", StringType)
          .add("cpr_cells", IntegerType)
          .add("own_name_cells", IntegerType)
          .add("file_format", StringType)
          .add("blank_rows", LongType)
          .add("file_bytes", LongType)
          .add("file_sha256", StringType)
          .add("file_name_parts", DataTypes.createArrayType(StringType, false))
          .add("file_lines", LongType)
          .add("file_lines_in_cells", LongType)
          .add(DELIVERED_MONTHS_SINCE_PREVIOUS, IntegerType)
          // The distinct keyed pairs of every name its rows hold (NamePairs), on a file's (or
          // part's) marker only: every citizen's name is looked for in every row's free text, and
          // the per-file summary then gathers one set per task, not a list per row.
          .add(NAME_PAIRS, DataTypes.createArrayType(LongType, false));

  /** The curated columns a row carries, in the contract's order. */
  private static final List<CuratedColumn> ROW_COLUMNS =
      Stream.of(CuratedColumn.values())
          .filter(c -> !DERIVED_FROM_CASE.contains(c))
          .filter(c -> FILE_AND_ROW.getFieldIndex(c.code()).isEmpty())
          .toList();

  static final StructType SCHEMA = withRowColumns();

  /** Where the row's curated columns start in {@link #SCHEMA} (they follow in contract order). */
  private static final int FIRST_ROW_COLUMN = FILE_AND_ROW.size();

  private static final int DELIVERED_MONTHS =
      FILE_AND_ROW.fieldIndex(DELIVERED_MONTHS_SINCE_PREVIOUS);

  private static final int NAME_PAIRS_INDEX = FILE_AND_ROW.fieldIndex(NAME_PAIRS);

  private static Seq<Object> seq(long[] values) {
    if (values == null) {
      return null;
    }
    List<Object> boxed = new ArrayList<>(values.length);
    for (long v : values) {
      boxed.add(v);
    }
    return JavaConverters.asScalaBuffer(boxed).toSeq();
  }

  private static StructType withRowColumns() {
    StructType schema = FILE_AND_ROW;
    for (CuratedColumn c : ROW_COLUMNS) {
      // Nullable: a rejected row and a file's marker row leave them empty.
      schema = schema.add(c.code(), SparkTypes.of(c.type()), true);
    }
    return schema;
  }

  /**
   * @param caseId the case id to keep ({@link Pseudonymiser#caseId})
   */
  static Row accepted(RawRow raw, Registration r, String personKey, String caseId) {
    Object[] values = new Object[SCHEMA.size()];
    values[0] = KIND_ROW;
    values[1] = raw.file();
    values[2] = raw.line();
    values[3] = true;
    values[4] = NO_ERRORS;
    values[5] = r.cpr().masked();
    values[6] = r.cprCells();
    values[7] = r.ownNameCells();
    values[DELIVERED_MONTHS] = r.monthsSincePrevious();
    // By position, not by name: this runs for every row of every delivery.
    for (int i = 0; i < ROW_COLUMNS.size(); i++) {
      values[FIRST_ROW_COLUMN + i] = value(ROW_COLUMNS.get(i), r, personKey, caseId);
    }
    return RowFactory.create(values);
  }

  /** The value of a curated column that a single accepted row determines. */
  private static Object value(
      CuratedColumn column, Registration r, String personKey, String caseId) {
    return switch (column) {
      case CASE_ID -> caseId;
      case PERSON_KEY -> personKey;
      case SEX -> r.cpr().male() ? "male" : "female";
      case AGE_AT_REGISTRATION -> r.ageAtRegistration();
      case TARGET_GROUP -> r.targetGroup();
      case CASE_CLOSED -> r.caseClosed();
      case CLOSED_DATE -> date(r.closedDate());
      case CLOSING_REASON -> r.closingReason();
      case REGISTRATION_DATE -> date(r.registrationDate());
      case REGISTRATION_KIND -> r.registrationKind();
      case INITIATOR -> r.initiator();
      case SERVICE -> r.service();
      case PROVIDER_NAME -> r.providerName();
      case PROVIDER_TYPE -> r.providerType();
      case DAILY_PRICE -> r.dailyPrice();
      case HOURS_INDIVIDUAL -> r.hoursIndividual();
      case HOURS_GROUP -> r.hoursGroup();
      case VUM_SCORE -> r.vumScore();
      case GOALS_SET -> r.goalsSet();
      case GOAL_TYPE -> r.goalType();
      case VUM_TARGET -> r.vumTarget();
      case EXPECTED_GOAL_DATE -> date(r.expectedGoalDate());
      case PREVIOUS_GOAL_FULFILLED -> r.previousGoalFulfilled();
      case CONCURRENT_SERVICE -> r.concurrentService();
      case CONCURRENT_DAILY_PRICE -> r.concurrentDailyPrice();
      case FUNDING_BASIS -> r.fundingBasis();
      case EMPLOYMENT_MEASURE -> r.employmentMeasure();
      case MUNICIPALITY_CODE -> r.municipalityCode();
      case REGISTRATION_NUMBER,
          REGISTRATIONS_IN_CASE,
          MONTHS_SINCE_PREVIOUS,
          SOURCE_FILE,
          SOURCE_LINE ->
          throw new IllegalArgumentException(column + " is not a row's own value");
    };
  }

  /**
   * A rejected row keeps only what locates it: file, line, municipality and case as written, but
   * scrubbed of anything shaped like a CPR number and of the row's name.
   */
  static Row rejected(RawRow raw, List<DeliveryError> errors, String maskedCpr, FreeText scrubber) {
    return rejected(
        raw, errors, maskedCpr, scrubber.clean(raw.cell(DeliveryColumn.CASE_ID)), scrubber);
  }

  /**
   * @param caseId the case id to keep, already scrubbed or pseudonymised
   */
  static Row rejected(
      RawRow raw, List<DeliveryError> errors, String maskedCpr, String caseId, FreeText scrubber) {
    Object[] values = new Object[SCHEMA.size()];
    values[0] = KIND_ROW;
    values[1] = raw.file();
    values[2] = raw.line();
    values[3] = false;
    values[4] = errorRows(errors);
    values[5] = maskedCpr;
    values[SCHEMA.fieldIndex(CuratedColumn.MUNICIPALITY_CODE.code())] =
        scrubber.clean(raw.cell(DeliveryColumn.MUNICIPALITY_CODE));
    values[SCHEMA.fieldIndex(CuratedColumn.CASE_ID.code())] = caseId;
    return RowFactory.create(values);
  }

  /** What a file's rows do not say about it: how it was read, its size, checksum and lines. */
  record FileFacts(
      String format, long blankRows, Long bytes, String sha256, Long lines, long linesInCells) {}

  /**
   * The marker row of a file, or of the part of a split file that one task read.
   *
   * @param file the name its rows carry
   * @param namePartsInFileName the parts of names in its rows that occur in the file's name, which
   *     the name shown must hide ({@link ShownFileNames})
   * @param namePairs the distinct keyed pairs of every name in its rows ({@link NamePairs#of})
   */
  static Row fileMarker(
      String file, Collection<String> namePartsInFileName, long[] namePairs, FileFacts facts) {
    Object[] values = new Object[SCHEMA.size()];
    values[NAME_PAIRS_INDEX] = seq(namePairs);
    values[0] = KIND_FILE;
    values[1] = file;
    values[2] = 0L;
    values[3] = false;
    values[4] = NO_ERRORS;
    values[SCHEMA.fieldIndex("file_format")] = facts.format();
    values[SCHEMA.fieldIndex("blank_rows")] = facts.blankRows();
    values[SCHEMA.fieldIndex("file_bytes")] = facts.bytes();
    values[SCHEMA.fieldIndex("file_sha256")] = facts.sha256();
    values[SCHEMA.fieldIndex("file_name_parts")] =
        JavaConverters.asScalaBuffer(new ArrayList<>(namePartsInFileName)).toSeq();
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
