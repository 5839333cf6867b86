package dk.socialbench.server.render;

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
                  cells.count(row, "cases"),
                  cells.decimal(row, "mean_vum", 2),
                  cells.interval(row, "mean_vum_ci_low", "mean_vum_ci_high", 2),
                  cells.count(row, "target_cases"),
                  cells.decimal(row, "mean_vum_of_target_cases", 2),
                  cells.decimal(row, "mean_vum_target", 2),
                  cells.interval(row, "mean_vum_target_ci_low", "mean_vum_target_ci_high", 2))));
      chart.add(
          municipality,
          cells.count(row, "cases"),
          new ComparisonChart.Value(
              SCORE,
              Cells.real(row, "mean_vum"),
              Cells.real(row, "mean_vum_ci_low"),
              Cells.real(row, "mean_vum_ci_high")),
          new ComparisonChart.Value(
              TARGET,
              Cells.real(row, "mean_vum_target"),
              Cells.real(row, "mean_vum_target_ci_low"),
              Cells.real(row, "mean_vum_target_ci_high")));
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
