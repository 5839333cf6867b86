package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.FULL_YEAR_USERS;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM_CI_LOW;
import static dk.socialbench.contract.ResultColumns.PER_MONTH;
import static dk.socialbench.contract.ResultColumns.PER_YEAR;
import static dk.socialbench.contract.ResultColumns.SERVICE;
import static dk.socialbench.contract.ResultColumns.USERS;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Need against cost, one panel per service: each municipality as a dot at its citizens' mean VUM
 * score at the start of their episodes and its unit cost per full-year user (§107 kroner a year,
 * §85 hours a month), and a table with n and both intervals.
 */
final class NeedCostFigure implements SectionFigure {
  @Override
  public List<FigurePanel> panels(SectionContext context) {
    return context.data().values(SERVICE).stream().map(s -> panel(context, s)).toList();
  }

  private FigurePanel panel(SectionContext context, Object service) {
    Perspective perspective = context.perspective();
    boolean residential = ResultCodes.SEL107.equals(service);
    String cost = residential ? PER_YEAR : PER_MONTH;
    int digits = residential ? 0 : 1;
    String axis = residential ? "Kr. pr. helårsbruger pr. år" : "Timer pr. helårsbruger pr. md.";
    Cells cells = context.cells();
    List<TableRow> rows = new ArrayList<>();
    List<ChartPoint> dots = new ArrayList<>();
    // A benchmark's table has its municipality and the country; the chart has every municipality.
    List<String> listed = perspective.hasFocus() ? perspective.compared() : perspective.order();
    for (String municipality : perspective.order()) {
      Map<String, Object> row = context.data().row(municipality, SERVICE, service);
      if (row == null) {
        continue;
      }
      if (listed.contains(municipality)) {
        rows.add(
            context.line(
                municipality,
                List.of(
                    cells.count(row, USERS),
                    cells.decimal(row, FULL_YEAR_USERS, 1),
                    cells.decimal(row, MEAN_VUM, 2),
                    cells.interval(row, MEAN_VUM_CI_LOW, MEAN_VUM_CI_HIGH, 2),
                    cells.decimal(row, cost, digits),
                    cells.interval(row, cost + "_ci_low", cost + "_ci_high", digits))));
      }
      Double vum = Cells.real(row, MEAN_VUM);
      Double unitCost = Cells.real(row, cost);
      if (vum != null && unitCost != null) {
        dots.add(ChartPoint.dot(series(perspective, municipality), vum, unitCost));
      }
    }
    return context
        .panel(
            "Hver prik er en kommune: jo længere til højre, jo tungere borgere (højere"
                + " VUM-score); jo højere oppe, jo højere enhedsudgift. Følger indsatsen behovet,"
                + " ligger prikkerne på en stigende linje; en kommune højt oppe til venstre bruger"
                + " mere, end borgernes behov alene forklarer. Prikker for kommuner med for få"
                + " borgere mangler.")
        .panelTitle(SectionContext.label(SERVICE, service))
        .chart(
            ChartSpec.scatter(
                dots,
                ChartSpec.ValueFormat.TWO_DECIMALS,
                "Gns. VUM-score ved forløbets start",
                residential ? ChartSpec.ValueFormat.WHOLE : ChartSpec.ValueFormat.ONE_DECIMAL,
                axis,
                colours(perspective)))
        .table(
            "Kommune",
            null,
            List.of(
                "Brugere (n)",
                "Helårsbrugere",
                "Gns. VUM",
                "95 pct.-interval",
                residential ? "Kr. pr. år" : "Timer pr. md.",
                "95 pct.-interval"),
            context.withFocus(rows))
        .note(
            listed.size() < perspective.order().size()
                ? "Tabellen viser "
                    + perspective.focusName()
                    + " og Alle kommuner; hver kommunes tal står i regnearket (XLSX) og i"
                    + " landsrapporten."
                : null)
        .footnote(cells.footnote())
        .build();
  }

  /** Dots fall in three series, so that the focus and all municipalities get their colours. */
  private static String series(Perspective perspective, String municipality) {
    if (perspective.emphasis(municipality) != TableRow.Emphasis.NONE) {
      return Perspective.name(municipality);
    }
    return perspective.hasFocus() ? "Øvrige kommuner" : "Kommuner";
  }

  private static Map<String, String> colours(Perspective perspective) {
    Map<String, String> colours = new HashMap<>();
    if (perspective.hasFocus()) {
      colours.put(perspective.focusName(), ChartSpec.FOCUS_COLOUR);
    }
    colours.put(Perspective.name(Municipalities.ALL), ChartSpec.ALL_COLOUR);
    colours.put(series(perspective, ""), ChartSpec.OTHER_COLOUR);
    return colours;
  }
}
