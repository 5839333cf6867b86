package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A table of a figure over time: years as columns (the last {@value #MAX_YEARS}), one line per
 * municipality and measure (the key column: "Andel", "n" ...), "–" where a value is withheld and
 * empty where the municipality has no data that year.
 */
final class YearTable {
  /** The table of {@code figures.jrxml} has room for this many value columns. */
  static final int MAX_YEARS = TableRow.MAX_CELLS;

  private final SectionContext context;
  private final Predicate<Map<String, Object>> keep;
  private final SortedSet<Integer> years;

  /**
   * The rows of the section's dataset whose {@code column} is {@code value}, by their {@code year}.
   */
  YearTable(SectionContext context, String column, Object value) {
    this.context = context;
    this.keep = r -> SectionContext.matches(r, column, value);
    SortedSet<Integer> all = new TreeSet<>();
    // The run's years of these rows are the same for every report: worked out once per run.
    context.data().values(YEAR, column, value).forEach(y -> all.add(((Number) y).intValue()));
    this.years = all;
  }

  /** Every year with a row, for the chart. */
  SortedSet<Integer> years() {
    return years;
  }

  /** The years the table shows: the last {@value #MAX_YEARS}. */
  List<Integer> shownYears() {
    List<Integer> all = new ArrayList<>(years);
    return all.subList(Math.max(0, all.size() - MAX_YEARS), all.size());
  }

  List<String> headers() {
    return shownYears().stream().map(String::valueOf).toList();
  }

  /** The row of {@code municipality} in {@code year}, or null. */
  Map<String, Object> row(String municipality, int year) {
    return inYear(context.data().rows(municipality, keep), year);
  }

  private static Map<String, Object> inYear(List<Map<String, Object>> rows, int year) {
    for (Map<String, Object> r : rows) {
      if (((Number) r.get(YEAR)).intValue() == year) {
        return r;
      }
    }
    return null;
  }

  /**
   * One line per municipality of {@code municipalities} and measure: {@code measures} maps the key
   * column's text to the formatting of a cell from its row.
   */
  List<TableRow> lines(
      List<String> municipalities,
      Map<String, BiFunction<Cells, Map<String, Object>, String>> measures,
      Cells cells) {
    List<TableRow> rows = new ArrayList<>();
    List<Integer> shown = shownYears();
    for (String municipality : municipalities) {
      List<Map<String, Object>> own = context.data().rows(municipality, keep);
      if (own.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, BiFunction<Cells, Map<String, Object>, String>> measure :
          measures.entrySet()) {
        List<String> line = new ArrayList<>();
        for (int year : shown) {
          Map<String, Object> r = inYear(own, year);
          line.add(r == null ? "" : measure.getValue().apply(cells, r));
        }
        rows.add(
            new TableRow(
                Perspective.name(municipality),
                measure.getKey(),
                line,
                context.perspective().emphasis(municipality)));
      }
    }
    return rows;
  }

  /**
   * The municipalities the table lists: a benchmark shows its municipality and all municipalities
   * (several lines a year each would bury them among the others), the national report every one.
   */
  static List<String> municipalities(Perspective perspective) {
    return perspective.hasFocus() ? perspective.compared() : perspective.order();
  }

  /** The note above the table: which municipalities and years it leaves out, or null. */
  String note(Perspective perspective) {
    String municipalities =
        perspective.hasFocus() && perspective.municipalityCount() > 1
            ? "Tabellen viser "
                + perspective.focusName()
                + " og Alle kommuner; hver kommunes tal står i regnearket (XLSX) og i"
                + " landsrapporten."
            : null;
    String omitted =
        years.size() <= MAX_YEARS
            ? null
            : "Tabellen viser de seneste " + MAX_YEARS + " år; alle år står i regnearket (XLSX).";
    return Notes.join(municipalities, omitted);
  }
}
