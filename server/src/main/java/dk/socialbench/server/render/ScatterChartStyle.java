package dk.socialbench.server.render;

import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/** Draws a scatter chart as its {@link ChartSpec} says: a coloured series per group of dots. */
final class ScatterChartStyle {
  private ScatterChartStyle() {}

  static void apply(JFreeChart chart, ChartSpec spec) {
    XYPlot plot = chart.getXYPlot();
    ChartFonts fonts = new ChartFonts(plot.getDomainAxis().getTickLabelFont());
    ChartFonts.plainGround(chart);
    plot.setDomainGridlinePaint(ChartFonts.GRID);
    plot.setRangeGridlinePaint(ChartFonts.GRID);

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    XYDataset data = plot.getDataset();
    for (int series = 0; data != null && series < data.getSeriesCount(); series++) {
      String key = String.valueOf(data.getSeriesKey(series));
      String hex = spec.colours().getOrDefault(key, ChartSpec.OTHER_COLOUR);
      renderer.setSeriesPaint(series, ChartFonts.colour(hex));
      double size = ChartSpec.OTHER_COLOUR.equals(hex) ? 5 : 8;
      renderer.setSeriesShape(series, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
    }
    plot.setRenderer(renderer);

    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    fonts.styleValueAxis(x, spec.xFormat(), spec.xAxisLabel());
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = (NumberAxis) plot.getRangeAxis();
    fonts.styleValueAxis(y, spec.valueFormat(), spec.valueAxisLabel());
    if (spec.valueFormat() == ChartSpec.ValueFormat.PERCENT) {
      y.setRange(0, BarChartStyle.FULL_SHARE);
      y.setTickUnit(new NumberTickUnit(0.1, ChartFonts.numberFormat(spec.valueFormat())));
    } else {
      y.setAutoRangeIncludesZero(false);
    }
    fonts.styleLegend(chart, true);
  }
}
