package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Every count an analysis publishes, with the cell key the cell-key method perturbs it by (see
 * docs/cell-key-design.md): the count in a column named as the contract says, its key in {@code
 * <count>_key}.
 *
 * <p>The fast way, {@link #aggregate}: {@code Persons.aggregate(units,
 * List.of("municipality_code"), List.of(avg("price").as("mean")), Persons.persons("cases"),
 * Persons.persons("with_goal", col("goals_set")))}. It brings each person's rows of a group
 * together once and counts plainly, reading the person's {@link #PERSON_ID} and {@link
 * #RECORD_KEY}, which the {@link AnalysisInputs} carry (the id as ingest wrote it into the curated
 * registrations, the record key its low half; a table without them gets them from {@code
 * person_key}).
 *
 * <p>Of the aggregate columns, {@link #counted} reads {@link #PERSON_ID} and {@link #onePerRow}
 * {@link #RECORD_KEY}; {@link #unitsCounted} needs only {@code person_key} and hashes it in each
 * row. {@link #counted} and {@link #unitsCounted} are distinct aggregates (several conditions in
 * one aggregation make Spark expand each row once per condition). Example: {@code
 * units.groupBy("municipality_code").agg(Persons.counted("cases")[0],
 * Persons.counted("cases")[1])}, or spread: {@code agg(first, Persons.counted("cases"))}.
 */
final class Persons {
  static final String PERSON_KEY = "person_key";

  /** A person as one LONG ({@link CellKeys#personIdOfHash}): distinct persons, distinct ids. */
  static final String PERSON_ID = "person_id";

  /** A person's record key ({@link CellKeys#recordKey}). */
  static final String RECORD_KEY = "record_key";

  private Persons() {}

  /**
   * One count of {@link #aggregate}: the distinct persons of a group's rows where {@code condition}
   * holds, or (for {@code units}) the group's rows, keyed by their distinct persons.
   */
  record Count(String name, Column condition, boolean units) {
    Count {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(condition, "condition == null");
    }
  }

  /** The distinct persons of a group's rows. */
  static Count persons(String name) {
    return persons(name, lit(true));
  }

  /** The distinct persons of a group's rows where {@code condition} holds. */
  static Count persons(String name, Column condition) {
    return new Count(name, condition, false);
  }

  /**
   * The rows of a group where units are not persons (as {@link #unitsCounted}), with the cell key
   * of their distinct persons.
   */
  static Count units(String name) {
    return new Count(name, lit(true), true);
  }

  /**
   * {@code units} with {@link #PERSON_ID} and {@link #RECORD_KEY}: unchanged when it has them; the
   * record key from the id when it has the id (curated registrations: ingest writes it, {@link
   * CellKeys.PersonIds}), where a row without one (curated data written before ingest did, read
   * with the curated schema) gets it from {@code person_key}; else both from {@code person_key}
   * (the hash once per row).
   */
  static Dataset<Row> withKeys(Dataset<Row> units) {
    List<String> columns = Arrays.asList(units.columns());
    if (columns.contains(PERSON_ID) && columns.contains(RECORD_KEY)) {
      return units;
    }
    Column hashed = CellKeys.personIdOfHash(CellKeys.personHash(col(PERSON_KEY)));
    // coalesce evaluates the hash only for a row whose id is null.
    Column id = columns.contains(PERSON_ID) ? coalesce(col(PERSON_ID), hashed) : hashed;
    return units
        .withColumn(PERSON_ID, id)
        .withColumn(RECORD_KEY, CellKeys.recordKeyOfPersonId(col(PERSON_ID)));
  }

  /** The columns that say who a unit is, for a {@code select} of units to count. */
  static Column[] who() {
    return new Column[] {col(PERSON_KEY), col(PERSON_ID), col(RECORD_KEY)};
  }

  /**
   * {@code units} grouped by {@code groups}: the groups' columns, then {@code aggregates} (over
   * every row), then each count and its key ({@code <name>, <name>_key}); the same numbers as
   * {@link #counted} and {@link #unitsCounted}, without a distinct aggregate.
   *
   * <p>Without {@code aggregates}, the units are reduced once to one row per group and person and
   * counted and keyed plainly. With them, each unit table is read once: the rows of a person in a
   * group are brought together (a window by person and group, sorted by the person's LONG id
   * first), where one of them is marked as the person's and each condition flagged for the person,
   * and a single aggregation per group takes the aggregates over every row and the counts and keys
   * over the marked rows. (A join of the two aggregations read the units twice.)
   */
  static Dataset<Row> aggregate(
      Dataset<Row> units, List<String> groups, List<Column> aggregates, Count... counts) {
    Dataset<Row> keyed = withKeys(units);
    return aggregates.isEmpty()
        ? byPerson(keyed, groups, counts)
        : inOnePass(keyed, groups, List.of(), aggregates, counts);
  }

  /**
   * As {@link #aggregate} with {@code aggregates}, the rows of each group split further by the
   * columns {@code by}, while a person is told apart within the group alone: a person's count is at
   * one of its rows in the group, so the counts of a group's parts add up to the group's, and their
   * keys too, modulo 2³². For a group's numbers summed from parts ({@link Means#cells}: by value).
   */
  static Dataset<Row> aggregate(
      Dataset<Row> units,
      List<String> groups,
      List<String> by,
      List<Column> aggregates,
      Count... counts) {
    return inOnePass(withKeys(units), groups, by, aggregates, counts);
  }

  /** {@link #aggregate} without other aggregates: one row per group and person, then counted. */
  private static Dataset<Row> byPerson(Dataset<Row> keyed, List<String> groups, Count... counts) {
    List<Column> byPerson = new ArrayList<>(columns(groups));
    byPerson.add(col(PERSON_ID));
    byPerson.add(col(RECORD_KEY));
    List<Column> perPerson = new ArrayList<>();
    List<Column> perGroup = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      Count c = counts[i];
      String in = "person_in_" + i;
      perPerson.add(max(when(c.condition(), lit(1))).as(in));
      // A row without a person is no person (as countDistinct ignores nulls).
      Column counted = col(in).isNotNull().and(col(PERSON_ID).isNotNull());
      if (c.units()) {
        String rows = "units_" + i;
        perPerson.add(count(lit(1)).as(rows));
        perGroup.add(sum(col(rows)).as(c.name()));
      } else {
        perGroup.add(count(when(counted, lit(1))).as(c.name()));
      }
      perGroup.add(keyOf(counted).as(key(c.name())));
    }
    return spreadByPerson(keyed)
        .groupBy(byPerson.toArray(Column[]::new))
        .agg(first(perPerson), rest(perPerson))
        .groupBy(columns(groups).toArray(Column[]::new))
        .agg(first(perGroup), rest(perGroup));
  }

  /** {@link #aggregate} with other aggregates: every row read once, see there. */
  private static Dataset<Row> inOnePass(
      Dataset<Row> keyed,
      List<String> groups,
      List<String> by,
      List<Column> aggregates,
      Count... counts) {
    // The person first: a LONG nearly unique per row, so the sort compares by its prefix alone.
    List<Column> personInGroup = new ArrayList<>();
    personInGroup.add(col(PERSON_ID));
    personInGroup.addAll(columns(groups));
    WindowSpec person =
        Window.partitionBy(personInGroup.toArray(Column[]::new)).orderBy(col(RECORD_KEY));
    WindowSpec allOfPerson =
        person.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    String mark = "persons_row";
    Dataset<Row> marked =
        spreadByPerson(keyed)
            .withColumn(mark, row_number().over(person).equalTo(1).and(col(PERSON_ID).isNotNull()));
    List<Column> perGroup = new ArrayList<>(aggregates);
    for (int i = 0; i < counts.length; i++) {
      Count c = counts[i];
      Column counted = col(mark);
      if (!c.units()) {
        String in = "person_in_" + i;
        marked = marked.withColumn(in, max(when(c.condition(), lit(1))).over(allOfPerson));
        counted = counted.and(col(in).isNotNull());
        perGroup.add(count(when(counted, lit(1))).as(c.name()));
      } else {
        perGroup.add(count(lit(1)).as(c.name()));
      }
      perGroup.add(keyOf(counted).as(key(c.name())));
    }
    List<Column> parts = new ArrayList<>(columns(groups));
    parts.addAll(columns(by));
    return marked.groupBy(parts.toArray(Column[]::new)).agg(first(perGroup), rest(perGroup));
  }

  /**
   * The units spread by person over the session's shuffle partitions. Explicitly: left to adaptive
   * execution, the per-person work (two million rows at 10^6, a few tens of MiB) was coalesced into
   * one task, one core of the machine's (docs/benchmarks.md 1.10).
   */
  private static Dataset<Row> spreadByPerson(Dataset<Row> keyed) {
    int partitions = keyed.sparkSession().sessionState().conf().numShufflePartitions();
    return keyed.repartition(partitions, col(PERSON_ID));
  }

  /** The cell key of the persons of the rows where {@code counted} holds (once each): 0 if none. */
  static Column keyOf(Column counted) {
    return coalesce(pmod(sum(when(counted, col(RECORD_KEY))), lit(CellKeys.KEYS)), lit(0L));
  }

  private static Column first(List<Column> columns) {
    return columns.get(0);
  }

  private static Column[] rest(List<Column> columns) {
    return columns.subList(1, columns.size()).toArray(Column[]::new);
  }

  private static List<Column> columns(List<String> names) {
    return names.stream().map(org.apache.spark.sql.functions::col).toList();
  }

  /** The distinct persons of a group's rows, and their cell key: two aggregates. */
  static Column[] counted(String count) {
    return counted(count, lit(true));
  }

  /**
   * The distinct persons of the rows where {@code condition} holds, and their cell key, from the
   * rows' {@link #PERSON_ID}: read as a DECIMAL it is the {@link CellKeys#personNumber} less 2^64
   * where its high bit is set, so the distinct persons are the same and the sum modulo 2^32 too.
   */
  static Column[] counted(String count, Column condition) {
    Column person = when(condition, col(PERSON_ID).cast("decimal(20,0)"));
    return new Column[] {
      countDistinct(person).as(count), CellKeys.cellKeyOfDistinct(person).as(key(count))
    };
  }

  /**
   * The rows of a group that hold one row per person (already one per person, such as person-years)
   * where {@code condition} holds, and their cell key, from the rows' {@link #RECORD_KEY}: cheaper
   * than {@link #counted} since no person needs to be found twice.
   */
  static Column[] onePerRow(String count, Column condition) {
    Column recordKey = when(condition, col(RECORD_KEY));
    return new Column[] {
      count(recordKey).as(count), coalesce(CellKeys.cellKey(recordKey), lit(0L)).as(key(count))
    };
  }

  /**
   * The rows of a group where units are not persons (goals, follow-ups, intervals pooled over every
   * registration k, where one person adds several), and the cell key of their distinct persons: a
   * count of 1–4 such units still tells of 1–4 persons, so it is perturbed like a count of persons.
   */
  static Column[] unitsCounted(String count) {
    Column person = CellKeys.personNumber(col(PERSON_KEY));
    return new Column[] {count("*").as(count), CellKeys.cellKeyOfDistinct(person).as(key(count))};
  }

  /**
   * A line total over the counts {@code count} of a line's cells, and its key: the persons of a
   * line's categories are disjoint, so the total's key is the sum of the cells' keys modulo 2^32.
   */
  static Column[] total(String count, WindowSpec line, String total) {
    return new Column[] {
      sum(col(count)).over(line).as(total),
      pmod(sum(col(key(count))).over(line), lit(CellKeys.KEYS)).as(key(total))
    };
  }

  /** The key column of a count, as the contract names it. */
  static String key(String count) {
    return count + dk.socialbench.contract.Column.KEY_SUFFIX;
  }
}
