package dk.socialbench.audit;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.MunicipalRecoding;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.publish.CellPerturbation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows publishing leaves out, as the attacker reads them. A dataset that leaves out the rows
 * whose population count is published as 0 ({@link CellPerturbation#leavesOutRowsPublishedAsZero})
 * publishes 0 for every category of every municipality it has no row for: so each such cell is
 * added as a row whose counts are published as 0 (0 to 5 persons), its line total that of the
 * line's published rows (unknown where it has none). Then a published row tells nothing by
 * existing, and an absent one nothing by not.
 *
 * <p>The categories are those the attacker knows exist: every combination of a dataset's categories
 * seen in any of its rows (the restricted ones too, where the audit has them), for every
 * municipality of any person-level dataset; for a dataset recoded at municipal level ({@link
 * MunicipalRecoding}), those seen in municipal rows for the municipalities (the recoded value) and
 * those seen in {@code all}'s for {@code all} (the recoded value and the split).
 */
final class AbsentRows {
  /** The tables with the absent rows appended, and how many rows of each were published. */
  record Completed(Map<String, Table> tables, Map<String, Integer> publishedRows) {}

  private AbsentRows() {}

  static Completed complete(Map<String, Table> published, Map<String, Table> restricted) {
    Set<Object> municipalities = new LinkedHashSet<>();
    for (Map<String, Table> tables : sources(published, restricted)) {
      for (Table t : tables.values()) {
        if (t.dataset().personLevel()) {
          for (int r = 0; r < t.rows().size(); r++) {
            municipalities.add(t.key(r).get(0));
          }
        }
      }
    }
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, Integer> publishedRows = new HashMap<>();
    for (Table t : published.values()) {
      publishedRows.put(t.dataset().name(), t.rows().size());
      Table truth = restricted == null ? null : restricted.get(t.dataset().name());
      tables.put(
          t.dataset().name(),
          CellPerturbation.leavesOutRowsPublishedAsZero(t.dataset())
              ? withAbsentRows(t, truth, municipalities)
              : t);
    }
    return new Completed(tables, publishedRows);
  }

  private static List<Map<String, Table>> sources(
      Map<String, Table> published, Map<String, Table> restricted) {
    return restricted == null ? List.of(published) : List.of(published, restricted);
  }

  private static Table withAbsentRows(Table t, Table truth, Set<Object> municipalities) {
    ResultDataset d = t.dataset();
    // A dataset recoded at municipal level (MunicipalRecoding) has other categories in its
    // municipalities' rows than in all's, by design and whatever the data: each level its own.
    boolean byLevel = MunicipalRecoding.of(d.name()).isPresent();
    Set<List<Object>> categories = new LinkedHashSet<>();
    Set<List<Object>> national = new LinkedHashSet<>();
    for (Table source : truth == null ? List.of(t) : List.of(t, truth)) {
      for (int r = 0; r < source.rows().size(); r++) {
        List<Object> key = source.key(r);
        boolean all = byLevel && Municipalities.ALL.equals(key.get(0));
        (all ? national : categories).add(key.subList(1, key.size()));
      }
    }
    if (!byLevel) {
      national = categories;
    }
    Column total =
        d.columns().stream().filter(c -> c.role() == Column.Role.TOTAL).findFirst().orElse(null);
    Map<List<Object>, Object> lineTotals = new HashMap<>();
    if (total != null) {
      for (int r = 0; r < t.rows().size(); r++) {
        List<Object> key = t.key(r);
        lineTotals.putIfAbsent(key.subList(0, key.size() - 1), t.value(r, total.name()));
      }
    }
    Set<List<Object>> present = t.byKey().keySet();
    List<Object[]> rows = new ArrayList<>(t.rows());
    for (Object m : municipalities) {
      for (List<Object> category : Municipalities.ALL.equals(m) ? national : categories) {
        List<Object> key = new ArrayList<>();
        key.add(m);
        key.addAll(category);
        if (!present.contains(key)) {
          rows.add(absentRow(t, key, total == null ? null : lineTotals.get(line(key))));
        }
      }
    }
    return new Table(d, t.columns(), rows);
  }

  private static List<Object> line(List<Object> key) {
    return key.subList(0, key.size() - 1);
  }

  /** Dimension values from the key, every count 0, the line total as published, the rest null. */
  private static Object[] absentRow(Table t, List<Object> key, Object lineTotal) {
    ResultDataset d = t.dataset();
    Object[] row = new Object[t.columns().size()];
    List<Column> dims = d.dimensions();
    for (int i = 0; i < dims.size(); i++) {
      row[t.columns().indexOf(dims.get(i).name())] = key.get(i);
    }
    for (Column c : d.columns()) {
      int i = t.columns().indexOf(c.name());
      if (i < 0) {
        continue;
      }
      if (c.role() == Column.Role.COUNT) {
        row[i] = 0L;
      } else if (c.role() == Column.Role.TOTAL) {
        row[i] = lineTotal;
      }
    }
    return row;
  }
}
