package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.COLUMN;
import static dk.socialbench.contract.ResultColumns.ROWS;
import static dk.socialbench.contract.ResultColumns.RULE;

import dk.socialbench.contract.Labels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The focus municipality's quarantined rows by rule and field (counts only, never a value); the
 * chart adds them up per rule.
 */
final class QuarantineFigure implements SectionFigure {
  @Override
  public List<FigurePanel> panels(SectionContext context) {
    String municipality = context.perspective().focus();
    List<TableRow> rows = new ArrayList<>();
    Map<String, Double> byRule = new LinkedHashMap<>();
    for (Map<String, Object> row : context.data().rows(municipality)) {
      String rule = Labels.da(RULE, String.valueOf(row.get(RULE)));
      Number count = Cells.number(row, ROWS);
      rows.add(
          new TableRow(
              rule,
              Labels.da(COLUMN, String.valueOf(row.get(COLUMN))),
              List.of(DanishFormat.count(count)),
              TableRow.Emphasis.NONE));
      byRule.merge(rule, count == null ? 0 : count.doubleValue(), Double::sum);
    }
    FigurePanel.Builder panel =
        context.panel(
            "Diagrammet viser antallet af afviste rækker pr. regel; tabellen viser hver regel og"
                + " felt.");
    if (rows.isEmpty()) {
      return List.of(
          panel
              .note(
                  "Ingen rækker fra "
                      + context.perspective().focusName()
                      + " er afvist i denne kørsel.")
              .build());
    }
    List<ChartPoint> points = new ArrayList<>();
    byRule.forEach((rule, n) -> points.add(ChartPoint.bar("Afviste rækker", rule, n, null, null)));
    return List.of(
        panel
            .chart(
                ChartSpec.grouped(
                        points,
                        ChartSpec.ValueFormat.WHOLE,
                        "Afviste rækker",
                        Map.of("Afviste rækker", ChartSpec.FOCUS_COLOUR))
                    .asHorizontal())
            .table("Regel", "Felt", List.of("Afviste rækker"), rows)
            .build());
  }
}
