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
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.DateTimeUtils;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.types.UTF8String;
import scala.Function1;

/**
 * The rows that parsing hands to Spark: every row read, accepted or not, with its typed values
 * (null where it was rejected) and its errors; plus one marker row per file (per part of a split
 * file, {@link CsvParts}) that carries how the file was read and how many blank rows it skipped (so
 * counts are exact even if a task is retried, which accumulators would not be).
 *
 * <p>The rows are Spark's internal rows ({@link UTF8String} text, dates as days since 1970), which
 * Spark takes as they are: {@code Row} objects cost a conversion of every value of every row on the
 * way in (docs/benchmarks.md 1.52). {@link #external} gives the {@code Row} view, for tests.
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

  /** Internal rows as {@code Row} objects (thread-safe: it keeps no state between rows). */
  private static final Function1<Object, Object> TO_ROW =
      CatalystTypeConverters.createToScalaConverter(withRowColumns());

  /** An internal row of {@link #SCHEMA} as a {@code Row}, as Spark would hand it back. */
  static Row external(InternalRow row) {
    return (Row) TO_ROW.apply(row);
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
   * @param personId the person key's id ({@link Pseudonymiser#personId})
   * @param caseId the case id to keep ({@link Pseudonymiser#caseId})
   */
  static InternalRow accepted(
      RawRow raw, Registration r, String personKey, long personId, String caseId) {
    Object[] values = new Object[SCHEMA.size()];
    values[0] = ROW;
    values[1] = text(raw.file());
    values[2] = raw.line();
    values[3] = true;
    values[4] = NO_ERRORS;
    values[5] = text(r.cpr().masked());
    values[6] = r.cprCells();
    values[7] = r.ownNameCells();
    values[DELIVERED_MONTHS] = r.monthsSincePrevious();
    // By position, not by name: this runs for every row of every delivery.
    for (int i = 0; i < ROW_COLUMNS.size(); i++) {
      values[FIRST_ROW_COLUMN + i] = value(ROW_COLUMNS.get(i), r, personKey, personId, caseId);
    }
    return new GenericInternalRow(values);
  }

  /** The value of a curated column that a single accepted row determines, as Spark holds it. */
  private static Object value(
      CuratedColumn column, Registration r, String personKey, long personId, String caseId) {
    return switch (column) {
      case CASE_ID -> text(caseId);
      case PERSON_KEY -> text(personKey);
      case PERSON_ID -> personId;
      case SEX -> r.cpr().male() ? MALE : FEMALE;
      case AGE_AT_REGISTRATION -> r.ageAtRegistration();
      case TARGET_GROUP -> text(r.targetGroup());
      case CASE_CLOSED -> r.caseClosed();
      case CLOSED_DATE -> days(r.closedDate());
      case CLOSING_REASON -> text(r.closingReason());
      case REGISTRATION_DATE -> days(r.registrationDate());
      case REGISTRATION_KIND -> text(r.registrationKind());
      case INITIATOR -> text(r.initiator());
      case SERVICE -> text(r.service());
      case PROVIDER_NAME -> text(r.providerName());
      case PROVIDER_TYPE -> text(r.providerType());
      case DAILY_PRICE -> r.dailyPrice();
      case HOURS_INDIVIDUAL -> r.hoursIndividual();
      case HOURS_GROUP -> r.hoursGroup();
      case VUM_SCORE -> r.vumScore();
      case GOALS_SET -> r.goalsSet();
      case GOAL_TYPE -> text(r.goalType());
      case VUM_TARGET -> r.vumTarget();
      case EXPECTED_GOAL_DATE -> days(r.expectedGoalDate());
      case PREVIOUS_GOAL_FULFILLED -> text(r.previousGoalFulfilled());
      case CONCURRENT_SERVICE -> text(r.concurrentService());
      case CONCURRENT_DAILY_PRICE -> r.concurrentDailyPrice();
      case FUNDING_BASIS -> text(r.fundingBasis());
      case EMPLOYMENT_MEASURE -> r.employmentMeasure();
      case MUNICIPALITY_CODE -> text(r.municipalityCode());
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
    return external(
        rejected(
            raw, errors, maskedCpr, scrubber.clean(raw.cell(DeliveryColumn.CASE_ID)), scrubber));
  }

  /**
   * @param caseId the case id to keep, already scrubbed or pseudonymised
   */
  static InternalRow rejected(
      RawRow raw, List<DeliveryError> errors, String maskedCpr, String caseId, FreeText scrubber) {
    Object[] values = new Object[SCHEMA.size()];
    values[0] = ROW;
    values[1] = text(raw.file());
    values[2] = raw.line();
    values[3] = false;
    values[4] = errorRows(errors);
    values[5] = text(maskedCpr);
    values[SCHEMA.fieldIndex(CuratedColumn.MUNICIPALITY_CODE.code())] =
        text(scrubber.clean(raw.cell(DeliveryColumn.MUNICIPALITY_CODE)));
    values[SCHEMA.fieldIndex(CuratedColumn.CASE_ID.code())] = text(caseId);
    return new GenericInternalRow(values);
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
  static InternalRow fileMarker(
      String file, Collection<String> namePartsInFileName, long[] namePairs, FileFacts facts) {
    Object[] values = new Object[SCHEMA.size()];
    values[NAME_PAIRS_INDEX] = namePairs == null ? null : new GenericArrayData(namePairs);
    values[0] = UTF8String.fromString(KIND_FILE);
    values[1] = text(file);
    values[2] = 0L;
    values[3] = false;
    values[4] = NO_ERRORS;
    values[SCHEMA.fieldIndex("file_format")] = text(facts.format());
    values[SCHEMA.fieldIndex("blank_rows")] = facts.blankRows();
    values[SCHEMA.fieldIndex("file_bytes")] = facts.bytes();
    values[SCHEMA.fieldIndex("file_sha256")] = text(facts.sha256());
    values[SCHEMA.fieldIndex("file_name_parts")] =
        new GenericArrayData(
            namePartsInFileName.stream().map(UTF8String::fromString).toArray(Object[]::new));
    values[SCHEMA.fieldIndex("file_lines")] = facts.lines();
    values[SCHEMA.fieldIndex("file_lines_in_cells")] = facts.linesInCells();
    return new GenericInternalRow(values);
  }

  private static ArrayData errorRows(List<DeliveryError> errors) {
    Object[] rows = new Object[errors.size()];
    for (int i = 0; i < rows.length; i++) {
      DeliveryError e = errors.get(i);
      rows[i] =
          new GenericInternalRow(
              new Object[] {
                text(e.column()), text(e.rule().code()), text(e.value()), text(e.reason())
              });
    }
    return new GenericArrayData(rows);
  }

  private static final UTF8String ROW = UTF8String.fromString(KIND_ROW);
  private static final UTF8String MALE = UTF8String.fromString("male");
  private static final UTF8String FEMALE = UTF8String.fromString("female");

  /** Shared by every row without errors: Spark copies a row's values when it keeps them. */
  private static final ArrayData NO_ERRORS = errorRows(List.of());

  private static UTF8String text(String s) {
    return s == null ? null : UTF8String.fromString(s);
  }

  /** The first year {@link #days} counts from the date alone (see there). */
  private static final int PLAIN_FROM_YEAR = 1900;

  /**
   * A date as Spark holds it: days since 1970-01-01. From 1900 on that is the date's epoch day; an
   * earlier one (a mistyped expected goal date, say) goes the way Spark takes a {@code
   * java.sql.Date}, through the JVM's time zone and the Julian calendar before 1582, so that the
   * value is the one the {@code Row}s gave (ParsedRowsTest compares the two for every day).
   */
  static Integer days(LocalDate d) {
    if (d == null) {
      return null;
    }
    return d.getYear() >= PLAIN_FROM_YEAR
        ? Math.toIntExact(d.toEpochDay())
        : DateTimeUtils.fromJavaDate(Date.valueOf(d));
  }
}
