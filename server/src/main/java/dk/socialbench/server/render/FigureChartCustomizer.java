package dk.socialbench.server.render;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;

/**
 * Applies a figure's {@link ChartSpec} to the chart {@code figures.jrxml} draws: orientation,
 * colours, 95% whiskers, Danish number formats. The template names this class; JasperReports makes
 * one per chart element and fill, and calls it on the fill's thread.
 *
 * <p>The spec is the {@code chart} field of the panel being filled.
 */
public final class FigureChartCustomizer extends JRAbstractChartCustomizer {
  /** For JasperReports, which instantiates customizers by class name. */
  public FigureChartCustomizer() {}

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    Object spec = getFieldValue("chart");
    if (!(spec instanceof ChartSpec figure)) {
      throw new IllegalStateException(
          "the chart field of figures.jrxml holds " + spec + ", expected a ChartSpec");
    }
    if (figure.kind() == ChartSpec.Kind.FUNNEL) {
      FunnelChartStyle.apply(chart, figure);
    } else if (figure.kind() == ChartSpec.Kind.SCATTER) {
      ScatterChartStyle.apply(chart, figure);
    } else if (figure.kind() == ChartSpec.Kind.LINES) {
      LineChartStyle.apply(chart, figure);
    } else {
      BarChartStyle.apply(chart, figure);
    }
  }
}
