package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM_CI_LOW;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM_OF_TARGET_CASES;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM_TARGET;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM_TARGET_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM_TARGET_CI_LOW;
import static dk.socialbench.contract.ResultColumns.TARGET_CASES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figure 3.3: each municipality's mean VUM score at the first registration beside the mean VUM
 * target of the cases that have one. A target below the score means the municipality expects the
 * citizens to function better.
 */
final class VumTargetFigure implements SectionFigure {
  private static final String SCORE = "Gns. VUM-score ved 1. registrering";
  private static final String TARGET = "Gns. VUM-mål";

  @Override
  public List<FigurePanel> panels(SectionContext context) {
    Perspective perspective = context.perspective();
    Cells cells = context.cells();
    List<TableRow> rows = new ArrayList<>();
    ComparisonChart chart = new ComparisonChart(perspective);
    for (String municipality : perspective.order()) {
      List<Map<String, Object>> line = context.data().rows(municipality);
      if (line.isEmpty()) {
        continue;
      }
      Map<String, Object> row = line.get(0);
      rows.add(
          context.line(
              municipality,
              List.of(
                  cells.count(row, CASES),
                  cells.decimal(row, MEAN_VUM, 2),
                  cells.interval(row, MEAN_VUM_CI_LOW, MEAN_VUM_CI_HIGH, 2),
                  cells.count(row, TARGET_CASES),
                  cells.decimal(row, MEAN_VUM_OF_TARGET_CASES, 2),
                  cells.decimal(row, MEAN_VUM_TARGET, 2),
                  cells.interval(row, MEAN_VUM_TARGET_CI_LOW, MEAN_VUM_TARGET_CI_HIGH, 2))));
      chart.add(
          municipality,
          cells.count(row, CASES),
          new ComparisonChart.Value(
              SCORE,
              Cells.real(row, MEAN_VUM),
              Cells.real(row, MEAN_VUM_CI_LOW),
              Cells.real(row, MEAN_VUM_CI_HIGH)),
          new ComparisonChart.Value(
              TARGET,
              Cells.real(row, MEAN_VUM_TARGET),
              Cells.real(row, MEAN_VUM_TARGET_CI_LOW),
              Cells.real(row, MEAN_VUM_TARGET_CI_HIGH)));
    }
    return List.of(
        context
            .panel(
                "Hver kommune har to søjler: den gennemsnitlige VUM-score (lyseblå) og det"
                    + " gennemsnitlige VUM-mål (orange) for sager med mål. Kommunerne er sorteret"
                    + " efter VUM-score, n er antallet af sager, og de sorte streger er 95"
                    + " pct.-intervaller. Mangler målet, har kommunen ikke sat VUM-mål.")
            .chart(chart.spec(ChartSpec.ValueFormat.TWO_DECIMALS, "Gns. VUM-score (0–4)"))
            .table(
                "Kommune",
                null,
                List.of(
                    "Sager (n)",
                    "Gns. VUM-score",
                    "95 pct.-interval",
                    "Sager med VUM-mål",
                    "Gns. VUM-score, sager med mål",
                    "Gns. VUM-mål",
                    "95 pct.-interval"),
                rows)
            .footnote(cells.footnote())
            .build());
  }
}
