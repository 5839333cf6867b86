package dk.socialbench.server.comparison;

import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.CountGroup;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.data.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A published dataset's rows by municipality, and whether a cell was withheld: its count group's
 * flag is set, or it is a line total too small to publish. Immutable.
 *
 * <p>Example: {@code rows.isSuppressed(row, "share")} is true when the row's {@code suppressed}
 * flag is, because {@code share} belongs to the dataset's first count group.
 */
public final class PublishedRows {
  private final ResultDataset dataset;
  private final Map<String, String> flagOfColumn = new HashMap<>();
  private final Map<String, List<Map<String, Object>>> byMunicipality = new LinkedHashMap<>();
  private final List<Map<String, Object>> rows;

  public PublishedRows(Table table) {
    this(table.dataset(), table.rowMaps());
  }

  /** {@code rows} of {@code dataset}, column name to value, as published. */
  public PublishedRows(ResultDataset dataset, List<Map<String, Object>> rows) {
    this.dataset = Objects.requireNonNull(dataset, "dataset == null");
    this.rows = rows.stream().map(Collections::unmodifiableMap).toList();
    for (CountGroup g : dataset.countGroups()) {
      flagOfColumn.put(g.count(), g.suppressedColumn());
      if (g.numerator() != null) {
        flagOfColumn.put(g.numerator(), g.suppressedColumn());
      }
      g.values().forEach(v -> flagOfColumn.put(v, g.suppressedColumn()));
    }
    for (Map<String, Object> row : this.rows) {
      String code = (String) row.get(MUNICIPALITY_CODE);
      byMunicipality.computeIfAbsent(code, c -> new ArrayList<>()).add(row);
    }
    byMunicipality.replaceAll((code, list) -> List.copyOf(list));
  }

  public ResultDataset dataset() {
    return dataset;
  }

  /** Every row, in the dataset's order. */
  public List<Map<String, Object>> rows() {
    return rows;
  }

  /** The rows of one municipality (a code or {@code all}), in the dataset's order. */
  public List<Map<String, Object>> rows(String municipality) {
    return byMunicipality.getOrDefault(municipality, List.of());
  }

  /** The first row of {@code municipality} whose {@code column} is {@code value}, or null. */
  public Map<String, Object> row(String municipality, String column, Object value) {
    for (Map<String, Object> r : rows(municipality)) {
      if (column == null || Objects.equals(r.get(column), value)) {
        return r;
      }
    }
    return null;
  }

  /** Whether {@code column} of {@code row} was withheld from publication. */
  public boolean isSuppressed(Map<String, Object> row, String column) {
    String flag = flagOfColumn.get(column);
    if (flag != null && row.containsKey(flag)) {
      return Boolean.TRUE.equals(row.get(flag));
    }
    return row.get(column) == null
        && dataset.column(column).map(c -> c.role() == Column.Role.TOTAL).orElse(false);
  }
}
