package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.SHARE;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_LOW;
import static dk.socialbench.contract.ResultColumns.TOTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The share of cases in one category of a yes/no distribution (goals set, improvement goals
 * fulfilled), compared across all municipalities: a bar per municipality, a table row per
 * municipality with the count, the share and its 95% interval.
 */
final class ShareComparisonFigure implements SectionFigure {
  private final String category;
  private final Object code;
  private final String countHeader;
  private final String shareLabel;

  /**
   * @param category the distribution's category column
   * @param code the category value whose share is compared, such as "yes"
   * @param countHeader the title of the column that counts the cases in that category
   * @param shareLabel what the share is, for the chart's axis
   */
  ShareComparisonFigure(String category, Object code, String countHeader, String shareLabel) {
    this.category = category;
    this.code = code;
    this.countHeader = countHeader;
    this.shareLabel = shareLabel;
  }

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
      Map<String, Object> cell = context.data().row(municipality, category, code);
      String total = cells.count(line.get(0), TOTAL);
      rows.add(
          context.line(
              municipality,
              cell == null
                  ? List.of(total, "0", DanishFormat.share(0.0), "")
                  : List.of(
                      total,
                      cells.count(cell, CASES),
                      cells.share(cell, SHARE),
                      cells.shareInterval(cell, SHARE_CI_LOW, SHARE_CI_HIGH))));
      chart.add(
          municipality,
          total,
          new ComparisonChart.Value(
              "Andel",
              cell == null ? Double.valueOf(0) : Cells.real(cell, SHARE),
              Cells.real(cell, SHARE_CI_LOW),
              Cells.real(cell, SHARE_CI_HIGH)));
    }
    return List.of(
        context
            .panel(
                "Hver vandret søjle er én kommune, sorteret efter andelen, og n er antallet af"
                    + " sager. De sorte streger er 95 pct.-intervaller: jo færre sager, jo bredere"
                    + " interval.")
            .chart(chart.spec(ChartSpec.ValueFormat.PERCENT, shareLabel))
            .table(
                "Kommune",
                null,
                List.of("I alt (n)", countHeader, "Andel", "95 pct.-interval"),
                context.withFocus(rows))
            .footnote(cells.footnote())
            .build());
  }
}
