package dk.socialbench.audit;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
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
 */
public record Table(ResultDataset dataset, List<String> columns, List<Object[]> rows) {
  public Table {
    Objects.requireNonNull(dataset, "dataset == null");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** The suffix of a count's cell-key column in {@code restricted/}. */
  public static final String KEY_SUFFIX = "_key";

  public boolean has(String column) {
    return columns.contains(column);
  }

  /** The value, or null where the row has none or the table has no such column. */
  public Object value(int row, String column) {
    int i = columns.indexOf(column);
    return i < 0 ? null : rows.get(row)[i];
  }

  /** The value as a whole number, or null. */
  public Long number(int row, String column) {
    return value(row, column) instanceof Number n ? n.longValue() : null;
  }

  /** The row's dimension values, municipality first: the key of its cells. */
  public List<Object> key(int row) {
    List<Object> key = new ArrayList<>();
    for (Column d : dataset.dimensions()) {
      key.add(Keys.normal(value(row, d.name())));
    }
    return key;
  }

  /** Row index by key. */
  public Map<List<Object>, Integer> byKey() {
    Map<List<Object>, Integer> m = new HashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      m.put(key(r), r);
    }
    return m;
  }
}
