package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.FULL_YEAR_USERS;
import static dk.socialbench.contract.ResultColumns.SERVICE;
import static dk.socialbench.contract.ResultColumns.UNIQUE_USERS;
import static dk.socialbench.contract.ResultColumns.USERS_DEC31;

import dk.socialbench.contract.Municipalities;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Activity by year, one panel per service, as seed 003's table 3.1: full-year users, unique users
 * and users on 31 December side by side. The chart draws the three counts of the report's
 * municipality (all municipalities in the national report): their distance shows how much turnover
 * there is among the citizens, which is what tells the three counts apart.
 */
final class ActivityFigure implements SectionFigure {
  private static final String FULL_YEAR = "Helårsbrugere";
  private static final String UNIQUE = "Unikke brugere";
  private static final String DEC31 = "Brugere pr. 31.12.";

  @Override
  public List<FigurePanel> panels(SectionContext context) {
    return context.data().values(SERVICE).stream().map(s -> panel(context, s)).toList();
  }

  private FigurePanel panel(SectionContext context, Object service) {
    Perspective perspective = context.perspective();
    String subject = perspective.hasFocus() ? perspective.focus() : Municipalities.ALL;
    YearTable table = new YearTable(context, SERVICE, service);
    Cells cells = context.cells();
    YearLines lines =
        new YearLines(table.years())
            .series(FULL_YEAR, ChartSpec.FOCUS_COLOUR)
            .series(UNIQUE, ChartSpec.SECOND_COLOUR)
            .series(DEC31, ChartSpec.CATEGORY_COLOURS.get(2));
    for (int year : table.years()) {
      Map<String, Object> row = table.row(subject, year);
      lines.value(FULL_YEAR, year, shown(context, cells, row, FULL_YEAR_USERS));
      lines.value(UNIQUE, year, shown(context, cells, row, UNIQUE_USERS));
      lines.value(DEC31, year, shown(context, cells, row, USERS_DEC31));
    }
    Map<String, BiFunction<Cells, Map<String, Object>, String>> measures = new LinkedHashMap<>();
    measures.put(FULL_YEAR, (c, r) -> c.decimal(r, FULL_YEAR_USERS, 1));
    measures.put(UNIQUE, (c, r) -> c.count(r, UNIQUE_USERS));
    measures.put(DEC31, (c, r) -> c.count(r, USERS_DEC31));
    List<TableRow> rows = table.lines(YearTable.municipalities(perspective), measures, cells);
    return context
        .panel(
            "Kurverne viser "
                + Perspective.name(subject)
                + ": helårsbrugere (dage med ydelsen ÷ årets dage), unikke brugere i året og"
                + " brugere den 31. december. Jo flere unikke brugere i forhold til"
                + " helårsbrugere, jo kortere forløb og jo større udskiftning.")
        .panelTitle(SectionContext.label(SERVICE, service))
        .chart(lines.spec(ChartSpec.ValueFormat.WHOLE, "Antal brugere"))
        .table("Kommune", "Opgørelse", table.headers(), context.withFocus(rows))
        .note(table.note(perspective))
        .footnote(cells.footnote())
        .build();
  }

  /** The value of {@code column}, or null (a gap) if the row is missing or withheld. */
  private static Double shown(
      SectionContext context, Cells cells, Map<String, Object> row, String column) {
    if (row != null && context.data().isSuppressed(row, column)) {
      cells.noteSuppressed();
      return null;
    }
    return Cells.real(row, column);
  }
}
