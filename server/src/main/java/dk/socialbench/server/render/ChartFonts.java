package dk.socialbench.server.render;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;

/**
 * What bar and scatter charts share: the report's font in chart sizes, Danish number formats on
 * value axes, colours from hex.
 *
 * <p>Fonts are derived from the one JasperReports gave the chart (the template's DejaVu Sans from
 * the font extension), never created by name, so that the PDF embeds the same font as the text.
 */
final class ChartFonts {
  static final Color GRID = new Color(0xD9D9D9);
  static final Color TEXT = new Color(0x262626);

  private final Font base;

  ChartFonts(Font base) {
    this.base = base;
  }

  /** The white, untitled, unframed ground every chart of the reports is drawn on. */
  static void plainGround(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setTitle((String) null);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    chart.getPlot().setOutlineVisible(false);
  }

  Font plain(float size) {
    return base.deriveFont(Font.PLAIN, size);
  }

  Font bold(float size) {
    return base.deriveFont(Font.BOLD, size);
  }

  void styleAxis(Axis axis, String label, float tickSize) {
    axis.setLabel(label);
    axis.setLabelFont(plain(7f));
    axis.setLabelPaint(TEXT);
    axis.setTickLabelFont(plain(tickSize));
    axis.setTickLabelPaint(TEXT);
    axis.setAxisLinePaint(GRID);
  }

  void styleValueAxis(NumberAxis axis, ChartSpec.ValueFormat format, String label) {
    styleAxis(axis, label, 6.5f);
    if (format == ChartSpec.ValueFormat.WHOLE) {
      // Counts of rows or cases: no ticks between whole numbers.
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    axis.setNumberFormatOverride(numberFormat(format));
  }

  void styleLegend(JFreeChart chart, boolean show) {
    LegendTitle legend = chart.getLegend();
    if (legend == null) {
      return;
    }
    legend.setVisible(show);
    legend.setItemFont(plain(7f));
    legend.setItemPaint(TEXT);
    legend.setFrame(BlockBorder.NONE);
  }

  static NumberFormat numberFormat(ChartSpec.ValueFormat format) {
    DecimalFormatSymbols danish = DecimalFormatSymbols.getInstance(DanishFormat.DANISH);
    DecimalFormat decimal =
        switch (format) {
          case PERCENT -> new DecimalFormat("0' %'", danish);
          case WHOLE -> new DecimalFormat("#,##0", danish);
          case ONE_DECIMAL -> new DecimalFormat("#,##0.0", danish);
          case TWO_DECIMALS -> new DecimalFormat("#,##0.00", danish);
        };
    if (format == ChartSpec.ValueFormat.PERCENT) {
      decimal.setMultiplier(100);
    }
    return decimal;
  }

  static Color colour(String hex) {
    return Color.decode(hex);
  }
}
