package dk.socialbench.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Ascending$;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.JoinedRow;
import org.apache.spark.sql.catalyst.expressions.NullsFirst$;
import org.apache.spark.sql.catalyst.expressions.SortOrder;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.catalyst.expressions.XXH64;
import org.apache.spark.sql.catalyst.plans.physical.UnknownPartitioning;
import org.apache.spark.sql.catalyst.types.DataTypeUtils;
import org.apache.spark.sql.execution.LogicalRDD;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.CollectionAccumulator;
import scala.Option;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * {@link CaseRules#flag} in the task that read the rows, for a task whose rows hold every row of
 * each of their cases: the same four columns, worked out per case in Java instead of a shuffle of
 * every row by municipality, a sort by strings and a window. At 10⁶ registrations that shuffle,
 * sort and window were about a third of ingest's task CPU (docs/benchmarks.md 1.62, 1.69), for
 * cases of two or three rows each that a delivery file already holds whole.
 *
 * <p>The task's rows come out as the window gave them: by municipality, case, registration date
 * (none last), file and line, each followed by {@code registration_number}, {@code
 * registrations_in_case}, {@code months_since_previous} and {@code case_bad}; the files' markers
 * (no municipality) first, their four columns read by nothing. Whether every case was in one task
 * is known only when every task has read its rows: each task adds its cases' 64-bit hashes to
 * {@code cases}, and {@link #inOneTaskEach} says whether no hash is in two tasks (a case in two
 * files read by two tasks, or two cases whose hashes meet, sends ingest back to {@link
 * CaseRules#flag}).
 *
 * <p>A task keeps its rows until it has read them all: its group of files is at most {@code
 * Ingest.PART_BYTES} of input, or one file that is not split.
 */
final class CaseChecks implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
  private static final long serialVersionUID = 1L;

  private static final int KIND = field("kind");
  private static final int FILE = field("source_file");
  private static final int LINE = field("source_line");
  private static final int ACCEPTED = field("accepted");
  private static final int MUNICIPALITY = field("municipality_code");
  private static final int CASE = field("case_id");
  private static final int DATE = field("registration_date");
  private static final int KIND_OF_REGISTRATION = field("registration_kind");
  private static final int PREVIOUS_GOAL = field("previous_goal_fulfilled");
  private static final int DELIVERED_MONTHS = field(ParsedRows.DELIVERED_MONTHS_SINCE_PREVIOUS);
  private static final int PERSON = field("person_key");
  private static final int TARGET_GROUP = field("target_group");
  private static final int CLOSED = field("case_closed");
  private static final int CLOSED_DATE = field("closed_date");
  private static final int CLOSING_REASON = field("closing_reason");

  /** The master-data columns ({@link CaseRules#MASTER_DATA}) as they are compared. */
  private static final int[] MASTER_TEXT = {PERSON, TARGET_GROUP, CLOSING_REASON};

  private static final UTF8String ROW = UTF8String.fromString(ParsedRows.KIND_ROW);
  private static final UTF8String FOLLOW_UP = UTF8String.fromString("follow_up");

  /** {@link CaseRules}' text for an empty master-data value: equal to a delivered "∅". */
  private static final UTF8String EMPTY = UTF8String.fromString("\u2205");

  /** The order of {@link CaseRules#flag}'s window: the case, then the date, file and line. */
  private static final Comparator<InternalRow> IN_ORDER =
      Comparator.<InternalRow, UTF8String>comparing(
              r -> text(r, MUNICIPALITY), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(r -> text(r, CASE), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(
              r -> r.isNullAt(DATE) ? null : r.getInt(DATE),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(r -> r.getUTF8String(FILE))
          .thenComparingLong(r -> r.getLong(LINE));

  private static final long HASH_SEED = 42L;

  private final CollectionAccumulator<long[]> cases;
  private final StructType flagged;

  /**
   * @param cases where each task adds its cases' hashes
   * @param flagged the schema of {@link CaseRules#flag}'s rows
   */
  private CaseChecks(CollectionAccumulator<long[]> cases, StructType flagged) {
    this.cases = Objects.requireNonNull(cases, "cases == null");
    this.flagged = Objects.requireNonNull(flagged, "flagged == null");
  }

  /**
   * The task's rows with the case rules' columns. Each row is kept, until the last is read, as
   * Spark's binary row of the flagged schema in a large array ({@link Pages}), not as an object per
   * value: kept as objects, a task's tens of thousands of rows outlived the young generation (the
   * reading stage's GC time at 10⁶ 3.9 → 20.8 s; docs/benchmarks.md 1.73). The four columns are set
   * in it once its case is known.
   */
  @Override
  public Iterator<InternalRow> call(Iterator<InternalRow> parsed) {
    UnsafeProjection binary = UnsafeProjection.create(flagged);
    // As the window gave a file's marker (no accepted row in its "case"); nothing reads these.
    InternalRow unknown = new GenericInternalRow(new Object[] {1, 1, null, true});
    JoinedRow joined = new JoinedRow();
    Pages pages = new Pages();
    List<UnsafeRow> rows = new ArrayList<>();
    List<InternalRow> out = new ArrayList<>();
    while (parsed.hasNext()) {
      InternalRow r = parsed.next();
      UnsafeRow kept = pages.keep(binary.apply(joined.apply(r, unknown)));
      // A marker first, as it has no municipality: the task's rows are then in municipality
      // order (flag).
      if (ROW.equals(r.getUTF8String(KIND))) {
        rows.add(kept);
      } else {
        out.add(kept);
      }
    }
    rows.sort(IN_ORDER);
    int number = flagged.fieldIndex("registration_number");
    long[] hashes = new long[rows.size()];
    int caseCount = 0;
    for (int from = 0; from < rows.size(); ) {
      int to = from + 1;
      while (to < rows.size() && sameCase(rows.get(from), rows.get(to))) {
        to++;
      }
      List<UnsafeRow> ofCase = rows.subList(from, to);
      hashes[caseCount++] = hash(ofCase.get(0));
      flag(ofCase, number);
      from = to;
    }
    cases.add(Arrays.copyOf(hashes, caseCount));
    out.addAll(rows);
    return out.iterator();
  }

  /**
   * A task's rows side by side in large arrays, as Spark's sorter keeps them: an array of {@link
   * #PAGE} bytes is allocated outside the young generation (G1's humongous objects, from half a
   * region), so the rows kept until the task has read its last are not copied from one young
   * collection to the next, as a copy of each row of its own would be.
   */
  private static final class Pages {
    private static final int PAGE = 4 << 20;
    private byte[] page;
    private int used;

    /** A row that reads {@code row}'s bytes, copied into the current page. */
    UnsafeRow keep(UnsafeRow row) {
      int size = row.getSizeInBytes();
      if (page == null || used + size > page.length) {
        page = new byte[Math.max(PAGE, size)];
        used = 0;
      }
      long at = Platform.BYTE_ARRAY_OFFSET + used;
      row.writeToMemory(page, at);
      UnsafeRow kept = new UnsafeRow(row.numFields());
      kept.pointTo(page, at, size);
      used += size;
      return kept;
    }
  }

  /**
   * {@code parsed} (rows of {@link ParsedRows#SCHEMA}, not reused) with {@link CaseRules#flag}'s
   * columns, each partition's cases checked in its task; each task adds its cases' hashes to {@code
   * cases}.
   */
  static Dataset<Row> flag(
      SparkSession spark, JavaRDD<InternalRow> parsed, CollectionAccumulator<long[]> cases) {
    StructType schema = CaseRules.flaggedSchema(spark);
    JavaRDD<InternalRow> rows = parsed.mapPartitions(new CaseChecks(cases, schema));
    @SuppressWarnings("unchecked")
    Seq<Attribute> output = (Seq<Attribute>) (Seq<?>) DataTypeUtils.toAttributes(schema);
    // Each task's rows are in municipality order, and Spark is told so: the curated write, by
    // municipality, then needs no sort of its own, as after the window.
    SortOrder byMunicipality =
        new SortOrder(
            output.apply(MUNICIPALITY),
            Ascending$.MODULE$,
            NullsFirst$.MODULE$,
            JavaConverters.asScalaBuffer(new ArrayList<Expression>()).toSeq());
    LogicalRDD plan =
        new LogicalRDD(
            output,
            rows.rdd(),
            new UnknownPartitioning(0),
            JavaConverters.asScalaBuffer(List.of(byMunicipality)).toSeq(),
            false,
            spark,
            Option.empty(),
            Option.empty());
    return Dataset.ofRows(spark, plan);
  }

  /**
   * Whether no case hash is in the arrays of two tasks ({@code cases}' value once the rows have
   * been read once, as ingest's cache is by its first job). A task run again (retried, or a second
   * job over rows not cached) adds its hashes again and reads as a case in two tasks: the side that
   * checks the cases again, never the side that skips a check.
   */
  static boolean inOneTaskEach(List<long[]> byTask) {
    long[] all = byTask.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    for (int i = 1; i < all.length; i++) {
      if (all[i] == all[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sets the four columns {@link CaseRules#flag} adds in the case's rows, in order: from {@code
   * number} on, the registration number, the rows in the case, the months since the previous
   * registration and whether the case breaks a rule.
   */
  private static void flag(List<UnsafeRow> ofCase, int number) {
    int n = ofCase.size();
    int accepted = 0;
    int goalsMissing = 0;
    for (InternalRow r : ofCase) {
      accepted += r.getBoolean(ACCEPTED) ? 1 : 0;
      goalsMissing += r.isNullAt(PREVIOUS_GOAL) ? 1 : 0;
    }
    boolean firstMissesGoal = ofCase.get(0).isNullAt(PREVIOUS_GOAL);
    boolean bad =
        accepted != n
            || distinctDates(ofCase) != accepted
            || goalsMissing - (firstMissesGoal ? 1 : 0) > 0
            || masterDataDiffers(ofCase);
    Integer previous = null;
    for (int i = 0; i < n; i++) {
      UnsafeRow r = ofCase.get(i);
      Integer date = r.isNullAt(DATE) ? null : r.getInt(DATE);
      Double months;
      if (previous == null && FOLLOW_UP.equals(text(r, KIND_OF_REGISTRATION))) {
        months = r.isNullAt(DELIVERED_MONTHS) ? null : (double) r.getInt(DELIVERED_MONTHS);
      } else {
        months = date == null || previous == null ? null : monthsBetween(date, previous);
      }
      r.setInt(number, i + 1);
      r.setInt(number + 1, n);
      if (months == null) {
        r.setNullAt(number + 2);
      } else {
        r.setDouble(number + 2, months);
      }
      r.setBoolean(number + 3, bad);
      previous = date;
    }
  }

  /** The accepted rows' distinct registration dates (an accepted row always has one). */
  private static int distinctDates(List<? extends InternalRow> ofCase) {
    int[] dates = new int[ofCase.size()];
    int k = 0;
    for (InternalRow r : ofCase) {
      if (r.getBoolean(ACCEPTED) && !r.isNullAt(DATE)) {
        dates[k++] = r.getInt(DATE);
      }
    }
    // The rows are in date order, so equal dates are neighbours.
    int distinct = 0;
    for (int i = 0; i < k; i++) {
      distinct += i == 0 || dates[i] != dates[i - 1] ? 1 : 0;
    }
    return distinct;
  }

  /**
   * Whether a master-data column has two values among the case's accepted rows, empty counting as
   * one more value as {@link CaseRules} compares them (a text's empty as "∅", a date's and a
   * yes/no's as no date or yes/no).
   */
  private static boolean masterDataDiffers(List<? extends InternalRow> ofCase) {
    InternalRow first = null;
    for (InternalRow r : ofCase) {
      if (!r.getBoolean(ACCEPTED)) {
        continue;
      }
      if (first == null) {
        first = r;
        continue;
      }
      for (int c : MASTER_TEXT) {
        if (!masterText(first, c).equals(masterText(r, c))) {
          return true;
        }
      }
      if (!Objects.equals(bool(first, CLOSED), bool(r, CLOSED))
          || !Objects.equals(day(first, CLOSED_DATE), day(r, CLOSED_DATE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link CaseRules#monthsBetween} of two dates (days since 1970, as Spark holds them), which is
   * {@code round(months_between(later, earlier), 1)}; Spark's year, month and day of a date are its
   * proleptic Gregorian ones, as {@link LocalDate#ofEpochDay}'s.
   */
  static double monthsBetween(int later, int earlier) {
    LocalDate a = LocalDate.ofEpochDay(later);
    LocalDate b = LocalDate.ofEpochDay(earlier);
    int months = a.getYear() * 12 + a.getMonthValue() - (b.getYear() * 12 + b.getMonthValue());
    int days = a.getDayOfMonth() - b.getDayOfMonth();
    boolean whole =
        days == 0
            || a.getDayOfMonth() == a.lengthOfMonth() && b.getDayOfMonth() == b.lengthOfMonth();
    if (whole) {
      return months;
    }
    // days * 10 / 31 is never half-way between two integers (CaseRules.monthsBetween), so
    // Math.round is Spark's round half up.
    return (months * 10L + Math.round(days * 10 / 31.0)) / 10.0;
  }

  private static boolean sameCase(InternalRow a, InternalRow b) {
    return Objects.equals(text(a, MUNICIPALITY), text(b, MUNICIPALITY))
        && Objects.equals(text(a, CASE), text(b, CASE));
  }

  /** The case's 64-bit hash, of its municipality and case id (a null is its own value). */
  private static long hash(InternalRow r) {
    return hash(text(r, CASE), hash(text(r, MUNICIPALITY), HASH_SEED));
  }

  private static long hash(UTF8String s, long seed) {
    if (s == null) {
      return XXH64.hashLong(-1L, seed);
    }
    return XXH64.hashUnsafeBytes(s.getBaseObject(), s.getBaseOffset(), s.numBytes(), seed);
  }

  private static UTF8String masterText(InternalRow r, int c) {
    return r.isNullAt(c) ? EMPTY : r.getUTF8String(c);
  }

  private static UTF8String text(InternalRow r, int c) {
    return r.isNullAt(c) ? null : r.getUTF8String(c);
  }

  private static Boolean bool(InternalRow r, int c) {
    return r.isNullAt(c) ? null : r.getBoolean(c);
  }

  private static Integer day(InternalRow r, int c) {
    return r.isNullAt(c) ? null : r.getInt(c);
  }

  private static int field(String name) {
    return ParsedRows.SCHEMA.fieldIndex(name);
  }
}
