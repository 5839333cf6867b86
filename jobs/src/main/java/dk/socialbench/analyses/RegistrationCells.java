package dk.socialbench.analyses;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static dk.socialbench.contract.ResultColumns.SHARE;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_LOW;
import static dk.socialbench.contract.ResultColumns.TOTAL;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.explode_outer;
import static org.apache.spark.sql.functions.inline;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * The cells of the distributions over the registrations, from one shared aggregation instead of one
 * query each (issue 13: each query's planning, code generation and pass over every registration are
 * the analyses' fixed cost, docs/benchmarks.md 1.58). Each analysis of this shape reduces a
 * registration (a case's first, a registration beside the case's next, a follow-up) to a unit in
 * its cells ({@link Units}); every registration is expanded once into the units of all of them,
 * tagged with the dataset's name in {@link #CELLS}, and one aggregation counts per cell the
 * distinct persons and the units ({@link Persons#aggregate}), and each cell's line total and shares
 * beside it. An analysis then takes its dataset's cells ({@link #counts}) or its distribution
 * ({@link #distribution}), from the cells kept one row per dataset and municipality ({@link
 * #byMunicipality}).
 *
 * <p>The counts and keys are those {@link Distribution#of} and {@link Distribution#ofUnits} give
 * for one analysis: a cell's units are the same rows, the persons are counted per cell (the tag is
 * part of the cell, so no person is shared across datasets), and counts and keys are integers.
 *
 * <p>Example: {@code RegistrationCells.counts(inputs.registrationCells(), VumDevelopment.units())}.
 */
final class RegistrationCells {
  /** Which dataset a cell belongs to. */
  static final String CELLS = "cells";

  /** A cell's units (as against its distinct persons), for the datasets that count units. */
  static final String UNITS = "units";

  /** A dataset's cells in one municipality ({@link #byMunicipality}). */
  static final String LINES = "lines";

  /** What a cell's dataset counts: its {@link #UNITS} if it is pooled, else its persons. */
  static final String COUNTED = "counted";

  /** A cell's dataset while the units are counted: its place in the list of datasets. */
  private static final String TAG = "tag";

  /**
   * Where a dimension is kept in the shared table: one column per type and place, so that every
   * dataset's cells fit the same few columns. A dataset's dimensions keep its order in the slots'.
   */
  enum Slot {
    /**
     * A registration number k; the unit counts at every k of an array (pooled stages, "at least
     * k").
     */
    STAGE("stage", DataTypes.IntegerType),
    SCORE("score", DataTypes.DoubleType),
    GROUP("group", DataTypes.StringType),
    SUBGROUP("subgroup", DataTypes.StringType),
    CATEGORY("category", DataTypes.StringType);

    private final String column;
    private final DataType type;

    Slot(String column, DataType type) {
      this.column = column;
      this.type = type;
    }

    /** The slot's column in the shared table. */
    String column() {
      return column;
    }
  }

  /** One dimension of a dataset: its name in the contract, its slot and value per registration. */
  record Dimension(String name, Slot slot, Column value) {
    Dimension {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(slot, "slot == null");
      Objects.requireNonNull(value, "value == null");
    }

    /** A dimension kept in {@code slot}. */
    static Dimension of(String name, Slot slot, Column value) {
      return new Dimension(name, slot, value);
    }

    /** The registration numbers at which a unit counts, an array of INT: {@link Slot#STAGE}. */
    static Dimension stages(String name, Column stages) {
      return new Dimension(name, Slot.STAGE, stages);
    }

    /** A unit at registration number {@code k}: {@link Slot#STAGE}. */
    static Dimension stage(String name, Column k) {
      return stages(name, array(k));
    }

    /** A unit at {@code k} and pooled over every k ({@link PooledStages#ALL}). */
    static Dimension pooledStage(String name, Column k) {
      return stages(name, array(k, lit(PooledStages.ALL)));
    }
  }

  /**
   * A dataset's units: the registrations that give one ({@code included}; null counts as false),
   * and each unit's dimensions, in the dataset's order, in slots in the order of {@link Slot}.
   * {@code pooled} datasets count units (goals, follow-ups: one person adds several), the others
   * distinct persons.
   */
  record Units(String dataset, Column included, List<Dimension> dimensions, boolean pooled) {
    Units {
      Objects.requireNonNull(dataset, "dataset == null");
      Objects.requireNonNull(included, "included == null");
      dimensions = List.copyOf(dimensions);
      for (int i = 1; i < dimensions.size(); i++) {
        if (dimensions.get(i).slot().ordinal() <= dimensions.get(i - 1).slot().ordinal()) {
          throw new IllegalArgumentException(dataset + ": dimensions out of the slots' order");
        }
      }
    }

    /** The dimension in {@code slot}, if the dataset has one. */
    Optional<Dimension> in(Slot slot) {
      return dimensions.stream().filter(d -> d.slot() == slot).findFirst();
    }

    /** {@code municipality_code} and the dimensions' names: the cells' groups. */
    List<String> groups() {
      List<String> groups = new ArrayList<>();
      groups.add(MUNICIPALITY_CODE);
      dimensions.forEach(d -> groups.add(d.name()));
      return groups;
    }
  }

  private RegistrationCells() {}

  /**
   * Registrations per task above which each dataset is counted in an aggregation of its own: at 10⁶
   * (125,000 per task) one aggregation for all was the cheaper, at 10⁷ in a 4 GiB heap (294,000 per
   * task) it spilled (docs/benchmarks.md 1.67).
   */
  static final long MAX_REGISTRATIONS_PER_TASK_TOGETHER = 200_000;

  /**
   * Whether {@code registrations} spread over {@code tasks} are counted one dataset at a time
   * ({@link #of(Dataset, List, boolean)}).
   */
  static boolean countedApart(long registrations, int tasks) {
    return registrations > MAX_REGISTRATIONS_PER_TASK_TOGETHER * Math.max(1, tasks);
  }

  /** Every dataset counted here, in the catalogue's order. */
  static List<Units> all() {
    return List.of(
        CasesByRegistrations.units(),
        VumDevelopment.units(),
        GoalFulfilment.units(),
        ImprovementGoalFulfilment.units(),
        FollowUpInitiator.units(),
        PriceChange.units(false),
        PriceChange.units(true));
  }

  /**
   * The cells of every dataset of {@link #all}: {@code cells, municipality_code, stage, score,
   * group, subgroup, category, cases, cases_key, units, units_key, counted, counted_key, total,
   * total_key, share, share_ci_low, share_ci_high}, with the slots a dataset does not use null;
   * {@code counted} is what the dataset counts (its units or its persons), the total and the shares
   * are of it in the cell's line.
   *
   * @param transitions every registration with the case's next ({@link AnalysisInputs#transitions})
   * @param apart each dataset counted in an aggregation of its own ({@link #of(Dataset, List,
   *     boolean)})
   */
  static Dataset<Row> of(Dataset<Row> transitions, boolean apart) {
    return of(transitions, all(), apart);
  }

  /** {@link #of(Dataset, List, boolean)} in one aggregation: what its test checks one by one. */
  static Dataset<Row> of(Dataset<Row> transitions, List<Units> datasets) {
    return of(transitions, datasets, false);
  }

  /**
   * The cells of {@code datasets}, counted in one aggregation or, {@code apart}, in one per dataset
   * (the same cells: a dataset's tag is part of each of its cells). One aggregation reads the
   * registrations once, but a task then holds a group per cell and person of every dataset at once:
   * at 10⁷ registrations in a 4 GiB heap that spilled and sorted most of them (docs/benchmarks.md
   * 1.67); apart, each aggregation's groups are a dataset's.
   */
  static Dataset<Row> of(Dataset<Row> transitions, List<Units> datasets, boolean apart) {
    List<Integer> every = IntStream.range(0, datasets.size()).boxed().toList();
    // Apart, the union's partitions are every aggregation's (7 × 34 at 10⁷): merged back to the
    // session's number before the lines' totals.
    Dataset<Row> counted =
        apart
            ? every.stream()
                .map(i -> counted(transitions, datasets, List.of(i)))
                .reduce(Dataset::unionAll)
                .orElseThrow()
                .coalesce(transitions.sparkSession().sessionState().conf().numShufflePartitions())
            : counted(transitions, datasets, every);
    // Each cell's line total (the cells of its dataset, municipality and slots but the category)
    // of what its dataset counts, persons or units, so that a reader's distribution is a filter
    // and a projection of this table (distribution), not a window of its own.
    Column[] pooled = datasets.stream().map(u -> lit(u.pooled())).toArray(Column[]::new);
    Column isPooled = element_at(array(pooled), col(TAG).plus(1));
    List<Column> line = new ArrayList<>(List.of(col(TAG), col(MUNICIPALITY_CODE)));
    for (Slot s : Slot.values()) {
      if (s != Slot.CATEGORY) {
        line.add(col(s.column()));
      }
    }
    Dataset<Row> withCount =
        counted
            .withColumn(COUNTED, when(isPooled, col(UNITS)).otherwise(col(CASES)))
            .withColumn(
                Persons.key(COUNTED),
                when(isPooled, col(Persons.key(UNITS))).otherwise(col(Persons.key(CASES))));
    List<Column> out = new ArrayList<>();
    Column[] names = datasets.stream().map(u -> lit(u.dataset())).toArray(Column[]::new);
    out.add(element_at(array(names), col(TAG).plus(1)).as(CELLS));
    for (String c : withCount.columns()) {
      if (!c.equals(TAG)) {
        out.add(col(c));
      }
    }
    out.addAll(
        List.of(Persons.total(COUNTED, Window.partitionBy(line.toArray(Column[]::new)), TOTAL)));
    return Distribution.withShares(withCount.select(out.toArray(Column[]::new)), COUNTED);
  }

  /** The units of the datasets at {@code tags} (their places in {@code datasets}), counted. */
  private static Dataset<Row> counted(
      Dataset<Row> transitions, List<Units> datasets, List<Integer> tags) {
    // Each registration's units of every dataset, as an array with null where it gives none: only
    // the units it gives are built. The dataset is a small number while the units are counted (a
    // key of every unit's row), and its name only on the cells.
    List<Column> tagged = new ArrayList<>();
    for (int i : tags) {
      Units u = datasets.get(i);
      List<Column> fields = new ArrayList<>();
      fields.add(lit(i).as(TAG));
      for (Slot s : Slot.values()) {
        DataType type = s == Slot.STAGE ? DataTypes.createArrayType(s.type) : s.type;
        Column value = u.in(s).map(Dimension::value).orElse(lit(null));
        fields.add(value.cast(type).as(s.column()));
      }
      tagged.add(when(u.included(), struct(fields.toArray(Column[]::new))));
    }
    String unit = "unit";
    List<Column> units = new ArrayList<>();
    units.add(col(unit + "." + TAG).as(TAG));
    units.add(col(MUNICIPALITY_CODE));
    units.add(col(Persons.PERSON_ID));
    units.add(col(Persons.RECORD_KEY));
    for (Slot s : Slot.values()) {
      Column value = col(unit + "." + s.column());
      // A unit counts at each of its stages; a dataset without stages has one null stage.
      units.add((s == Slot.STAGE ? explode_outer(value) : value).as(s.column()));
    }
    Dataset<Row> expanded =
        transitions
            .select(
                col(MUNICIPALITY_CODE),
                col(Persons.PERSON_ID),
                col(Persons.RECORD_KEY),
                explode(array(tagged.toArray(Column[]::new))).as(unit))
            .filter(col(unit).isNotNull())
            .select(units.toArray(Column[]::new));
    List<String> groups = new ArrayList<>(List.of(TAG, MUNICIPALITY_CODE));
    for (Slot s : Slot.values()) {
      groups.add(s.column());
    }
    return Persons.aggregate(
        MunicipalityTotals.withAll(expanded),
        groups,
        List.of(),
        Persons.persons(CASES),
        Persons.units(UNITS));
  }

  /**
   * The cells of {@link #of(Dataset)} as the analyses read them: one row per dataset and
   * municipality ({@code cells, municipality_code, lines}), its cells an array of structs in {@code
   * lines}, sorted. A few hundred rows at any input (seven datasets, 99 municipalities), so every
   * reader is a small query (SmallQueries) where the cells one per row grow past its limit (about
   * 5,000 at 10⁴ registrations).
   */
  static Dataset<Row> byMunicipality(Dataset<Row> cells) {
    List<Column> fields = new ArrayList<>();
    for (String c : cells.columns()) {
      if (!c.equals(CELLS) && !c.equals(MUNICIPALITY_CODE)) {
        fields.add(col(c));
      }
    }
    return cells
        .groupBy(col(CELLS), col(MUNICIPALITY_CODE))
        .agg(array_sort(collect_list(struct(fields.toArray(Column[]::new)))).as(LINES));
  }

  /** {@code units}' cells, one per row, of the cells {@link #byMunicipality}. */
  private static Dataset<Row> cellsOf(Dataset<Row> byMunicipality, Units units) {
    return byMunicipality
        .filter(col(CELLS).equalTo(units.dataset()))
        .select(col(MUNICIPALITY_CODE), inline(col(LINES)));
  }

  /**
   * {@code units}' cells of {@code cells} ({@link #byMunicipality}): {@code municipality_code, <its
   * dimensions>, cases, cases_key}, where {@code cases} are the distinct persons, or for a pooled
   * dataset the units.
   */
  static Dataset<Row> counts(Dataset<Row> cells, Units units) {
    List<Column> out = dimensions(units);
    out.add(col(COUNTED).as(CASES));
    out.add(col(Persons.key(COUNTED)).as(Persons.key(CASES)));
    return cellsOf(cells, units).select(out.toArray(Column[]::new));
  }

  /**
   * {@code units}' distribution from {@code cells} ({@link #byMunicipality}): the columns of {@link
   * Distribution#fromCounts} over {@link #counts}, a line being the cells of one municipality and
   * every dimension but the last, which must be the dataset's {@link Slot#CATEGORY}: no window of
   * its own.
   */
  static Dataset<Row> distribution(Dataset<Row> cells, Units units) {
    List<Dimension> dimensions = units.dimensions();
    if (dimensions.isEmpty() || dimensions.get(dimensions.size() - 1).slot() != Slot.CATEGORY) {
      throw new IllegalArgumentException(
          units.dataset() + ": a distribution's last dimension is its category");
    }
    List<Column> out = dimensions(units);
    out.add(col(COUNTED).as(CASES));
    out.add(col(Persons.key(COUNTED)).as(Persons.key(CASES)));
    for (String c : List.of(TOTAL, Persons.key(TOTAL), SHARE, SHARE_CI_LOW, SHARE_CI_HIGH)) {
      out.add(col(c));
    }
    return cellsOf(cells, units).select(out.toArray(Column[]::new));
  }

  private static List<Column> dimensions(Units units) {
    List<Column> out = new ArrayList<>();
    out.add(col(MUNICIPALITY_CODE));
    units.dimensions().forEach(d -> out.add(col(d.slot().column()).as(d.name())));
    return out;
  }
}
