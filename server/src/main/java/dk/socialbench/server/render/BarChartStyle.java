package dk.socialbench.server.render;

import java.awt.BasicStroke;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;

/** Draws a category chart as its {@link ChartSpec} says: bars with whiskers, or stacked shares. */
final class BarChartStyle {
  /** 100% and a little room, so that the axis label "100 %" is not cut off at the edge. */
  static final double FULL_SHARE = 1.04;

  private BarChartStyle() {}

  static void apply(JFreeChart chart, ChartSpec spec) {
    CategoryPlot plot = chart.getCategoryPlot();
    CategoryDataset data = plot.getDataset();
    ChartFonts fonts = new ChartFonts(plot.getDomainAxis().getTickLabelFont());
    ChartFonts.plainGround(chart);
    plot.setRangeGridlinePaint(ChartFonts.GRID);
    plot.setOrientation(spec.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);

    boolean oneSeries = data == null || data.getRowCount() <= 1;
    BarRenderer renderer = renderer(spec, oneSeries);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(spec.horizontal() ? 0.09 : 0.12);
    if (data != null) {
      for (int series = 0; series < data.getRowCount(); series++) {
        String key = String.valueOf(data.getRowKey(series));
        renderer.setSeriesPaint(series, paint(spec, key, series));
      }
    }
    plot.setRenderer(renderer);

    styleCategoryAxis(plot.getDomainAxis(), spec, fonts);
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    fonts.styleValueAxis(values, spec.valueFormat(), spec.valueAxisLabel());
    values.setRange(0, upperBound(spec));
    if (spec.reference() != null) {
      plot.addRangeMarker(
          new ValueMarker(spec.reference(), ChartFonts.TEXT, new BasicStroke(0.8f)));
    }
    fonts.styleLegend(chart, !oneSeries || spec.kind() == ChartSpec.Kind.STACKED);
  }

  private static BarRenderer renderer(ChartSpec spec, boolean oneSeries) {
    if (spec.kind() == ChartSpec.Kind.STACKED) {
      return new StackedBarRenderer();
    }
    return new WhiskerBarRenderer(spec, oneSeries);
  }

  private static Paint paint(ChartSpec spec, String series, int index) {
    String hex = spec.colours().get(series);
    if (hex == null) {
      hex = ChartSpec.CATEGORY_COLOURS.get(index % ChartSpec.CATEGORY_COLOURS.size());
    }
    return ChartFonts.colour(hex);
  }

  private static void styleCategoryAxis(CategoryAxis axis, ChartSpec spec, ChartFonts fonts) {
    int categories = spec.categories().size();
    float size = categories <= 14 ? 7f : categories <= 40 ? 6f : 4.8f;
    fonts.styleAxis(axis, null, size);
    axis.setCategoryMargin(spec.horizontal() ? 0.15 : 0.25);
    axis.setLowerMargin(0.01);
    axis.setUpperMargin(0.01);
    if (spec.horizontal()) {
      axis.setMaximumCategoryLabelWidthRatio(0.32f);
    } else {
      axis.setMaximumCategoryLabelLines(3);
      axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    }
    for (String category : spec.emphasised()) {
      axis.setTickLabelFont(category, fonts.bold(size));
    }
  }

  /** Room for the longest bar or whisker; shares stop at 100%. */
  private static double upperBound(ChartSpec spec) {
    if (spec.kind() == ChartSpec.Kind.STACKED) {
      return FULL_SHARE;
    }
    double max = 0;
    for (ChartPoint p : spec.points()) {
      max = Math.max(max, p.value() == null ? 0 : p.value());
      max = Math.max(max, p.high() == null ? 0 : p.high());
    }
    if (spec.reference() != null) {
      max = Math.max(max, spec.reference());
    }
    if (max == 0) {
      return 1.0;
    }
    double upper = max * 1.05;
    return spec.valueFormat() == ChartSpec.ValueFormat.PERCENT
        ? Math.min(upper, FULL_SHARE)
        : upper;
  }
}
