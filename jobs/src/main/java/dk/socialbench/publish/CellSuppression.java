package dk.socialbench.publish;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.CountGroup;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Statistical disclosure control for a published dataset (Danish statistics practice: no published
 * cell describes fewer than a handful of persons).
 *
 * <p>Primary: a count group is suppressed in a row when it describes 1..minCell-1 persons — its
 * count, its numerator, or the numerator's complement (else a share of 100% or 0% of a small group
 * would tell). Its count, numerator and values are nulled and its flag set. A line total below the
 * threshold is nulled too.
 *
 * <p>Secondary: cells add up along every additive dimension — categories to the line total,
 * municipalities to "all". Where such a line holds exactly one suppressed cell, it could be
 * recovered by subtraction, so the line's smallest other cell is suppressed as well, until no line
 * has a lone suppressed cell. Pure Java: published datasets are aggregates, small enough to handle
 * on the driver.
 */
public final class CellSuppression {
  private CellSuppression() {}

  /** The published rows, and how many (row, count group) cells were suppressed. */
  public record Outcome(List<Object[]> rows, long suppressedCells) {}

  /**
   * @param rows the restricted rows, values in the order of {@code dataset.columns()}
   * @return rows in the order of {@code dataset.publishedColumns()}
   */
  public static Outcome apply(ResultDataset dataset, List<Object[]> rows, int minCell) {
    Objects.requireNonNull(dataset, "dataset == null");
    if (!dataset.personLevel()) {
      return new Outcome(rows, 0);
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < dataset.columns().size(); i++) {
      index.put(dataset.columns().get(i).name(), i);
    }
    List<boolean[]> flags = new ArrayList<>();
    for (CountGroup g : dataset.countGroups()) {
      boolean[] suppressed = primary(rows, g, index, minCell);
      secondary(dataset, rows, g, index, suppressed);
      flags.add(suppressed);
    }
    return publish(dataset, rows, index, flags, minCell);
  }

  private static boolean[] primary(
      List<Object[]> rows, CountGroup g, Map<String, Integer> index, int minCell) {
    boolean[] suppressed = new boolean[rows.size()];
    int count = index.get(g.count());
    Integer numerator = g.numerator() == null ? null : index.get(g.numerator());
    for (int r = 0; r < rows.size(); r++) {
      long n = number(rows.get(r)[count]);
      boolean small = few(n, minCell);
      if (numerator != null) {
        long x = number(rows.get(r)[numerator]);
        small = small || few(x, minCell) || few(n - x, minCell);
      }
      suppressed[r] = small;
    }
    return suppressed;
  }

  private static boolean few(long persons, int minCell) {
    return persons > 0 && persons < minCell;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /**
   * Suppresses a second cell in every line that has exactly one, until none has. The second cell is
   * the line's smallest, preferring cells that are not alone in another line: such a cell equals
   * that line's total, which other datasets publish (the same persons counted without the
   * dimension), so hiding it here would hide nothing.
   */
  private static void secondary(
      ResultDataset dataset,
      List<Object[]> rows,
      CountGroup g,
      Map<String, Integer> index,
      boolean[] suppressed) {
    List<List<Integer>> lines = Lines.of(dataset, rows, index);
    boolean[] alone = new boolean[rows.size()];
    for (List<Integer> line : lines) {
      if (line.size() == 1) {
        alone[line.get(0)] = true;
      }
    }
    int count = index.get(g.count());
    boolean changed = true;
    while (changed) {
      changed = false;
      for (List<Integer> line : lines) {
        if (line.size() < 2 || line.stream().filter(r -> suppressed[r]).count() != 1) {
          continue;
        }
        Integer second = null;
        for (int r : line) {
          if (suppressed[r] || number(rows.get(r)[count]) == 0) {
            continue;
          }
          if (second == null || better(r, second, rows, count, alone)) {
            second = r;
          }
        }
        if (second != null) {
          suppressed[second] = true;
          changed = true;
        }
      }
    }
  }

  /** Whether row {@code a} is a better second cell than {@code b}: not alone, then smaller. */
  private static boolean better(int a, int b, List<Object[]> rows, int count, boolean[] alone) {
    if (alone[a] != alone[b]) {
      return !alone[a];
    }
    return number(rows.get(a)[count]) < number(rows.get(b)[count]);
  }

  /**
   * Rows whose line total would give a suppressed cell away: the line (all dimensions but the last,
   * the category) holds exactly one suppressed cell, e.g. a category that is the line's only one.
   */
  private static boolean[] loneInLine(
      ResultDataset dataset,
      List<Object[]> rows,
      Map<String, Integer> index,
      boolean[] suppressed) {
    List<Column> dims = dataset.dimensions();
    Map<List<Object>, List<Integer>> lines = new java.util.LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Object> key = new ArrayList<>();
      for (Column d : dims.subList(0, dims.size() - 1)) {
        key.add(rows.get(r)[index.get(d.name())]);
      }
      lines.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    boolean[] hide = new boolean[rows.size()];
    for (List<Integer> line : lines.values()) {
      if (line.stream().filter(r -> suppressed[r]).count() == 1) {
        line.forEach(r -> hide[r] = true);
      }
    }
    return hide;
  }

  private static Outcome publish(
      ResultDataset dataset,
      List<Object[]> rows,
      Map<String, Integer> index,
      List<boolean[]> flags,
      int minCell) {
    int width = dataset.columns().size();
    List<Integer> totals = new ArrayList<>();
    for (Column c : dataset.columns()) {
      if (c.role() == Column.Role.TOTAL) {
        totals.add(index.get(c.name()));
      }
    }
    boolean[] hideTotal =
        flags.isEmpty() ? new boolean[rows.size()] : loneInLine(dataset, rows, index, flags.get(0));
    List<Object[]> out = new ArrayList<>(rows.size());
    long suppressedCells = 0;
    for (int r = 0; r < rows.size(); r++) {
      Object[] row = Arrays.copyOf(rows.get(r), width + flags.size());
      for (int t : totals) {
        if (few(number(row[t]), minCell) || hideTotal[r]) {
          row[t] = null;
        }
      }
      for (int gi = 0; gi < flags.size(); gi++) {
        boolean suppressed = flags.get(gi)[r];
        row[width + gi] = suppressed;
        if (suppressed) {
          suppressedCells++;
          CountGroup g = dataset.countGroups().get(gi);
          row[index.get(g.count())] = null;
          if (g.numerator() != null) {
            row[index.get(g.numerator())] = null;
          }
          for (String v : g.values()) {
            row[index.get(v)] = null;
          }
        }
      }
      out.add(row);
    }
    return new Outcome(out, suppressedCells);
  }
}
