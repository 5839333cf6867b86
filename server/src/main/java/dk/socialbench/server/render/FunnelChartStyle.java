package dk.socialbench.server.render;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Draws a funnel plot as its {@link ChartSpec} says: municipalities as dots (the focus and its
 * group larger), the control limits as grey lines (99.8% solid, 95% dashed), precision on a
 * logarithmic axis, a line at 1, and the ratio axis fitted to the municipalities rather than to the
 * limits, which open wide where precision is low.
 */
final class FunnelChartStyle {
  private static final BasicStroke OUTER = new BasicStroke(1.2f);
  private static final BasicStroke INNER =
      new BasicStroke(
          0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f);

  private FunnelChartStyle() {}

  static void apply(JFreeChart chart, ChartSpec spec) {
    XYPlot plot = chart.getXYPlot();
    ChartFonts fonts = new ChartFonts(plot.getDomainAxis().getTickLabelFont());
    ChartFonts.plainGround(chart);
    plot.setDomainGridlinePaint(ChartFonts.GRID);
    plot.setRangeGridlinePaint(ChartFonts.GRID);

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    XYDataset data = plot.getDataset();
    double low = 1;
    double high = 1;
    for (int series = 0; data != null && series < data.getSeriesCount(); series++) {
      String key = String.valueOf(data.getSeriesKey(series));
      if (FunnelFigure.isLimit(key)) {
        renderer.setSeriesLinesVisible(series, true);
        renderer.setSeriesShapesVisible(series, false);
        renderer.setSeriesPaint(series, ChartFonts.colour(FunnelFigure.LIMIT_COLOUR));
        renderer.setSeriesStroke(series, key.startsWith(FunnelFigure.LIMIT_95) ? INNER : OUTER);
        renderer.setSeriesVisibleInLegend(series, !key.endsWith(FunnelFigure.LOWER));
        if (key.startsWith(FunnelFigure.LIMIT_998)) {
          // The funnel's narrow end, so that both outer lines show at least there.
          double narrowest = key.endsWith(FunnelFigure.LOWER) ? 0 : Double.MAX_VALUE;
          for (int i = 0; i < data.getItemCount(series); i++) {
            double v = data.getYValue(series, i);
            narrowest =
                key.endsWith(FunnelFigure.LOWER) ? Math.max(narrowest, v) : Math.min(narrowest, v);
          }
          low = Math.min(low, narrowest);
          high = Math.max(high, narrowest);
        }
        continue;
      }
      String hex = spec.colours().getOrDefault(key, FunnelFigure.OTHERS_COLOUR);
      renderer.setSeriesPaint(series, ChartFonts.colour(hex));
      double size = FunnelFigure.OTHERS_COLOUR.equals(hex) ? 5 : 8;
      renderer.setSeriesShape(series, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
      for (int i = 0; i < data.getItemCount(series); i++) {
        low = Math.min(low, data.getYValue(series, i));
        high = Math.max(high, data.getYValue(series, i));
      }
    }
    plot.setRenderer(renderer);

    LogAxis x = new LogAxis();
    fonts.styleAxis(x, spec.xAxisLabel(), 6.5f);
    x.setNumberFormatOverride(ChartFonts.numberFormat(ChartSpec.ValueFormat.WHOLE));
    x.setSmallestValue(1e-3);
    // Powers of 2, as the funnel's grid is spaced: 16, 32, 64 ... rather than 13, 16, 20, 25.
    x.setBase(2);
    x.setTickUnit(new NumberTickUnit(1, ChartFonts.numberFormat(ChartSpec.ValueFormat.WHOLE)));
    plot.setDomainAxis(x);
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    fonts.styleValueAxis(y, spec.valueFormat(), spec.valueAxisLabel());
    // Room around the municipalities and at least 0.5–1.5, so the funnel's opening shows.
    y.setRange(Math.max(0, Math.min(0.5, low) - 0.1), Math.max(1.5, high) + 0.1);
    ValueMarker one = new ValueMarker(spec.reference() == null ? 1 : spec.reference());
    one.setPaint(ChartFonts.TEXT);
    one.setStroke(new BasicStroke(0.6f));
    plot.addRangeMarker(one);
    fonts.styleLegend(chart, true);
  }
}
