package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.ACTUAL_MEAN;
import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.EXPECTED_MEAN;
import static dk.socialbench.contract.ResultColumns.RATIO;
import static dk.socialbench.contract.ResultColumns.RATIO_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.RATIO_CI_LOW;
import static dk.socialbench.contract.ResultColumns.SERVICE;
import static dk.socialbench.contract.ResultColumns.SHRUNKEN_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.SHRUNKEN_CI_LOW;
import static dk.socialbench.contract.ResultColumns.SHRUNKEN_RATIO;

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
    return context.data().values(SERVICE).stream().map(s -> panel(context, s)).toList();
  }

  private FigurePanel panel(SectionContext context, Object service) {
    Perspective perspective = context.perspective();
    Measure measure = Measure.ofService(service);
    Cells cells = context.cells();
    List<TableRow> rows = new ArrayList<>();
    ComparisonChart chart = new ComparisonChart(perspective);
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
                  cells.decimal(row, ACTUAL_MEAN, measure.digits()),
                  cells.decimal(row, EXPECTED_MEAN, measure.digits()),
                  cells.decimal(row, RATIO, 2),
                  cells.interval(row, RATIO_CI_LOW, RATIO_CI_HIGH, 2),
                  cells.decimal(row, SHRUNKEN_RATIO, 2),
                  cells.interval(row, SHRUNKEN_CI_LOW, SHRUNKEN_CI_HIGH, 2))));
      chart.add(
          municipality,
          cells.count(row, CASES),
          new ComparisonChart.Value(
              "Faktisk/forventet",
              Cells.real(row, RATIO),
              Cells.real(row, RATIO_CI_LOW),
              Cells.real(row, RATIO_CI_HIGH)));
    }
    return context
        .panel(
            "Søjlerne viser forholdet faktisk/forventet for hver kommune, sorteret efter forholdet;"
                + " den lodrette linje er 1 (som forventet), og de sorte streger er 95"
                + " pct.-intervaller. Ligger hele intervallet over 1, bruger kommunen sikkert mere"
                + " end borgersammensætningen tilsiger.")
        .panelTitle(SectionContext.label(SERVICE, service))
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
