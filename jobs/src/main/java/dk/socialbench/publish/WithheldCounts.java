package dk.socialbench.publish;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.CountGroup;
import dk.socialbench.contract.ResultColumns;
import dk.socialbench.contract.ResultDataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Counts withheld by the publication gate's repair (docs/privacy.md, "Withholding what the audit
 * finds"): a withheld count is published as null, and so is every value derived from it, so that
 * nothing published gives it back.
 *
 * <ul>
 *   <li>A group's count withheld: every value of the group (shares and their intervals, means,
 *       medians, dates, scaled full-year users and amounts) is null and its flag says withheld.
 *   <li>A group's numerator withheld: its share and interval are null.
 *   <li>A line's {@code total} withheld (named in every row of the line): the shares of the line's
 *       cells, which are count ÷ total, are null.
 *   <li>A group's mean withheld (the mean attack's repair): the mean and its interval ({@code
 *       <mean>_ci_low}, {@code <mean>_ci_high}, whose midpoint gives it back) are null and the
 *       group's flag says withheld; its count stays published.
 * </ul>
 *
 * Rows are neither added nor removed: a row is published exactly where it was, so its existence
 * tells what it told before (at least one person).
 *
 * <p>Example: {@code WithheldCounts.apply(dataset, columns, rows, withheld)}, with {@code
 * withheld.get(r)} the names of the counts withheld in row {@code r}.
 */
public final class WithheldCounts {
  private WithheldCounts() {}

  /**
   * @param columns the names of the rows' values, as the published file has them
   * @param rows the published rows (not changed)
   * @param withheld per row, the counts (and the line total) withheld in it
   * @return the rows with the withheld counts and what derives from them null
   */
  public static List<Object[]> apply(
      ResultDataset dataset,
      List<String> columns,
      List<Object[]> rows,
      List<Set<String>> withheld) {
    Objects.requireNonNull(dataset, "dataset == null");
    if (rows.size() != withheld.size()) {
      throw new IllegalArgumentException("one set of withheld counts per row");
    }
    List<Object[]> out = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = rows.get(r).clone();
      Set<String> names = withheld.get(r);
      if (!names.isEmpty()) {
        for (String name : names) {
          put(columns, row, name, null);
        }
        for (CountGroup g : dataset.countGroups()) {
          nullDerived(dataset, g, names, columns, row);
        }
      }
      out.add(row);
    }
    return out;
  }

  private static void nullDerived(
      ResultDataset dataset, CountGroup g, Set<String> names, List<String> columns, Object[] row) {
    List<String> lost = List.of();
    if (names.contains(g.count())) {
      lost = g.values();
    } else if (g.values().size() >= 3
        && ((g.numerator() != null && names.contains(g.numerator()))
            || (g.numerator() == null
                && g.values().get(0).equals(ResultColumns.SHARE)
                && dataset.column(ResultColumns.TOTAL).isPresent()
                && names.contains(ResultColumns.TOTAL)))) {
      lost = g.values().subList(0, 3);
    }
    if (lost.isEmpty()) {
      lost = withheldValues(g, names);
    }
    if (lost.isEmpty()) {
      return;
    }
    lost.forEach(v -> put(columns, row, v, null));
    put(columns, row, g.suppressedColumn(), true);
  }

  /** The group's values withheld by name, each with its interval's bounds. */
  private static List<String> withheldValues(CountGroup g, Set<String> names) {
    List<String> lost = new ArrayList<>();
    for (String v : g.values()) {
      if (names.contains(v)) {
        lost.add(v);
        for (String bound : List.of(v + "_ci_low", v + "_ci_high")) {
          if (g.values().contains(bound)) {
            lost.add(bound);
          }
        }
      }
    }
    return lost;
  }

  private static void put(List<String> columns, Object[] row, String name, Object value) {
    int i = columns.indexOf(name);
    if (i >= 0) {
      row[i] = value;
    }
  }

  /**
   * Rewrites a published dataset's folder with {@code rows} (named by {@code columns}), in the
   * dataset's published columns, replacing the file that was there.
   */
  public static void write(
      ResultDataset dataset, List<String> columns, List<Object[]> rows, Path dir) {
    List<Column> published = dataset.publishedColumns();
    List<Row> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Object[] values = new Object[published.size()];
      for (int i = 0; i < values.length; i++) {
        int at = columns.indexOf(published.get(i).name());
        Object v = at < 0 ? null : row[at];
        values[i] = v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v;
      }
      out.add(RowFactory.create(values));
    }
    delete(dir);
    ResultFiles.write(out, published, dir);
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace " + dir + ": " + e.getMessage(), e);
    }
  }
}
