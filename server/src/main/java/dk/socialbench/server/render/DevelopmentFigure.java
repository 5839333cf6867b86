package dk.socialbench.server.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The key figures year by year, one panel per key figure: a line for the municipality and one for
 * all municipalities (the comparison group will follow), and a table with the value and n of each
 * year. A withheld year is a gap in the line and "–" in the table, never a zero.
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
          new KeyFigure("goals_set", ChartSpec.ValueFormat.PERCENT, 0, "Andel med mål"),
          new KeyFigure(
              "improvement_goals_fulfilled", ChartSpec.ValueFormat.PERCENT, 0, "Andel opfyldt"),
          new KeyFigure("vum_improved", ChartSpec.ValueFormat.PERCENT, 0, "Andel forbedret"),
          new KeyFigure(
              "daily_price_sel107", ChartSpec.ValueFormat.WHOLE, 0, "Gns. dagspris (kr.)"),
          new KeyFigure("hours_sel85", ChartSpec.ValueFormat.ONE_DECIMAL, 1, "Gns. timer pr. md."),
          new KeyFigure(
              "unit_cost_sel107", ChartSpec.ValueFormat.WHOLE, 0, "Kr. pr. helårsbruger pr. år"),
          new KeyFigure(
              "unit_cost_sel85",
              ChartSpec.ValueFormat.ONE_DECIMAL,
              1,
              "Timer pr. helårsbruger pr. md."));

  @Override
  public List<FigurePanel> panels(SectionContext context) {
    List<Object> present = context.data().values("key_figure");
    List<KeyFigure> shown = new ArrayList<>();
    ORDER.stream().filter(k -> present.contains(k.code())).forEach(shown::add);
    for (Object code : present) {
      if (ORDER.stream().noneMatch(k -> k.code().equals(code))) {
        shown.add(new KeyFigure((String) code, ChartSpec.ValueFormat.TWO_DECIMALS, 2, "Værdi"));
      }
    }
    return shown.stream().map(k -> panel(context, k)).toList();
  }

  private FigurePanel panel(SectionContext context, KeyFigure figure) {
    Perspective perspective = context.perspective();
    YearTable table = new YearTable(context, r -> figure.code().equals(r.get("key_figure")));
    Cells cells = context.cells();
    YearLines lines = new YearLines(table.years());
    for (String municipality : perspective.compared()) {
      String series = Perspective.name(municipality);
      lines.series(series, perspective.colour(municipality));
      for (int year : table.years()) {
        Map<String, Object> row = table.row(municipality, year);
        if (row != null && context.data().isSuppressed(row, "value")) {
          cells.noteSuppressed();
        } else {
          lines.value(series, year, Cells.real(row, "value"));
        }
      }
    }
    Map<String, BiFunction<Cells, Map<String, Object>, String>> measures = new LinkedHashMap<>();
    measures.put(
        figure.share()
            ? "Andel"
            : figure.code().startsWith("unit_cost") ? "Pr. helårsbruger" : "Gns.",
        figure.share()
            ? (c, r) -> c.share(r, "value")
            : (c, r) -> c.decimal(r, "value", figure.digits()));
    measures.put("n", (c, r) -> c.count(r, "persons"));
    List<TableRow> rows = table.lines(YearTable.municipalities(perspective), measures, cells);
    return context
        .panel(
            "Kurverne viser nøgletallet år for år for "
                + context.comparedInWords()
                + "; et hul betyder for få borgere det år. Tabellen giver tallet og antallet af"
                + " borgere (n); 95 pct.-intervaller står i regnearket.")
        .panelTitle(SectionContext.label("key_figure", figure.code()))
        .chart(lines.spec(figure.format(), figure.axis()))
        .table("Kommune", "Tal", table.headers(), context.withFocus(rows))
        .note(table.note(perspective))
        .footnote(cells.footnote())
        .build();
  }
}
