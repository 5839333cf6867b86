package dk.socialbench.server.render;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.CountGroup;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A published dataset as the reports read it: rows by municipality, and whether a cell was
 * suppressed (its count group's flag is set, or it is a line total too small to publish).
 *
 * <p>Example: {@code view.isSuppressed(row, "share")} is true when the row's {@code suppressed}
 * flag is, because {@code share} belongs to the dataset's first count group.
 */
final class DatasetView {
  private final ResultDataset dataset;
  private final Map<String, String> flagOfColumn = new HashMap<>();
  private final Map<String, List<Map<String, Object>>> byMunicipality = new LinkedHashMap<>();
  private final List<Map<String, Object>> rows;

  DatasetView(Table table) {
    this.dataset = table.dataset();
    this.rows = table.rowMaps().stream().map(Collections::unmodifiableMap).toList();
    for (CountGroup g : dataset.countGroups()) {
      flagOfColumn.put(g.count(), g.suppressedColumn());
      if (g.numerator() != null) {
        flagOfColumn.put(g.numerator(), g.suppressedColumn());
      }
      g.values().forEach(v -> flagOfColumn.put(v, g.suppressedColumn()));
    }
    for (Map<String, Object> row : rows) {
      String code = (String) row.get("municipality_code");
      byMunicipality.computeIfAbsent(code, c -> new ArrayList<>()).add(row);
    }
    byMunicipality.replaceAll((code, list) -> List.copyOf(list));
  }

  /** The dataset {@code name} of {@code run}; a clear error if the run does not have it. */
  static DatasetView of(PublishedRun run, String name) {
    return new DatasetView(
        run.find(name).orElseThrow(() -> ReportUnavailableException.missingDataset(run, name)));
  }

  ResultDataset dataset() {
    return dataset;
  }

  List<Map<String, Object>> rows() {
    return rows;
  }

  /** The rows of one municipality (a code or {@code all}), in the dataset's order. */
  List<Map<String, Object>> rows(String municipality) {
    return byMunicipality.getOrDefault(municipality, List.of());
  }

  List<Map<String, Object>> rows(String municipality, Predicate<Map<String, Object>> keep) {
    return rows(municipality).stream().filter(keep).toList();
  }

  /** The first row of {@code municipality} whose {@code column} is {@code value}, or null. */
  Map<String, Object> row(String municipality, String column, Object value) {
    for (Map<String, Object> r : rows(municipality)) {
      if (Objects.equals(r.get(column), value)) {
        return r;
      }
    }
    return null;
  }

  /** Whether {@code column} of {@code row} was withheld from publication. */
  boolean isSuppressed(Map<String, Object> row, String column) {
    String flag = flagOfColumn.get(column);
    if (flag != null && row.containsKey(flag)) {
      return Boolean.TRUE.equals(row.get(flag));
    }
    return row.get(column) == null
        && dataset.column(column).map(c -> c.role() == Column.Role.TOTAL).orElse(false);
  }

  /** The distinct values of {@code column}, in the order of {@link CategoryOrder}. */
  List<Object> values(String column) {
    List<Object> seen = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Object v = r.get(column);
      if (v != null && !seen.contains(v)) {
        seen.add(v);
      }
    }
    return CategoryOrder.sorted(column, seen);
  }

  /** {@link #values} of the rows that satisfy {@code keep}. */
  List<Object> values(String column, Predicate<Map<String, Object>> keep) {
    List<Object> seen = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Object v = r.get(column);
      if (v != null && keep.test(r) && !seen.contains(v)) {
        seen.add(v);
      }
    }
    return CategoryOrder.sorted(column, seen);
  }
}
