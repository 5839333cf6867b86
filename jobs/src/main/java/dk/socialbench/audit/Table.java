package dk.socialbench.audit;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rows of one result dataset as the auditor reads them, in the columns its file has: a
 * restricted table has each count's cell key beside it ({@code cases_key}), a published one must
 * not.
 *
 * <p>Example: {@code table.value(r, "cases")} is the row's count, or null where none was published.
 *
 * <p>Each row's key and each column's position are worked out once, when the table is made: the
 * audit asks for them per count and per candidate row of a relation, hundreds of thousands of times
 * at 10⁴ registrations (docs/benchmarks.md 1.57). Rows are not to be changed after.
 */
public final class Table {
  private final ResultDataset dataset;
  private final List<String> columns;
  private final List<Object[]> rows;
  private final Map<String, Integer> positions;
  private final List<List<Object>> keys;

  public Table(ResultDataset dataset, List<String> columns, List<Object[]> rows) {
    this.dataset = Objects.requireNonNull(dataset, "dataset == null");
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    Map<String, Integer> at = new HashMap<>();
    for (int i = this.columns.size() - 1; i >= 0; i--) {
      at.put(this.columns.get(i), i); // the first of a repeated name, as indexOf finds it
    }
    this.positions = at;
    List<Column> dims = dataset.dimensions();
    int[] dimAt = new int[dims.size()];
    for (int i = 0; i < dimAt.length; i++) {
      dimAt[i] = at.getOrDefault(dims.get(i).name(), -1);
    }
    List<List<Object>> k = new ArrayList<>(this.rows.size());
    for (Object[] row : this.rows) {
      k.add(key(row, dimAt));
    }
    this.keys = k;
  }

  private static List<Object> key(Object[] row, int[] dimAt) {
    Object[] key = new Object[dimAt.length];
    boolean nulls = false;
    for (int i = 0; i < key.length; i++) {
      key[i] = dimAt[i] < 0 ? null : Keys.normal(row[dimAt[i]]);
      nulls |= key[i] == null;
    }
    // without nulls an immutable list, which a Cell keeps as it is instead of copying
    return nulls ? Collections.unmodifiableList(Arrays.asList(key)) : List.of(key);
  }

  public ResultDataset dataset() {
    return dataset;
  }

  public List<String> columns() {
    return columns;
  }

  public List<Object[]> rows() {
    return rows;
  }

  /** The suffix of a count's cell-key column in {@code restricted/}. */
  public static final String KEY_SUFFIX = "_key";

  public boolean has(String column) {
    return positions.containsKey(column);
  }

  /** The value, or null where the row has none or the table has no such column. */
  public Object value(int row, String column) {
    Integer i = positions.get(column);
    return i == null ? null : rows.get(row)[i];
  }

  /** The value as a whole number, or null. */
  public Long number(int row, String column) {
    return value(row, column) instanceof Number n ? n.longValue() : null;
  }

  /** The row's dimension values, municipality first: the key of its cells (not to be changed). */
  public List<Object> key(int row) {
    return keys.get(row);
  }

  /** Row index by key. */
  public Map<List<Object>, Integer> byKey() {
    Map<List<Object>, Integer> m = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      m.put(key(r), r);
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Table t
        && t.dataset.equals(dataset)
        && t.columns.equals(columns)
        && t.rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataset, columns, rows);
  }

  @Override
  public String toString() {
    return "Table[dataset="
        + dataset.name()
        + ", columns="
        + columns
        + ", rows="
        + rows.size()
        + "]";
  }
}
