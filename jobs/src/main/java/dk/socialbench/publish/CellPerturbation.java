package dk.socialbench.publish;

import dk.socialbench.analyses.PublishedShares;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.CountGroup;
import dk.socialbench.contract.ResultColumns;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Disclosure control for a published dataset by the cell-key method (docs/privacy.md): every count
 * of persons is published as {@link PerturbationTable#published} of its true count and cell key,
 * and nothing else about a cell is published that would undo the noise.
 *
 * <ul>
 *   <li>Shares and their Wilson intervals are recomputed from the perturbed counts (a numerator
 *       above its perturbed denominator is taken as equal to it), so a share gives no true count.
 *   <li>Means and their intervals, and the other figures of a group, are published where the
 *       perturbed n is above {@code minCell} (then the true n is at least {@code minCell}: the
 *       table moves no count of 7 or more by more than 2, and a published 6 comes from 5 or more).
 *   <li>Medians, first and last dates, each one person's value, where the perturbed n is at least
 *       twice {@code minCell}.
 *   <li>Full-year users and the amount they cost, which bound the users from below, scaled to the
 *       perturbed users.
 * </ul>
 *
 * A group's flag says its values were withheld; it depends on the published counts only, so it
 * tells nothing the counts do not.
 *
 * <p>A row of categories whose population count (its first count) is published as 0 is left out
 * ({@link #leavesOutRowsPublishedAsZero}): an analysis has a row only where its cell has persons,
 * so a row shown with 0 would say "1 to 5 persons" where an empty cell has no row. Left out, the
 * two look the same: an absent row of a category that exists reads as a published 0. Pure Java:
 * published datasets are small aggregates.
 */
public final class CellPerturbation {
  /** Values that are one person's: published only at the higher n. */
  private static final Set<String> ONE_PERSON_VALUES =
      Set.of(
          ResultColumns.MEDIAN,
          ResultColumns.FIRST_REGISTRATION_DATE,
          ResultColumns.LAST_REGISTRATION_DATE);

  /**
   * Sums over a group's persons that bound its count: a person is served at most the whole year, so
   * the users are at least the full-year users, and the amount divided by the cost per full-year
   * user gives those. Published exact, they would take the noise off the count where most users are
   * served all year; published scaled by published ÷ true count, the cost per full-year user and
   * the full-year share stay exact and the bound stays within the published count.
   */
  private static final Set<String> SCALED_WITH_COUNT =
      Set.of(ResultColumns.FULL_YEAR_USERS, ResultColumns.AMOUNT);

  private final PerturbationTable table = new PerturbationTable();
  private final int minCell;

  /**
   * @param minCell the documented n: means need a perturbed n above it, medians twice it
   */
  public CellPerturbation(int minCell) {
    this.minCell = minCell;
  }

  /**
   * Whether {@code dataset} leaves out a row whose first count is published as 0: every
   * person-level dataset whose rows are categories of a municipality (a dimension besides {@code
   * municipality_code}). A municipality's own row (the overview) is kept: that the municipality
   * delivered is known.
   */
  public static boolean leavesOutRowsPublishedAsZero(ResultDataset dataset) {
    return dataset.personLevel()
        && !dataset.countGroups().isEmpty()
        && dataset.dimensions().size() > 1;
  }

  /** The published rows (without those left out), and how many counts publishing changed. */
  public record Outcome(List<Object[]> rows, long changedCells) {}

  /**
   * @param rows the restricted rows, values in the order of {@code dataset.restrictedColumns()}
   * @return rows in the order of {@code dataset.publishedColumns()}, without the rows left out
   */
  public Outcome apply(ResultDataset dataset, List<Object[]> rows) {
    Objects.requireNonNull(dataset, "dataset == null");
    Map<String, Integer> index = new HashMap<>();
    List<Column> restricted = dataset.restrictedColumns();
    for (int i = 0; i < restricted.size(); i++) {
      index.put(restricted.get(i).name(), i);
    }
    List<Column> published = dataset.publishedColumns();
    List<Object[]> out = new ArrayList<>(rows.size());
    long changed = 0;
    boolean leavesOut = leavesOutRowsPublishedAsZero(dataset);
    String population = leavesOut ? dataset.countGroups().get(0).count() : null;
    for (Object[] row : rows) {
      Map<String, Object> cell = new HashMap<>();
      for (Column c : dataset.columns()) {
        cell.put(c.name(), row[index.get(c.name())]);
      }
      Map<String, Boolean> flags = new HashMap<>();
      if (dataset.personLevel()) {
        changed += perturbCounts(dataset, row, index, cell);
        for (CountGroup g : dataset.countGroups()) {
          scaleWithCount(g, row[index.get(g.count())], cell);
        }
        for (CountGroup g : dataset.countGroups()) {
          flags.put(g.suppressedColumn(), publishGroup(dataset, g, cell));
        }
      }
      if (leavesOut && Long.valueOf(0).equals(cell.get(population))) {
        continue;
      }
      Object[] values = new Object[published.size()];
      for (int i = 0; i < values.length; i++) {
        String name = published.get(i).name();
        values[i] = flags.containsKey(name) ? flags.get(name) : cell.get(name);
      }
      out.add(values);
    }
    return new Outcome(out, changed);
  }

  /** Replaces every count and total in {@code cell} by its published value; how many changed. */
  private long perturbCounts(
      ResultDataset dataset, Object[] row, Map<String, Integer> index, Map<String, Object> cell) {
    long changed = 0;
    for (Column c : dataset.columns()) {
      if (dataset.keyOf(c.name()).isEmpty() || row[index.get(c.name())] == null) {
        continue;
      }
      long truth = ((Number) row[index.get(c.name())]).longValue();
      long key = ((Number) row[index.get(Column.keyName(c.name()))]).longValue();
      long shown = table.published(truth, key);
      cell.put(c.name(), shown);
      if (shown != truth) {
        changed++;
      }
    }
    return changed;
  }

  /** Scales the group's {@link #SCALED_WITH_COUNT} values by its published ÷ true count. */
  private static void scaleWithCount(CountGroup g, Object truth, Map<String, Object> cell) {
    for (String v : g.values()) {
      if (SCALED_WITH_COUNT.contains(v) && cell.get(v) instanceof Number value) {
        long n = truth == null ? 0 : ((Number) truth).longValue();
        long published = ((Number) cell.get(g.count())).longValue();
        cell.put(v, n == 0 ? null : value.doubleValue() * published / n);
      }
    }
  }

  /** Sets the group's values from the published counts; whether they were withheld. */
  private boolean publishGroup(ResultDataset dataset, CountGroup g, Map<String, Object> cell) {
    Share share = share(dataset, g, cell);
    if (share != null) {
      long x = Math.min(share.x(), share.n());
      cell.put(g.values().get(0), PublishedShares.share(x, share.n()));
      cell.put(g.values().get(1), PublishedShares.low(x, share.n()));
      cell.put(g.values().get(2), PublishedShares.high(x, share.n()));
      return share.n() == 0;
    }
    long n = cell.get(g.count()) == null ? 0 : ((Number) cell.get(g.count())).longValue();
    for (String v : g.values()) {
      if (n < (ONE_PERSON_VALUES.contains(v) ? 2L * minCell : minCell + 1L)) {
        cell.put(v, null);
      }
    }
    return !g.values().isEmpty() && n <= minCell;
  }

  /** A share's published counts: x of n. */
  private record Share(long x, long n) {}

  /**
   * The group's first three values are a share of persons and its interval when the group has a
   * numerator (x of the count), or when it is a distribution's cell (the count of the line total).
   * Null for a group of means, and for a row where the numerator is null (a key figure that is a
   * mean, beside others that are shares).
   */
  private static Share share(ResultDataset dataset, CountGroup g, Map<String, Object> cell) {
    if (g.values().size() < 3) {
      return null;
    }
    String x;
    String n;
    if (g.numerator() != null) {
      x = g.numerator();
      n = g.count();
    } else if (g.values().get(0).equals(ResultColumns.SHARE)
        && dataset.column(ResultColumns.TOTAL).isPresent()) {
      x = g.count();
      n = ResultColumns.TOTAL;
    } else {
      return null;
    }
    if (cell.get(x) == null || cell.get(n) == null) {
      return null;
    }
    return new Share(((Number) cell.get(x)).longValue(), ((Number) cell.get(n)).longValue());
  }
}
