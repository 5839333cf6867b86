package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.GOALS_FULFILLED_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.GOALS_FULFILLED_CI_LOW;
import static dk.socialbench.contract.ResultColumns.GOALS_FULFILLED_SHARE;
import static dk.socialbench.contract.ResultColumns.GOAL_CASES;
import static dk.socialbench.contract.ResultColumns.MEAN_PRICE;
import static dk.socialbench.contract.ResultColumns.MEAN_PRICE_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.MEAN_PRICE_CI_LOW;
import static dk.socialbench.contract.ResultColumns.SERVICE;
import static dk.socialbench.contract.ResultColumns.VUM_CASES;
import static dk.socialbench.contract.ResultColumns.VUM_IMPROVED_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.VUM_IMPROVED_CI_LOW;
import static dk.socialbench.contract.ResultColumns.VUM_IMPROVED_SHARE;

import dk.socialbench.contract.Municipalities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Progression relative to price, one panel per service: each municipality as a dot at its mean
 * price (§107) or hours (§85) and its share of improvement goals fulfilled, and a table that adds
 * the share of cases whose VUM score improved.
 */
final class ProgressionFigure implements SectionFigure {
  @Override
  public List<FigurePanel> panels(SectionContext context) {
    return context.data().values(SERVICE).stream().map(s -> panel(context, s)).toList();
  }

  private FigurePanel panel(SectionContext context, Object service) {
    Perspective perspective = context.perspective();
    Measure measure = Measure.ofService(service);
    Cells cells = context.cells();
    List<TableRow> rows = new ArrayList<>();
    List<ChartPoint> dots = new ArrayList<>();
    for (String municipality : perspective.order()) {
      Map<String, Object> row = context.data().row(municipality, SERVICE, service);
      if (row == null) {
        continue;
      }
      rows.add(
          context.line(
              municipality,
              List.of(
                  cells.count(row, CASES),
                  cells.decimal(row, MEAN_PRICE, measure.digits()),
                  cells.interval(row, MEAN_PRICE_CI_LOW, MEAN_PRICE_CI_HIGH, measure.digits()),
                  cells.count(row, GOAL_CASES),
                  cells.share(row, GOALS_FULFILLED_SHARE),
                  cells.shareInterval(row, GOALS_FULFILLED_CI_LOW, GOALS_FULFILLED_CI_HIGH),
                  cells.count(row, VUM_CASES),
                  cells.share(row, VUM_IMPROVED_SHARE),
                  cells.shareInterval(row, VUM_IMPROVED_CI_LOW, VUM_IMPROVED_CI_HIGH))));
      Double price = Cells.real(row, MEAN_PRICE);
      Double fulfilled = Cells.real(row, GOALS_FULFILLED_SHARE);
      if (price != null && fulfilled != null) {
        dots.add(ChartPoint.dot(series(perspective, municipality), price, fulfilled));
      }
    }
    return context
        .panel(
            "Hver prik er en kommune: jo længere til højre, jo højere pris eller flere timer; jo"
                + " højere oppe, jo flere forbedringsmål helt eller delvist opfyldt. En kommune"
                + " øverst til venstre skaber megen progression for prisen. Prikker for kommuner"
                + " med for få sager mangler.")
        .panelTitle(SectionContext.label(SERVICE, service))
        .chart(
            ChartSpec.scatter(
                dots,
                measure.format(),
                measure.axisLabel(),
                ChartSpec.ValueFormat.PERCENT,
                "Andel forbedringsmål helt eller delvist opfyldt",
                colours(perspective)))
        .table(
            "Kommune",
            null,
            List.of(
                "Sager (n)",
                measure.axisLabel(),
                "95 pct.-interval",
                "Mål fulgt op",
                "Andel opfyldt",
                "95 pct.-interval",
                "Sager med 2. reg.",
                "Andel forbedret VUM",
                "95 pct.-interval"),
            context.withFocus(rows))
        .footnote(cells.footnote())
        .build();
  }

  /** Dots fall in three series, so that the focus and all municipalities get their colours. */
  private static String series(Perspective perspective, String municipality) {
    if (perspective.emphasis(municipality) != TableRow.Emphasis.NONE) {
      return Perspective.name(municipality);
    }
    if (perspective.hasGroup()) {
      return "Gruppens kommuner";
    }
    return perspective.hasFocus() ? "Øvrige kommuner" : "Kommuner";
  }

  private static Map<String, String> colours(Perspective perspective) {
    Map<String, String> colours = new HashMap<>();
    if (perspective.hasFocus()) {
      colours.put(perspective.focusName(), ChartSpec.FOCUS_COLOUR);
    }
    colours.put(Perspective.name(Municipalities.ALL), ChartSpec.ALL_COLOUR);
    colours.put(Perspective.name(Perspective.GROUP), ChartSpec.GROUP_COLOUR);
    colours.put(series(perspective, ""), ChartSpec.OTHER_COLOUR);
    return colours;
  }
}
