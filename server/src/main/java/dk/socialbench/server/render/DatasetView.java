package dk.socialbench.server.render;

import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.comparison.PublishedRows;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A published dataset as the reports read it: rows by municipality, and whether a cell was
 * suppressed (its count group's flag is set, or it is a line total too small to publish); for a
 * benchmark also its comparison group's rows, under {@link Perspective#GROUP}.
 *
 * <p>Example: {@code view.isSuppressed(row, "share")} is true when the row's {@code suppressed}
 * flag is, because {@code share} belongs to the dataset's first count group.
 */
final class DatasetView {
  private final PublishedRows published;

  /** A comparison group's rows only, or null: kept apart so that the run's rows are shared. */
  private final PublishedRows group;

  /**
   * What is worked out from the run's rows alone, once per run and shared by every view of them
   * (with or without a group): each report asked for the same category lists again, scanning every
   * municipality's rows, which took a tenth of a national run's pre-rendering.
   */
  private final Map<List<Object>, List<Object>> distinctValues;

  DatasetView(Table table) {
    this(new PublishedRows(table));
  }

  DatasetView(PublishedRows published) {
    this(published, null, new ConcurrentHashMap<>());
  }

  private DatasetView(
      PublishedRows published,
      PublishedRows group,
      Map<List<Object>, List<Object>> distinctValues) {
    this.published = published;
    this.group = group;
    this.distinctValues = distinctValues;
  }

  /** The dataset {@code name} of {@code run}; a clear error if the run does not have it. */
  static DatasetView of(PublishedRun run, String name) {
    return new DatasetView(
        run.find(name).orElseThrow(() -> ReportUnavailableException.missingDataset(run, name)));
  }

  /**
   * This view with the rows of a comparison group of {@code members} added, pooled from their
   * published rows alone; the same view if there are none.
   */
  DatasetView withGroup(List<String> members, int minCell) {
    if (members.isEmpty()) {
      return this;
    }
    List<Map<String, Object>> rows = GroupRows.of(this, members, minCell);
    if (rows.isEmpty()) {
      return this;
    }
    return new DatasetView(published, new PublishedRows(published.dataset(), rows), distinctValues);
  }

  ResultDataset dataset() {
    return published.dataset();
  }

  List<Map<String, Object>> rows() {
    if (group == null) {
      return published.rows();
    }
    List<Map<String, Object>> rows = new ArrayList<>(published.rows());
    rows.addAll(group.rows());
    return rows;
  }

  /** The rows of one municipality (a code, {@code all} or the group), in the dataset's order. */
  List<Map<String, Object>> rows(String municipality) {
    return rowsOf(municipality).rows(municipality);
  }

  private PublishedRows rowsOf(String municipality) {
    return group != null && Perspective.GROUP.equals(municipality) ? group : published;
  }

  List<Map<String, Object>> rows(String municipality, Predicate<Map<String, Object>> keep) {
    return rows(municipality).stream().filter(keep).toList();
  }

  /** The first row of {@code municipality} whose {@code column} is {@code value}, or null. */
  Map<String, Object> row(String municipality, String column, Object value) {
    return rowsOf(municipality).row(municipality, column, value);
  }

  /** Whether {@code column} of {@code row} was withheld from publication. */
  boolean isSuppressed(Map<String, Object> row, String column) {
    return published.isSuppressed(row, column);
  }

  /** The distinct values of {@code column}, in the order of {@link CategoryOrder}. */
  List<Object> values(String column) {
    return distinctValues.computeIfAbsent(Arrays.asList(column), k -> values(column, r -> true));
  }

  /**
   * The distinct values of {@code column} in the rows whose {@code panelBy} is {@code panelValue}
   * (all rows if {@code panelBy} is null), in the order of {@link CategoryOrder}; worked out once
   * per run.
   */
  List<Object> values(String column, String panelBy, Object panelValue) {
    return distinctValues.computeIfAbsent(
        Arrays.asList(column, panelBy, panelValue),
        k -> values(column, r -> SectionContext.matches(r, panelBy, panelValue)));
  }

  /** {@link #values} of the rows that satisfy {@code keep}. */
  List<Object> values(String column, Predicate<Map<String, Object>> keep) {
    List<Object> seen = new ArrayList<>();
    for (Map<String, Object> r : published.rows()) {
      Object v = r.get(column);
      if (v != null && keep.test(r) && !seen.contains(v)) {
        seen.add(v);
      }
    }
    return List.copyOf(CategoryOrder.sorted(column, seen));
  }
}
