package dk.socialbench.server.data;

import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A published result dataset held in memory: its contract and its rows, each row the values in the
 * order of {@link ResultDataset#publishedColumns()} ({@code String}, {@code Integer}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code java.time.LocalDate} or null). Immutable.
 *
 * <p>Example: {@code table.forMunicipality("147").value(0, "cases")}.
 */
public final class Table {
  private final ResultDataset dataset;
  private final List<Column> columns;
  private final Map<String, Integer> index;
  private final List<Object[]> rows;

  public Table(ResultDataset dataset, List<Object[]> rows) {
    this.dataset = Objects.requireNonNull(dataset, "dataset == null");
    this.columns = dataset.publishedColumns();
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      idx.put(columns.get(i).name(), i);
    }
    this.index = Collections.unmodifiableMap(idx);
    List<Object[]> copy = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      if (row.length != columns.size()) {
        throw new IllegalArgumentException(
            dataset.name() + ": row has " + row.length + " values, expected " + columns.size());
      }
      copy.add(row.clone());
    }
    this.rows = Collections.unmodifiableList(copy);
  }

  public ResultDataset dataset() {
    return dataset;
  }

  public List<Column> columns() {
    return columns;
  }

  public int size() {
    return rows.size();
  }

  public boolean hasColumn(String name) {
    return index.containsKey(name);
  }

  /** The value of {@code column} in row {@code row}. */
  public Object value(int row, String column) {
    Integer i = index.get(column);
    if (i == null) {
      throw new IllegalArgumentException(dataset.name() + " has no column " + column);
    }
    return rows.get(row)[i];
  }

  /** Row {@code row} as a column-name → value map, in column order. */
  public Map<String, Object> row(int row) {
    Map<String, Object> m = new LinkedHashMap<>();
    Object[] values = rows.get(row);
    for (int i = 0; i < columns.size(); i++) {
      m.put(columns.get(i).name(), values[i]);
    }
    return m;
  }

  public List<Map<String, Object>> rowMaps() {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      out.add(row(i));
    }
    return out;
  }

  /** The rows whose values satisfy {@code keep}. */
  public Table filter(Predicate<Map<String, Object>> keep) {
    List<Object[]> kept = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (keep.test(row(i))) {
        kept.add(rows.get(i));
      }
    }
    return new Table(dataset, kept);
  }

  /** The rows of one municipality (a code, or {@link Municipalities#ALL}). */
  public Table forMunicipality(String code) {
    // Reads the column directly: a report filters every dataset, and row maps would cost more
    // than the rendering on national data.
    int column = index.get(MUNICIPALITY_CODE);
    List<Object[]> kept = new ArrayList<>();
    for (Object[] row : rows) {
      if (code.equals(row[column])) {
        kept.add(row);
      }
    }
    return new Table(dataset, kept);
  }
}
