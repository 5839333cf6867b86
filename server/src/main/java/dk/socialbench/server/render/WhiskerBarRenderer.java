package dk.socialbench.server.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars with a whisker from the lower to the upper bound of the 95% interval, where the {@link
 * ChartSpec}'s point has one. In a chart of one series, a bar's colour can also be its category's
 * (the focus municipality, all municipalities).
 */
final class WhiskerBarRenderer extends BarRenderer {
  private static final long serialVersionUID = 1L;

  private final transient ChartSpec spec;
  private final boolean colourByCategory;

  WhiskerBarRenderer(ChartSpec spec, boolean colourByCategory) {
    this.spec = spec;
    this.colourByCategory = colourByCategory;
  }

  @Override
  public Paint getItemPaint(int row, int column) {
    CategoryDataset data = getPlot().getDataset();
    if (colourByCategory && data != null) {
      String hex = spec.colours().get(String.valueOf(data.getColumnKey(column)));
      if (hex != null) {
        return ChartFonts.colour(hex);
      }
    }
    return super.getItemPaint(row, column);
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      CategoryItemRendererState state,
      Rectangle2D dataArea,
      CategoryPlot plot,
      CategoryAxis domainAxis,
      ValueAxis rangeAxis,
      CategoryDataset dataset,
      int row,
      int column,
      int pass) {
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    if (pass != getPassCount() - 1) {
      return;
    }
    ChartPoint point = spec.point(dataset.getRowKey(row), dataset.getColumnKey(column));
    if (point == null || !point.hasInterval()) {
      return;
    }
    PlotOrientation orientation = plot.getOrientation();
    double start = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
    double middle = start + state.getBarWidth() / 2;
    double cap = state.getBarWidth() / 4;
    double low = rangeAxis.valueToJava2D(point.low(), dataArea, plot.getRangeAxisEdge());
    double high = rangeAxis.valueToJava2D(point.high(), dataArea, plot.getRangeAxisEdge());
    g2.setPaint(ChartFonts.TEXT);
    g2.setStroke(new BasicStroke(0.7f));
    if (orientation == PlotOrientation.HORIZONTAL) {
      g2.draw(new Line2D.Double(low, middle, high, middle));
      g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
      g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
    } else {
      g2.draw(new Line2D.Double(middle, low, middle, high));
      g2.draw(new Line2D.Double(middle - cap, low, middle + cap, low));
      g2.draw(new Line2D.Double(middle - cap, high, middle + cap, high));
    }
  }
}
