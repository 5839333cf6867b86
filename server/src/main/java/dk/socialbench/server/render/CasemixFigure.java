package dk.socialbench.server.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The case-mix-adjusted benchmark, one panel per service: each municipality's actual mean price
 * (§107) or hours (§85) against the mean its citizens' VUM scores and ages would predict in the
 * rest of the country, as a ratio with a 95% interval and a line at 1, and beside it the ratio
 * shrunk towards 1 as far as chance can explain it.
 */
final class CasemixFigure implements SectionFigure {
  @Override
  public List<FigurePanel> panels(SectionContext context) {
    return context.data().values("service").stream().map(s -> panel(context, s)).toList();
  }

  private FigurePanel panel(SectionContext context, Object service) {
    Perspective perspective = context.perspective();
    Measure measure = Measure.ofService(service);
    Cells cells = context.cells();
    List<TableRow> rows = new ArrayList<>();
    ComparisonChart chart = new ComparisonChart(perspective);
    for (String municipality : perspective.order()) {
      Map<String, Object> row = context.data().row(municipality, "service", service);
      if (row == null) {
        continue;
      }
      rows.add(
          context.line(
              municipality,
              List.of(
                  cells.count(row, "cases"),
                  cells.decimal(row, "actual_mean", measure.digits()),
                  cells.decimal(row, "expected_mean", measure.digits()),
                  cells.decimal(row, "ratio", 2),
                  cells.interval(row, "ratio_ci_low", "ratio_ci_high", 2),
                  cells.decimal(row, "shrunken_ratio", 2),
                  cells.interval(row, "shrunken_ci_low", "shrunken_ci_high", 2))));
      chart.add(
          municipality,
          cells.count(row, "cases"),
          new ComparisonChart.Value(
              "Faktisk/forventet",
              Cells.real(row, "ratio"),
              Cells.real(row, "ratio_ci_low"),
              Cells.real(row, "ratio_ci_high")));
    }
    return context
        .panel(
            "Søjlerne viser forholdet faktisk/forventet for hver kommune, sorteret efter forholdet;"
                + " den lodrette linje er 1 (som forventet), og de sorte streger er 95"
                + " pct.-intervaller. Ligger hele intervallet over 1, bruger kommunen sikkert mere"
                + " end borgersammensætningen tilsiger.")
        .panelTitle(SectionContext.label("service", service))
        .chart(chart.spec(ChartSpec.ValueFormat.TWO_DECIMALS, "Faktisk/forventet").withReference(1))
        .table(
            "Kommune",
            null,
            List.of(
                "Sager (n)",
                "Faktisk gns.",
                "Forventet gns.",
                "Forhold",
                "95 pct.-interval",
                "Udjævnet",
                "95 pct.-interval"),
            context.withFocus(rows))
        .footnote(cells.footnote())
        .build();
  }
}
