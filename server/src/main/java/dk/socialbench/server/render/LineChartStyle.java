package dk.socialbench.server.render;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Draws a line chart over the years as its {@link ChartSpec} says: a coloured line with dots per
 * series, years without a thousands separator, shares from 0 to 100 %. A year without a value (too
 * few persons, or no data) has no dot, and the line breaks there rather than bridging it.
 */
final class LineChartStyle {
  private LineChartStyle() {}

  static void apply(JFreeChart chart, ChartSpec spec) {
    XYPlot plot = chart.getXYPlot();
    ChartFonts fonts = new ChartFonts(plot.getDomainAxis().getTickLabelFont());
    ChartFonts.plainGround(chart);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(ChartFonts.GRID);

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    XYDataset data = plot.getDataset();
    for (int series = 0; data != null && series < data.getSeriesCount(); series++) {
      String key = String.valueOf(data.getSeriesKey(series));
      String hex = spec.colours().getOrDefault(key, ChartSpec.OTHER_COLOUR);
      renderer.setSeriesPaint(series, ChartFonts.colour(hex));
      renderer.setSeriesStroke(series, new BasicStroke(1.8f));
      renderer.setSeriesShape(series, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    }
    plot.setRenderer(renderer);

    NumberAxis years = (NumberAxis) plot.getDomainAxis();
    fonts.styleAxis(years, spec.xAxisLabel(), 6.5f);
    years.setAutoRangeIncludesZero(false);
    years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
    years.setLowerMargin(0.05);
    years.setUpperMargin(0.05);
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    fonts.styleValueAxis(values, spec.valueFormat(), spec.valueAxisLabel());
    if (spec.valueFormat() == ChartSpec.ValueFormat.PERCENT) {
      values.setRange(0, BarChartStyle.FULL_SHARE);
      values.setTickUnit(new NumberTickUnit(0.2, ChartFonts.numberFormat(spec.valueFormat())));
    } else {
      values.setAutoRangeIncludesZero(true);
    }
    fonts.styleLegend(chart, true);
  }
}
