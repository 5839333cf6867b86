package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Sense;
import dk.socialbench.audit.CellSystem.Sum;
import dk.socialbench.contract.CellSum;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.LinkedTables;
import dk.socialbench.contract.MunicipalRecoding;
import dk.socialbench.contract.Relation;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the attacker's {@link CellSystem} from the published tables: every count of persons is a
 * variable, and everything the structure implies is a constraint. Within a dataset: the cells of a
 * line add up to its {@code total} (for an "at least k" stage the total is k = 1); the
 * municipalities add up to {@code all} where every person has one municipality, to at least {@code
 * all} otherwise (always over time), and {@code all} is at least each of them; an "at least k" cell
 * never exceeds the k before it; a pooled stage is the sum of the others; where a dimension is
 * recoded at municipal level ({@link MunicipalRecoding}), {@code all}'s line of the recoded value
 * is the sum of its split. Between datasets: the relations of {@link LinkedTables}. An equality
 * that holds only where every person has one case carries what holds otherwise ({@link
 * CellSystem#add(CellSystem.Sum, Sense, Sense, String)}). A published row means at least one person
 * in its first count (empty cells have no row) unless its dataset publishes complete grids; rows
 * appended after the published ones ({@link AbsentRows}) are cells that were not published, whose
 * counts read as published 0 and tell nothing by existing.
 */
final class SystemBuilder {
  private final Map<String, Table> tables;
  private final List<Relation> relations;
  private final Set<String> completeGrids;
  private final Map<String, Integer> publishedRows;
  private final CellSystem system = new CellSystem();

  /** Row numbers by dataset and municipality: a relation's sums look in one municipality. */
  private final Map<String, Map<Object, List<Integer>>> rowsByMunicipality = new HashMap<>();

  private final Map<Table, Map<CellSum, RowFilter>> filters = new java.util.IdentityHashMap<>();

  /**
   * @param completeGrids datasets that publish a row for every category, empty ones included: a row
   *     of theirs says nothing about its persons
   * @param publishedRows how many of each table's first rows were published (the rest were not,
   *     {@link AbsentRows}); a table not named was published whole
   */
  SystemBuilder(
      Map<String, Table> published,
      List<Relation> relations,
      Set<String> completeGrids,
      Map<String, Integer> publishedRows) {
    this.tables = published;
    this.relations = relations;
    this.completeGrids = completeGrids;
    this.publishedRows = publishedRows;
  }

  CellSystem build() {
    for (Table t : tables.values()) {
      if (t.dataset().personLevel() && !t.dataset().countGroups().isEmpty()) {
        cells(t);
        lineTotals(t);
        cumulative(t);
        pooled(t);
        recodedLines(t);
      }
    }
    for (Table t : tables.values()) {
      if (t.dataset().personLevel() && !t.dataset().countGroups().isEmpty()) {
        municipalities(t);
      }
    }
    for (Relation r : relations) {
      relation(r);
    }
    return system;
  }

  /** The columns of {@code d} that count persons (its counts and its line total). */
  static List<Column> counts(ResultDataset d) {
    return d.columns().stream()
        .filter(c -> c.role() == Column.Role.COUNT || c.role() == Column.Role.TOTAL)
        .toList();
  }

  /** The cell of {@code column} in row {@code r}: a total's key is the line (no last dimension). */
  static Cell cell(Table t, int r, Column column) {
    List<Object> key = t.key(r);
    return new Cell(
        t.dataset(),
        column.name(),
        column.role() == Column.Role.TOTAL ? key.subList(0, key.size() - 1) : key);
  }

  private void cells(Table t) {
    String first = t.dataset().countGroups().get(0).count();
    int published = publishedRows.getOrDefault(t.dataset().name(), t.rows().size());
    List<Column> counts = counts(t.dataset());
    for (int r = 0; r < t.rows().size(); r++) {
      for (Column c : counts) {
        Long shown = t.number(r, c.name());
        int v = system.variable(cell(t, r, c), shown);
        if (r < published && shown != null) {
          system.markShown(v);
        }
        if (c.name().equals(first)
            && r < published
            && !completeGrids.contains(t.dataset().name())) {
          system.atLeast(v, 1);
        }
      }
    }
  }

  private void lineTotals(Table t) {
    ResultDataset d = t.dataset();
    Column total =
        d.columns().stream().filter(c -> c.role() == Column.Role.TOTAL).findFirst().orElse(null);
    if (total == null) {
      return;
    }
    Column count = d.column(d.countGroups().get(0).count()).orElseThrow();
    boolean cumulative = LinkedTables.cumulativeStage(d.name()).isPresent();
    Map<Cell, Sum> lines = new LinkedHashMap<>();
    for (int r = 0; r < t.rows().size(); r++) {
      Cell line = cell(t, r, total);
      Sum s = lines.computeIfAbsent(line, l -> new Sum().add(system.find(l), -1));
      List<Object> key = t.key(r);
      if (!cumulative || Keys.normal(1).equals(key.get(key.size() - 1))) {
        s.add(system.find(cell(t, r, count)), 1);
      }
    }
    lines.values().forEach(s -> system.add(s, Sense.EQUAL, d.name() + ": a line adds up to total"));
  }

  /**
   * Per count and cell, the municipalities against {@code all}. A person with cases in several
   * municipalities is counted in each and once in {@code all}: the municipalities add up to {@code
   * all} where every person has one municipality, to at least {@code all} otherwise (over time, a
   * person who moved always counts in both), and {@code all} is at least each municipality's cell.
   */
  private void municipalities(Table t) {
    ResultDataset d = t.dataset();
    boolean several = LinkedTables.severalMunicipalities(d.name());
    boolean recoded = MunicipalRecoding.of(d.name()).isPresent();
    for (Column c : counts(d)) {
      Map<List<Object>, Sum> byRest = new LinkedHashMap<>();
      Map<List<Object>, Integer> national = new LinkedHashMap<>();
      boolean municipal = false;
      for (int r = 0; r < t.rows().size(); r++) {
        Cell cell = cell(t, r, c);
        List<Object> rest = cell.key().subList(1, cell.key().size());
        Sum s = byRest.computeIfAbsent(rest, k -> new Sum());
        municipal |= !cell.national();
        if (cell.national()) {
          national.put(rest, system.find(cell));
        }
        s.terms.put(system.find(cell), cell.national() ? -1L : 1L);
      }
      if (!municipal) {
        continue;
      }
      String name = d.name() + "." + c.name();
      String atLeastEach = name + ": all is at least each municipality";
      national.forEach(
          (rest, all) -> {
            Sum sum = byRest.get(rest);
            List<Integer> municipalities =
                sum.terms.keySet().stream().filter(m -> m != (int) all).toList();
            if (municipalities.isEmpty() && recoded) {
              return; // a category of all only: the municipalities publish it recoded
            }
            CellSystem.Constraint exact =
                several
                    ? null
                    : system.add(
                        sum,
                        Sense.EQUAL,
                        Sense.AT_LEAST,
                        name + ": the municipalities add up to all");
            if (several) {
              system.add(sum, Sense.AT_LEAST, name + ": the municipalities add up to at least all");
            }
            for (int m : municipalities) {
              Sum atLeastOne = new Sum().add(all, 1).add(m, -1);
              if (several) {
                system.add(atLeastOne, Sense.AT_LEAST, atLeastEach);
              } else {
                system.addWhereWeakened(exact, atLeastOne, Sense.AT_LEAST, atLeastEach);
              }
            }
          });
    }
  }

  /**
   * A dataset recoded at municipal level ({@link MunicipalRecoding}): {@code all}'s row of the
   * recoded value (all ages) holds the persons of its split (under 40, 40 and over) once. The split
   * adds up to it where every person has one case; a person whose cases fall in two groups (aged 39
   * at one, 41 at another) is in both and once in the line, so otherwise the split adds up to at
   * least the line, and the line is at least each group.
   */
  private void recodedLines(Table t) {
    MunicipalRecoding recoding = MunicipalRecoding.of(t.dataset().name()).orElse(null);
    if (recoding == null) {
      return;
    }
    int p = Keys.position(t.dataset(), recoding.dimension());
    Object line = Keys.normal(recoding.value());
    for (Column c : counts(t.dataset())) {
      Map<List<Object>, Integer> lines = new LinkedHashMap<>();
      Map<List<Object>, List<Integer>> parts = new LinkedHashMap<>();
      for (int r = 0; r < t.rows().size(); r++) {
        Cell cell = cell(t, r, c);
        if (!cell.national()) {
          continue;
        }
        List<Object> rest = new ArrayList<>(cell.key());
        Object value = rest.remove(p);
        if (line.equals(value)) {
          lines.put(rest, system.find(cell));
        } else {
          parts.computeIfAbsent(rest, k -> new ArrayList<>()).add(system.find(cell));
        }
      }
      String name = t.dataset().name() + "." + c.name();
      lines.forEach(
          (rest, all) -> {
            List<Integer> split = parts.getOrDefault(rest, List.of());
            if (split.isEmpty()) {
              return;
            }
            Sum sum = new Sum().add(all, -1);
            split.forEach(v -> sum.add(v, 1));
            CellSystem.Constraint exact =
                system.add(
                    sum, Sense.EQUAL, Sense.AT_LEAST, name + ": all's split adds up to its line");
            for (int v : split) {
              system.addWhereWeakened(
                  exact,
                  new Sum().add(all, 1).add(v, -1),
                  Sense.AT_LEAST,
                  name + ": all's line is at least each group of its split");
            }
          });
    }
  }

  private void cumulative(Table t) {
    stageGroups(t, LinkedTables.cumulativeStage(t.dataset().name()).orElse(null), false);
  }

  private void pooled(Table t) {
    stageGroups(t, LinkedTables.pooledStage(t.dataset().name()).orElse(null), true);
  }

  /** Cells that differ only in {@code stage}: ordered "at least k", or pooled into k = 0. */
  private void stageGroups(Table t, String stage, boolean pooled) {
    if (stage == null) {
      return;
    }
    int p = Keys.position(t.dataset(), stage);
    Object pooledMember = Keys.normal(LinkedTables.POOLED);
    for (Column c : t.dataset().columns()) {
      if (c.role() != Column.Role.COUNT) {
        continue;
      }
      Map<List<Object>, Map<Double, Integer>> groups = new LinkedHashMap<>();
      for (int r = 0; r < t.rows().size(); r++) {
        Cell cell = cell(t, r, c);
        List<Object> rest = new ArrayList<>(cell.key());
        Object k = rest.remove(p);
        groups
            .computeIfAbsent(rest, x -> new java.util.TreeMap<>())
            .put((Double) k, system.find(cell));
      }
      for (Map<Double, Integer> g : groups.values()) {
        if (pooled) {
          Integer all = g.get((Double) pooledMember);
          if (all != null && g.size() > 1) {
            Sum s = new Sum().add(all, -1);
            g.forEach((k, v) -> s.add(v, k.equals(pooledMember) ? 0 : 1));
            system.add(
                s, Sense.EQUAL, t.dataset().name() + ": the pooled stage adds up the others");
          }
        } else {
          Integer before = null;
          for (int v : g.values()) {
            if (before != null) {
              system.add(
                  new Sum().add(v, 1).add(before, -1),
                  Sense.AT_MOST,
                  t.dataset().name() + ": at least k+1 is at most at least k");
            }
            before = v;
          }
        }
      }
    }
  }

  private void relation(Relation r) {
    CellSum first = r.left().get(0).sum();
    Table t = tables.get(first.dataset());
    for (Relation.Term term : concat(r.left(), r.right())) {
      if (!tables.containsKey(term.sum().dataset())) {
        return; // a dataset this run did not publish
      }
    }
    RowFilter firstRows = filter(t, first);
    Set<List<Object>> instances = new LinkedHashSet<>();
    for (int row = 0; row < t.rows().size(); row++) {
      List<Object> key = t.key(row);
      if (firstRows.matches(key, null)) {
        List<Object> instance = new ArrayList<>();
        instance.add(key.get(0));
        first.keys().forEach(k -> instance.add(key.get(Keys.position(t.dataset(), k))));
        instances.add(instance);
      }
    }
    Sense sense = sense(r.kind());
    Sense severalCases = r.severalCases() == null ? null : sense(r.severalCases());
    String origin = r.toString();
    for (List<Object> instance : instances) {
      Sum s = new Sum();
      s.constant = -r.constant();
      double[] values = {0};
      boolean known = true;
      for (Relation.Term term : r.left()) {
        known &= addSum(s, values, term.sum(), instance, term.sign());
      }
      for (Relation.Term term : r.right()) {
        known &= addSum(s, values, term.sum(), instance, -term.sign());
      }
      if (known) {
        s.constant += whole(values[0], sense);
        system.add(s, sense, severalCases, origin);
      }
    }
  }

  private static Sense sense(Relation.Kind kind) {
    return switch (kind) {
      case EQUAL -> Sense.EQUAL;
      case AT_MOST -> Sense.AT_MOST;
      case AT_LEAST -> Sense.AT_LEAST;
    };
  }

  /**
   * The published values of a relation (exact numbers, such as full-year users, which need not be
   * whole) as the constant of a constraint on whole counts, {@code Σ counts + constant (sense) 0}:
   * rounded once, the way that keeps the constraint true (counts ≥ 6.4 means counts ≥ 7).
   */
  static long whole(double values, Sense sense) {
    return switch (sense) {
      case AT_LEAST -> (long) Math.floor(values);
      case AT_MOST -> (long) Math.ceil(values);
      case EQUAL -> Math.round(values);
    };
  }

  /**
   * Adds {@code sign ×} the sum's cells at {@code instance} to {@code s}, and its published values
   * to {@code values[0]}; false where a value is withheld.
   */
  private boolean addSum(Sum s, double[] values, CellSum sum, List<Object> instance, long sign) {
    Table t = tables.get(sum.dataset());
    Column column = t.dataset().column(sum.columnOf(t.dataset())).orElseThrow();
    RowFilter rows = filter(t, sum);
    Set<Cell> seen = new LinkedHashSet<>();
    for (int row : rowsOf(t, instance.get(0))) {
      if (!rows.matches(t.key(row), instance)) {
        continue;
      }
      if (column.role() == Column.Role.VALUE) {
        if (!(t.value(row, column.name()) instanceof Number v)) {
          return false;
        }
        values[0] += sign * v.doubleValue();
        continue;
      }
      Cell cell = cell(t, row, column);
      if (seen.add(cell)) {
        s.add(system.find(cell), sign);
      }
    }
    return true;
  }

  private List<Integer> rowsOf(Table t, Object municipality) {
    Map<Object, List<Integer>> byMunicipality =
        rowsByMunicipality.computeIfAbsent(
            t.dataset().name(),
            name -> {
              Map<Object, List<Integer>> m = new HashMap<>();
              for (int r = 0; r < t.rows().size(); r++) {
                m.computeIfAbsent(t.key(r).get(0), k -> new ArrayList<>()).add(r);
              }
              return m;
            });
    return byMunicipality.getOrDefault(municipality, List.of());
  }

  /** {@link RowFilter} of {@code sum} in {@code t}, worked out once per table and sum. */
  private RowFilter filter(Table t, CellSum sum) {
    return filters
        .computeIfAbsent(t, x -> new java.util.IdentityHashMap<>())
        .computeIfAbsent(sum, s -> new RowFilter(t.dataset(), s));
  }

  /**
   * Whether a row is in a sum at an instance (municipality, then the first sum's keys; null: any),
   * never a pooled row that the sum adds over (it would count its persons twice), nor, where a sum
   * adds over a dimension recoded at municipal level, {@code all}'s split of it (its line of the
   * recoded value holds the same persons, once, as every municipality's does). The dimensions'
   * positions and the values compared are found once: a relation asks this of every row of a
   * municipality for each of its instances.
   */
  private static final class RowFilter {
    private final int pooledAt;
    private final Object pooled;
    private final boolean recodedOnly;
    private final int recodedAt;
    private final Object recodedLine;
    private final int[] keyAt;
    private final int shift;
    private final int[] whereAt;
    private final List<List<Object>> whereValues = new ArrayList<>();

    RowFilter(ResultDataset d, CellSum sum) {
      String pooledStage = LinkedTables.pooledStage(d.name()).orElse(null);
      pooledAt = pooledStage == null ? -1 : Keys.position(d, pooledStage);
      pooled = pooledStage == null ? null : Keys.normal(LinkedTables.POOLED);
      MunicipalRecoding recoding = MunicipalRecoding.of(d.name()).orElse(null);
      recodedOnly =
          recoding != null
              && !sum.keys().contains(recoding.dimension())
              && !sum.where().containsKey(recoding.dimension());
      recodedAt = recodedOnly ? Keys.position(d, recoding.dimension()) : -1;
      recodedLine = recodedOnly ? Keys.normal(recoding.value()) : null;
      keyAt = sum.keys().stream().mapToInt(k -> Keys.position(d, k)).toArray();
      shift = sum.shift();
      whereAt = new int[sum.where().size()];
      int i = 0;
      for (Map.Entry<String, List<Object>> w : sum.where().entrySet()) {
        whereAt[i++] = Keys.position(d, w.getKey());
        whereValues.add(w.getValue().stream().map(Keys::normal).toList());
      }
    }

    boolean matches(List<Object> key, List<Object> instance) {
      if (pooled != null && pooled.equals(key.get(pooledAt))) {
        return false;
      }
      if (instance != null && !instance.get(0).equals(key.get(0))) {
        return false;
      }
      if (recodedOnly && !recodedLine.equals(key.get(recodedAt))) {
        return false;
      }
      for (int i = 0; instance != null && i < keyAt.length; i++) {
        Object want = instance.get(i + 1);
        if (i == 0 && shift != 0) {
          want = (Double) want + shift;
        }
        if (!want.equals(key.get(keyAt[i]))) {
          return false;
        }
      }
      for (int i = 0; i < whereAt.length; i++) {
        Object v = key.get(whereAt[i]);
        if (whereValues.get(i).stream().noneMatch(v::equals)) {
          return false;
        }
      }
      return true;
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
