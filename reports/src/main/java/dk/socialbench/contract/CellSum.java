package dk.socialbench.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The persons in some cells of one dataset, added up: one count column of the rows whose dimensions
 * take the given values, summed over every dimension that is not a key. The municipality is always
 * a key; a sum never includes a dimension's aggregate member (the pooled stage), which would count
 * its persons twice.
 *
 * <p>Example: {@code CellSum.of("vum_development").per("from_registration").where("direction",
 * "improved", "same", "worsened")} is, per municipality and k, the persons at registration k who
 * have a registration k+1.
 *
 * @param column a count, total or whole-number column of the dataset
 * @param keys the dimensions after the municipality that stay keys, in the order they are matched
 *     with the other side of a {@link Relation}
 * @param shift added to the other side's first key to find this side's: {@code +1} relates k there
 *     to k+1 here
 * @param where the values each named dimension may take (all others are summed over)
 */
public record CellSum(
    String dataset, String column, List<String> keys, int shift, Map<String, List<Object>> where) {
  public CellSum {
    Objects.requireNonNull(dataset, "dataset == null");
    keys = List.copyOf(keys);
    where = Map.copyOf(where);
  }

  /** The first count column of {@code dataset}, summed over everything but the municipality. */
  public static CellSum of(String dataset) {
    return new CellSum(dataset, null, List.of(), 0, Map.of());
  }

  /** The same sum of another column: a numerator, a second count group, a whole-number value. */
  public CellSum column(String name) {
    return new CellSum(dataset, name, keys, shift, where);
  }

  public CellSum per(String... dimensions) {
    List<String> k = new ArrayList<>(keys);
    k.addAll(List.of(dimensions));
    return new CellSum(dataset, column, k, shift, where);
  }

  public CellSum where(String dimension, Object... values) {
    Map<String, List<Object>> w = new LinkedHashMap<>(where);
    w.put(dimension, List.of(values));
    return new CellSum(dataset, column, keys, shift, w);
  }

  public CellSum shift(int by) {
    return new CellSum(dataset, column, keys, by, where);
  }

  /** The column summed: the one given, else the dataset's first count. */
  public String columnOf(ResultDataset d) {
    return column != null ? column : d.countGroups().get(0).count();
  }

  @Override
  public String toString() {
    return dataset
        + (column == null ? "" : "." + column)
        + (keys.isEmpty() ? "" : " per " + keys)
        + (shift == 0 ? "" : " shifted " + shift)
        + (where.isEmpty() ? "" : " where " + where);
  }
}
