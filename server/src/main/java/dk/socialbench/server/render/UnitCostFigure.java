package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.AMOUNT;
import static dk.socialbench.contract.ResultColumns.FULL_YEAR_USERS;
import static dk.socialbench.contract.ResultColumns.PER_MONTH;
import static dk.socialbench.contract.ResultColumns.PER_YEAR;
import static dk.socialbench.contract.ResultColumns.SERVICE;
import static dk.socialbench.contract.ResultColumns.USERS;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Unit cost by year, one panel per service: the estimated expenditure (§107, kroner) or hours (§85)
 * in all of the report's municipality (all municipalities in the national report) as a line over
 * the years, and a table with n, full-year users, the amount and the unit cost per full-year user
 * per year and per month. The unit cost's comparison with all municipalities is a line chart of the
 * development by year.
 */
final class UnitCostFigure implements SectionFigure {
  @Override
  public List<FigurePanel> panels(SectionContext context) {
    return context.data().values(SERVICE).stream().map(s -> panel(context, s)).toList();
  }

  private FigurePanel panel(SectionContext context, Object service) {
    Perspective perspective = context.perspective();
    boolean residential = ResultCodes.SEL107.equals(service);
    String subject = perspective.hasFocus() ? perspective.focus() : Municipalities.ALL;
    String series = residential ? "Skønnet udgift i alt (kr.)" : "Timer i alt";
    YearTable table = new YearTable(context, SERVICE, service);
    Cells cells = context.cells();
    YearLines lines = new YearLines(table.years()).series(series, perspective.colour(subject));
    for (int year : table.years()) {
      Map<String, Object> row = table.row(subject, year);
      if (row != null && context.data().isSuppressed(row, AMOUNT)) {
        cells.noteSuppressed();
      } else {
        lines.value(series, year, Cells.real(row, AMOUNT));
      }
    }
    int monthDigits = residential ? 0 : 1;
    Map<String, BiFunction<Cells, Map<String, Object>, String>> measures = new LinkedHashMap<>();
    measures.put("n", (c, r) -> c.count(r, USERS));
    measures.put("Helårsbrugere", (c, r) -> c.decimal(r, FULL_YEAR_USERS, 1));
    measures.put(residential ? "Kr. i alt" : "Timer i alt", (c, r) -> c.decimal(r, AMOUNT, 0));
    measures.put("Pr. helårsbruger pr. år", (c, r) -> c.decimal(r, PER_YEAR, 0));
    measures.put("Pr. helårsbruger pr. md.", (c, r) -> c.decimal(r, PER_MONTH, monthDigits));
    List<TableRow> rows = table.lines(YearTable.municipalities(perspective), measures, cells);
    return context
        .panel(
            "Kurven viser "
                + (residential ? "den skønnede udgift" : "timerne")
                + " i alt for "
                + Perspective.name(subject)
                + " år for år. Enhedsudgiften pr. helårsbruger sammenlignes med alle kommuner på"
                + " siden 'Enhedsudgifter og udvikling over tid'.")
        .panelTitle(SectionContext.label(SERVICE, service))
        .chart(lines.spec(ChartSpec.ValueFormat.WHOLE, series))
        .table("Kommune", "Tal", table.headers(), context.withFocus(rows))
        .note(table.note(perspective))
        .footnote(cells.footnote())
        .build();
  }
}
