package dk.socialbench.audit;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.publish.CellPerturbation;
import dk.socialbench.publish.PerturbationTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's restricted tables as another key would have made them, without running the pipeline
 * again: adding a constant {@code c} to every person's record key adds {@code n·c} (mod 2^32) to
 * the key of a cell of {@code n} distinct persons, since a cell key is the sum of its distinct
 * persons' record keys.
 *
 * <p>What holds for each kind of key column (analyses/Persons):
 *
 * <ul>
 *   <li>{@code Persons.counted} and {@code onePerRow}: the count is the distinct persons, so the
 *       shift {@code count·c} is exact.
 *   <li>A line total's key is the sum of its cells' keys over disjoint persons: the shift is {@code
 *       total·c}, exact where the cells are.
 *   <li>{@code Persons.unitsCounted} (Distribution, Means, CasemixBenchmark: units such as cases or
 *       goals, keyed by their distinct persons): the exact shift is {@code d·c} with {@code d} the
 *       distinct persons, which {@code restricted/} does not hold. {@code count·c} is used: exact
 *       where each unit is a different person (one case per person and cell), otherwise the key of
 *       a run whose record keys are drawn per unit. Either way each key is uniform over the shifts,
 *       as a real key's is; what is lost is only that such a cell and a cell of the same persons
 *       counted once keep equal keys.
 * </ul>
 *
 * The shifted restricted tables, published by {@link CellPerturbation} as the pipeline does, are
 * the run published under another key; the auditor then audits both.
 */
final class ShiftedKeys {
  private final CellPerturbation perturbation;

  /**
   * @param minCell the run's documented n (the pipeline's {@code --min-cell}, 5 in tests)
   */
  ShiftedKeys(int minCell) {
    this.perturbation = new CellPerturbation(minCell);
  }

  /** Every restricted table with each cell key moved by its count times {@code shift}. */
  Map<String, Table> restricted(Map<String, Table> restricted, long shift) {
    Map<String, Table> out = new LinkedHashMap<>();
    restricted.forEach((name, t) -> out.put(name, shifted(t, shift)));
    return out;
  }

  /** The published tables that {@code restricted} gives, as {@code ResultWriter} writes them. */
  Map<String, Table> published(Map<String, Table> restricted) {
    Map<String, Table> out = new LinkedHashMap<>();
    for (Table t : restricted.values()) {
      ResultDataset d = t.dataset();
      List<Object[]> rows = new ArrayList<>();
      List<Column> columns = d.restrictedColumns();
      for (int r = 0; r < t.rows().size(); r++) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = t.value(r, columns.get(i).name());
        }
        rows.add(values);
      }
      List<String> names = d.publishedColumns().stream().map(Column::name).toList();
      out.put(d.name(), new Table(d, names, perturbation.apply(d, rows).rows()));
    }
    return out;
  }

  private static Table shifted(Table t, long shift) {
    ResultDataset d = t.dataset();
    List<Object[]> rows = new ArrayList<>();
    for (int r = 0; r < t.rows().size(); r++) {
      Object[] row = t.rows().get(r).clone();
      for (Column c : d.columns()) {
        int key = t.columns().indexOf(Column.keyName(c.name()));
        Long n = t.number(r, c.name());
        if (d.keyOf(c.name()).isEmpty() || key < 0 || n == null || row[key] == null) {
          continue;
        }
        long k = ((Number) row[key]).longValue();
        row[key] =
            Math.floorMod(
                k + Math.floorMod(n * shift, PerturbationTable.KEYS), PerturbationTable.KEYS);
      }
      rows.add(row);
    }
    return new Table(d, t.columns(), rows);
  }
}
