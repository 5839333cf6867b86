package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.KEY_FIGURE;
import static dk.socialbench.contract.ResultColumns.PERSONS;
import static dk.socialbench.contract.ResultColumns.VALUE;

import dk.socialbench.contract.ResultCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The key figures year by year, one line chart per key figure: the municipality, its comparison
 * group (except for the unit cost, see {@link GroupRows}) and all municipalities. The national
 * report puts a table of every municipality under each chart; a benchmark, to stay short, ends with
 * one table of every key figure with the value and n of each year. A withheld year is a gap in the
 * line and "–" in the table, never a zero.
 */
final class DevelopmentFigure implements SectionFigure {
  /** How a key figure is written: shares as percentages, kroner whole, hours with a decimal. */
  private record KeyFigure(String code, ChartSpec.ValueFormat format, int digits, String axis) {
    boolean share() {
      return format == ChartSpec.ValueFormat.PERCENT;
    }
  }

  private static final List<KeyFigure> ORDER =
      List.of(
          new KeyFigure(ResultCodes.GOALS_SET, ChartSpec.ValueFormat.PERCENT, 0, "Andel med mål"),
          new KeyFigure(
              ResultCodes.IMPROVEMENT_GOALS_FULFILLED,
              ChartSpec.ValueFormat.PERCENT,
              0,
              "Andel opfyldt"),
          new KeyFigure(
              ResultCodes.VUM_IMPROVED, ChartSpec.ValueFormat.PERCENT, 0, "Andel forbedret"),
          new KeyFigure(
              ResultCodes.DAILY_PRICE_SEL107,
              ChartSpec.ValueFormat.WHOLE,
              0,
              "Gns. dagspris (kr.)"),
          new KeyFigure(
              ResultCodes.HOURS_SEL85, ChartSpec.ValueFormat.ONE_DECIMAL, 1, "Gns. timer pr. md."),
          new KeyFigure(ResultCodes.UNIT_COST_SEL107, ChartSpec.ValueFormat.WHOLE, 0, "Kr. pr. år"),
          new KeyFigure(
              ResultCodes.UNIT_COST_SEL85, ChartSpec.ValueFormat.ONE_DECIMAL, 1, "Timer pr. md."));

  @Override
  public List<FigurePanel> panels(SectionContext context) {
    List<Object> present = context.data().values(KEY_FIGURE);
    List<KeyFigure> shown = new ArrayList<>();
    ORDER.stream().filter(k -> present.contains(k.code())).forEach(shown::add);
    for (Object code : present) {
      if (ORDER.stream().noneMatch(k -> k.code().equals(code))) {
        shown.add(new KeyFigure((String) code, ChartSpec.ValueFormat.TWO_DECIMALS, 2, "Værdi"));
      }
    }
    List<FigurePanel> panels = new ArrayList<>();
    shown.forEach(k -> panels.add(panel(context, k)));
    if (context.perspective().hasFocus() && !shown.isEmpty()) {
      panels.add(summaryTable(context, shown));
    }
    return panels;
  }

  /**
   * A benchmark's one table: a line per key figure and municipality compared, each year's value
   * with its n in brackets.
   */
  private FigurePanel summaryTable(SectionContext context, List<KeyFigure> shown) {
    Perspective perspective = context.perspective();
    Cells cells = context.cells();
    List<TableRow> rows = new ArrayList<>();
    List<String> headers = List.of();
    for (KeyFigure figure : shown) {
      YearTable table = new YearTable(context, KEY_FIGURE, figure.code());
      headers = table.headers().size() > headers.size() ? table.headers() : headers;
      Map<String, BiFunction<Cells, Map<String, Object>, String>> measure =
          Map.of(
              SectionContext.label(KEY_FIGURE, figure.code()),
              (c, r) -> valueAndCount(c, r, figure));
      for (TableRow row : table.lines(perspective.compared(), measure, cells)) {
        rows.add(new TableRow(row.key(), row.label(), row.cells(), row.emphasis()));
      }
    }
    return context
        .panel(null)
        .panelTitle("Nøgletallene år for år")
        .table("Nøgletal", "Kommune", headers, rows)
        .note(
            SectionContext.sentences(
                "Tallet og i parentes antallet af borgere (n). 95 pct.-intervaller og hver kommunes"
                    + " tal står i regnearket (XLSX) og i landsrapporten.",
                perspective.hasGroup()
                    ? "Enhedsudgiften har ingen linje for sammenligningsgruppen: den kan ikke"
                        + " beregnes af de offentliggjorte tal i denne tabel."
                    : null))
        .footnote(cells.footnote())
        .build();
  }

  private static String valueAndCount(Cells c, Map<String, Object> r, KeyFigure figure) {
    String value = figure.share() ? c.share(r, VALUE) : c.decimal(r, VALUE, figure.digits());
    String n = c.count(r, PERSONS);
    return value.equals(n) ? value : value + " (" + n + ")";
  }

  private FigurePanel panel(SectionContext context, KeyFigure figure) {
    Perspective perspective = context.perspective();
    YearTable table = new YearTable(context, KEY_FIGURE, figure.code());
    Cells cells = context.cells();
    YearLines lines = new YearLines(table.years());
    for (String municipality : perspective.compared()) {
      String series = Perspective.name(municipality);
      lines.series(series, perspective.colour(municipality));
      for (int year : table.years()) {
        Map<String, Object> row = table.row(municipality, year);
        if (row != null && context.data().isSuppressed(row, VALUE)) {
          cells.noteSuppressed();
        } else {
          lines.value(series, year, Cells.real(row, VALUE));
        }
      }
    }
    FigurePanel.Builder panel =
        context
            .panel(
                "Kurverne viser nøgletallet år for år for "
                    + context.comparedInWords()
                    + "; et hul betyder for få borgere det år."
                    + (perspective.hasFocus()
                        ? " Tabellen efter kurverne giver tallene og antallet af borgere (n)."
                        : " Tabellen giver tallet og antallet af borgere (n); 95 pct.-intervaller"
                            + " står i regnearket."))
            .panelTitle(SectionContext.label(KEY_FIGURE, figure.code()))
            .chart(lines.spec(figure.format(), figure.axis()));
    if (perspective.hasFocus()) {
      return panel.build();
    }
    Map<String, BiFunction<Cells, Map<String, Object>, String>> measures = new LinkedHashMap<>();
    measures.put(
        figure.share()
            ? "Andel"
            : ResultCodes.UNIT_COST_KEY_FIGURES.contains(figure.code())
                ? "Pr. helårsbruger"
                : "Gns.",
        figure.share()
            ? (c, r) -> c.share(r, VALUE)
            : (c, r) -> c.decimal(r, VALUE, figure.digits()));
    measures.put("n", (c, r) -> c.count(r, PERSONS));
    List<TableRow> rows = table.lines(YearTable.municipalities(perspective), measures, cells);
    return panel
        .table("Kommune", "Tal", table.headers(), context.withFocus(rows))
        .note(table.note(perspective))
        .footnote(cells.footnote())
        .build();
  }
}
