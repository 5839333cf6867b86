package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.ACTUAL_MEAN;
import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.EXPECTED_MEAN;
import static dk.socialbench.contract.ResultColumns.FIRST_REGISTRATION_DATE;
import static dk.socialbench.contract.ResultColumns.KEY_FIGURE;
import static dk.socialbench.contract.ResultColumns.LAST_REGISTRATION_DATE;
import static dk.socialbench.contract.ResultColumns.MEAN;
import static dk.socialbench.contract.ResultColumns.MEDIAN;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static dk.socialbench.contract.ResultColumns.RATIO;
import static dk.socialbench.contract.ResultColumns.RATIO_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.RATIO_CI_LOW;
import static dk.socialbench.contract.ResultColumns.REGISTRATIONS;
import static dk.socialbench.contract.ResultColumns.SHARE;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_LOW;
import static dk.socialbench.contract.ResultColumns.TOTAL;
import static dk.socialbench.contract.ResultColumns.VALUE;
import static dk.socialbench.contract.ResultColumns.VALUE_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.VALUE_CI_LOW;
import static dk.socialbench.contract.ResultColumns.YEAR;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.CountGroup;
import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.comparison.Estimate;
import dk.socialbench.server.comparison.Pooling;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A comparison group's rows of a dataset, pooled from its members' published rows (see {@link
 * Pooling}) and shaped like a municipality's, with {@code municipality_code} {@value
 * Perspective#GROUP}. Datasets this class does not know get no group rows, and their figures show
 * the municipality and the country.
 *
 * <p>Which members count: a member withheld for its size (a line total, or a mean's n, below
 * min-cell) is left out, which biases nothing. A member whose share is withheld for what it would
 * tell (a small count in one category) cannot be left out without biasing the group's share towards
 * the other categories, so the group's figure is withheld too. A pool of fewer than min-cell
 * persons is withheld itself.
 */
final class GroupRows {
  private final DatasetView view;
  private final List<String> members;
  private final int minCell;
  private final ResultDataset dataset;

  private GroupRows(DatasetView view, List<String> members, int minCell) {
    this.view = view;
    this.members = members;
    this.minCell = minCell;
    this.dataset = view.dataset();
  }

  /** The group rows of {@code view} for {@code members}. */
  static List<Map<String, Object>> of(DatasetView view, List<String> members, int minCell) {
    GroupRows rows = new GroupRows(view, members, minCell);
    ResultDataset d = view.dataset();
    if (d.column(SHARE).isPresent() && d.column(TOTAL).isPresent()) {
      return rows.distribution();
    }
    return switch (d.name()) {
      case DatasetNames.VUM_AND_TARGET,
          DatasetNames.CASEMIX_BENCHMARK,
          DatasetNames.PROGRESSION_BY_PRICE ->
          rows.byGroups();
      case DatasetNames.MUNICIPALITY_OVERVIEW -> rows.overview();
      case DatasetNames.DEVELOPMENT_BY_YEAR -> rows.development();
      default -> d.column(MEAN).isPresent() ? rows.byGroups() : List.of();
    };
  }

  /**
   * Shares of a line, category by category: the members' counts and line totals added up. A member
   * whose line total is withheld is left out; one whose cell in a category is withheld makes the
   * group's cell withheld.
   */
  private List<Map<String, Object>> distribution() {
    List<Column> dims = dimensions();
    String pivot = dims.get(dims.size() - 1).name();
    List<String> line = dims.subList(0, dims.size() - 1).stream().map(Column::name).toList();
    List<Object> categories = view.values(pivot);
    // line key -> category -> {cases, total, withheld}
    Map<List<Object>, Map<Object, long[]>> pools = new LinkedHashMap<>();
    for (String member : members) {
      Map<List<Object>, List<Map<String, Object>>> lines = new LinkedHashMap<>();
      for (Map<String, Object> row : view.rows(member)) {
        lines.computeIfAbsent(key(row, line), k -> new ArrayList<>()).add(row);
      }
      lines.forEach(
          (k, rows) -> {
            if (withheld(rows.get(0), TOTAL)) {
              return;
            }
            long total = count(rows.get(0), TOTAL);
            Map<Object, long[]> pool = pools.computeIfAbsent(k, x -> new LinkedHashMap<>());
            for (Object category : categories) {
              Map<String, Object> cell =
                  rows.stream().filter(r -> category.equals(r.get(pivot))).findFirst().orElse(null);
              long[] sums = pool.computeIfAbsent(category, x -> new long[3]);
              // A published count is perturbed, never withheld: the group adds it as it is.
              if (cell != null && cell.get(CASES) == null) {
                sums[2] = 1;
              }
              sums[0] += cell == null ? 0 : count(cell, CASES);
              sums[1] += total;
            }
          });
    }
    List<Map<String, Object>> out = new ArrayList<>();
    pools.forEach(
        (k, byCategory) ->
            byCategory.forEach(
                (category, sums) -> {
                  if (sums[0] == 0 && !hasRow(k, line, pivot, category)) {
                    return; // no member has the category: leave it out, as the jobs do
                  }
                  Map<String, Object> row = groupRow(line, k);
                  row.put(pivot, category);
                  Estimate share =
                      sums[2] == 1 ? Estimate.withheld() : Pooling.share(sums[0], sums[1], minCell);
                  putCount(row, CASES, sums[0], share);
                  row.put(TOTAL, share.suppressed() ? null : sums[1]);
                  putValue(row, SHARE, share, SHARE_CI_LOW, SHARE_CI_HIGH);
                  row.put(ResultDataset.SUPPRESSED, share.suppressed());
                  out.add(row);
                }));
    return out;
  }

  /** Whether any member has a row for {@code category} in the line {@code k}. */
  private boolean hasRow(List<Object> k, List<String> line, String pivot, Object category) {
    for (String member : members) {
      for (Map<String, Object> row : view.rows(member)) {
        if (category.equals(row.get(pivot)) && key(row, line).equals(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Key figures year by year: a share pooled as a share (withheld if a member's is), a mean price
   * or hours as a mean. A unit cost is a ratio of sums (amount ÷ full-year users) that this dataset
   * does not publish, so the group gets none here; the members' sums are in unit_cost_by_year.
   */
  private List<Map<String, Object>> development() {
    CountGroup g = dataset.countGroups().get(0);
    List<String> cell = List.of(KEY_FIGURE, YEAR);
    List<Map<String, Object>> out = new ArrayList<>();
    cells(cell)
        .forEach(
            (k, rows) -> {
              if (ResultCodes.UNIT_COST_KEY_FIGURES.contains(k.get(0))) {
                return;
              }
              Map<String, Object> row = groupRow(cell, k);
              List<Map<String, Object>> published =
                  rows.stream().filter(r -> !withheld(r, g.count())).toList();
              if (rows.stream().anyMatch(r -> r.get(g.numerator()) != null)) {
                if (published.size() < rows.size()) {
                  withhold(g, row);
                } else {
                  pool(g, published, row);
                }
              } else {
                Estimate pooled =
                    Pooling.mean(
                        published.stream()
                            .map(
                                r ->
                                    new Pooling.Mean(
                                        count(r, g.count()),
                                        real(r, VALUE),
                                        Cells.real(r, VALUE_CI_LOW),
                                        Cells.real(r, VALUE_CI_HIGH)))
                            .toList(),
                        minCell);
                long n = published.stream().mapToLong(r -> count(r, g.count())).sum();
                putCount(row, g.count(), n, pooled);
                row.put(g.numerator(), null);
                putValue(row, VALUE, pooled, VALUE_CI_LOW, VALUE_CI_HIGH);
                row.put(g.suppressedColumn(), pooled.suppressed());
              }
              out.add(row);
            });
    return out;
  }

  /** The members' rows by the values of {@code columns}. */
  private Map<List<Object>, List<Map<String, Object>>> cells(List<String> columns) {
    Map<List<Object>, List<Map<String, Object>>> cells = new LinkedHashMap<>();
    for (String member : members) {
      for (Map<String, Object> row : view.rows(member)) {
        cells.computeIfAbsent(key(row, columns), k -> new ArrayList<>()).add(row);
      }
    }
    return cells;
  }

  /** One pooled row per cell, each count group pooled from the members that publish it. */
  private List<Map<String, Object>> byGroups() {
    List<String> cell = dimensions().stream().map(Column::name).toList();
    List<Map<String, Object>> out = new ArrayList<>();
    cells(cell)
        .forEach(
            (k, rows) -> {
              Map<String, Object> row = groupRow(cell, k);
              for (CountGroup g : dataset.countGroups()) {
                List<Map<String, Object>> published =
                    rows.stream().filter(r -> !withheld(r, g.count())).toList();
                if (g.numerator() != null && published.size() < rows.size()) {
                  withhold(
                      g, row); // a share withheld for a small count in it: see the class comment
                } else {
                  pool(g, published, row);
                }
              }
              out.add(row);
            });
    return out;
  }

  private void pool(CountGroup g, List<Map<String, Object>> rows, Map<String, Object> out) {
    List<String> values = g.values();
    Estimate pooled;
    String value;
    String low;
    String high;
    if (g.numerator() != null) {
      value = values.get(0);
      low = values.get(1);
      high = values.get(2);
      long x = rows.stream().mapToLong(r -> count(r, g.numerator())).sum();
      long n = rows.stream().mapToLong(r -> count(r, g.count())).sum();
      pooled = Pooling.share(x, n, minCell);
      out.put(g.numerator(), pooled.suppressed() ? null : x);
    } else if (values.contains(RATIO)) {
      value = RATIO;
      low = RATIO_CI_LOW;
      high = RATIO_CI_HIGH;
      pooled =
          Pooling.ratio(
              rows.stream()
                  .map(
                      r ->
                          new Pooling.Ratio(
                              count(r, g.count()),
                              real(r, ACTUAL_MEAN),
                              real(r, EXPECTED_MEAN),
                              Cells.real(r, RATIO_CI_LOW),
                              Cells.real(r, RATIO_CI_HIGH)))
                  .toList(),
              minCell);
      putWeighted(out, rows, g, ACTUAL_MEAN, pooled);
      putWeighted(out, rows, g, EXPECTED_MEAN, pooled);
    } else {
      String mean =
          values.stream().filter(v -> values.contains(v + "_ci_low")).findFirst().orElseThrow();
      value = mean;
      low = mean + "_ci_low";
      high = mean + "_ci_high";
      pooled =
          Pooling.mean(
              rows.stream()
                  .map(
                      r ->
                          new Pooling.Mean(
                              count(r, g.count()),
                              real(r, mean),
                              Cells.real(r, mean + "_ci_low"),
                              Cells.real(r, mean + "_ci_high")))
                  .toList(),
              minCell);
      // Other means of the group (the VUM score of the cases with a target) are weighted means;
      // a median cannot be pooled from medians and stays empty.
      for (String v : values) {
        if (!v.startsWith(mean) && !v.equals(MEDIAN)) {
          putWeighted(out, rows, g, v, pooled);
        }
      }
    }
    putCount(out, g.count(), rows.stream().mapToLong(r -> count(r, g.count())).sum(), pooled);
    putValue(out, value, pooled, low, high);
    out.put(g.suppressedColumn(), pooled.suppressed());
  }

  private static void withhold(CountGroup g, Map<String, Object> row) {
    row.put(g.count(), null);
    if (g.numerator() != null) {
      row.put(g.numerator(), null);
    }
    g.values().forEach(v -> row.put(v, null));
    row.put(g.suppressedColumn(), true);
  }

  /** Cases and registrations added up, the earliest and latest registration. */
  private List<Map<String, Object>> overview() {
    long cases = 0;
    long registrations = 0;
    LocalDate first = null;
    LocalDate last = null;
    for (String member : members) {
      for (Map<String, Object> r : view.rows(member)) {
        if (withheld(r, CASES)) {
          continue;
        }
        cases += count(r, CASES);
        registrations += count(r, REGISTRATIONS);
        first = earliest(first, (LocalDate) r.get(FIRST_REGISTRATION_DATE));
        LocalDate l = (LocalDate) r.get(LAST_REGISTRATION_DATE);
        last = last == null || (l != null && l.isAfter(last)) ? l : last;
      }
    }
    Map<String, Object> row = groupRow(List.of(), List.of());
    boolean withheld = cases > 0 && cases < minCell;
    row.put(CASES, withheld ? null : cases);
    row.put(REGISTRATIONS, withheld ? null : registrations);
    row.put(FIRST_REGISTRATION_DATE, withheld ? null : first);
    row.put(LAST_REGISTRATION_DATE, withheld ? null : last);
    row.put(ResultDataset.SUPPRESSED, withheld);
    return List.of(row);
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null || (b != null && b.isBefore(a)) ? b : a;
  }

  /** {@code column} as the members' mean weighted by their counts. */
  private void putWeighted(
      Map<String, Object> out,
      List<Map<String, Object>> rows,
      CountGroup g,
      String column,
      Estimate pooled) {
    double sum = 0;
    long n = 0;
    for (Map<String, Object> r : rows) {
      Double v = Cells.real(r, column);
      if (v != null) {
        sum += v * count(r, g.count());
        n += count(r, g.count());
      }
    }
    out.put(column, pooled.suppressed() || n == 0 ? null : sum / n);
  }

  private static void putCount(Map<String, Object> row, String column, long n, Estimate pooled) {
    row.put(column, pooled.suppressed() ? null : n);
  }

  private static void putValue(
      Map<String, Object> row, String value, Estimate e, String low, String high) {
    row.put(value, e.value());
    row.put(low, e.low());
    row.put(high, e.high());
  }

  private List<Column> dimensions() {
    return dataset.dimensions().stream().filter(c -> !c.name().equals(MUNICIPALITY_CODE)).toList();
  }

  private Map<String, Object> groupRow(List<String> columns, List<Object> values) {
    Map<String, Object> row = new HashMap<>();
    row.put(MUNICIPALITY_CODE, Perspective.GROUP);
    for (int i = 0; i < columns.size(); i++) {
      row.put(columns.get(i), values.get(i));
    }
    return row;
  }

  private boolean withheld(Map<String, Object> row, String column) {
    return view.isSuppressed(row, column);
  }

  private static List<Object> key(Map<String, Object> row, List<String> columns) {
    List<Object> key = new ArrayList<>(columns.size());
    columns.forEach(c -> key.add(row.get(c)));
    return key;
  }

  private static long count(Map<String, Object> row, String column) {
    Number n = Cells.number(row, column);
    return n == null ? 0 : n.longValue();
  }

  private static double real(Map<String, Object> row, String column) {
    return Objects.requireNonNullElse(Cells.real(row, column), 0.0);
  }
}
