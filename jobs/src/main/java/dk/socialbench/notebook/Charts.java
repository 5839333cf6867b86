package dk.socialbench.notebook;

import dk.socialbench.contract.Labels;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of a Spark result, shown in the notebook as PNG. Each takes the column names of the
 * result; categories and series are shown with their Danish labels. The result is collected to the
 * driver (at most {@value #MAX_ROWS} rows): chart an aggregate, not the registrations.
 *
 * <p>Example (figure 3.4 for all municipalities): {@code Charts.stackedShares(vum.filter(
 * "municipality_code = 'all' AND from_registration = 1"), "vum_from", "direction", "share",
 * "VUM-udvikling fra 1. til 2. registrering")}.
 */
public final class Charts {
  public static final int MAX_ROWS = 2000;
  private static final int WIDTH = 760;
  private static final int HEIGHT = 380;

  private Charts() {}

  /** Grouped bars: one group per {@code category}, one bar per {@code series} (may be null). */
  public static void bars(
      Dataset<Row> table, String category, String series, String value, String title) {
    JFreeChart chart =
        ChartFactory.createBarChart(
            title, label(category), label(value), categories(table, category, series, value));
    theme().apply(chart);
    style(chart.getCategoryPlot());
    show(chart, title);
  }

  /** Stacked bars of shares (0–1) per {@code category}, e.g. a distribution per VUM score. */
  public static void stackedShares(
      Dataset<Row> table, String category, String series, String share, String title) {
    JFreeChart chart =
        ChartFactory.createStackedBarChart(
            title, label(category), "Andel", categories(table, category, series, share));
    theme().apply(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    style(plot);
    ((NumberAxis) plot.getRangeAxis()).setRange(0, 1);
    show(chart, title);
  }

  /** One point per row, one colour per {@code series} (may be null): x and y are numbers. */
  public static void scatter(Dataset<Row> table, String x, String y, String series, String title) {
    XYSeriesCollection data = xy(table, x, y, series);
    JFreeChart chart = ChartFactory.createScatterPlot(title, label(x), label(y), data);
    theme().apply(chart);
    styleXy(chart.getXYPlot(), false);
    show(chart, title);
  }

  /** Lines through the points of each {@code series} (may be null), ordered by x. */
  public static void lines(Dataset<Row> table, String x, String y, String series, String title) {
    XYSeriesCollection data = xy(table, x, y, series);
    JFreeChart chart = ChartFactory.createXYLineChart(title, label(x), label(y), data);
    theme().apply(chart);
    styleXy(chart.getXYPlot(), true);
    show(chart, title);
  }

  private static DefaultCategoryDataset categories(
      Dataset<Row> table, String category, String series, String value) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Row r : rows(table, category, series, value)) {
      if (r.isNullAt(2)) {
        continue;
      }
      String s = series == null ? label(value) : Labels.da(series, String.valueOf(r.get(1)));
      data.addValue(((Number) r.get(2)).doubleValue(), s, key(category, r.get(0)));
    }
    return data;
  }

  private static XYSeriesCollection xy(Dataset<Row> table, String x, String y, String series) {
    java.util.Map<String, XYSeries> bySeries = new java.util.LinkedHashMap<>();
    for (Row r : rows(table, x, series, y)) {
      if (r.isNullAt(0) || r.isNullAt(2)) {
        continue;
      }
      String s = series == null ? label(y) : Labels.da(series, String.valueOf(r.get(1)));
      bySeries
          .computeIfAbsent(s, k -> new XYSeries(k, true, true))
          .add(((Number) r.get(0)).doubleValue(), ((Number) r.get(2)).doubleValue());
    }
    XYSeriesCollection data = new XYSeriesCollection();
    bySeries.values().forEach(data::addSeries);
    return data;
  }

  private static List<Row> rows(Dataset<Row> table, String a, String series, String b) {
    Objects.requireNonNull(table, "table == null");
    Dataset<Row> picked =
        series == null
            ? table.selectExpr(quote(a), "CAST(NULL AS STRING)", quote(b))
            : table.selectExpr(quote(a), quote(series), quote(b));
    List<Row> rows =
        picked
            .orderBy(picked.columns()[0], picked.columns()[1])
            .limit(MAX_ROWS + 1)
            .collectAsList();
    if (rows.size() > MAX_ROWS) {
      throw new IllegalArgumentException(
          "a chart shows at most " + MAX_ROWS + " rows; aggregate first (groupBy ... agg)");
    }
    return rows;
  }

  private static String quote(String column) {
    return "`" + column + "`";
  }

  private static Comparable<?> key(String column, Object value) {
    if (value instanceof String s) {
      return Labels.da(column, s);
    }
    if (value instanceof Double d && d == Math.rint(d)) {
      return String.valueOf(d.longValue());
    }
    return String.valueOf(value);
  }

  private static String label(String column) {
    return column.replace('_', ' ');
  }

  private static StandardChartTheme theme() {
    System.setProperty("java.awt.headless", "true");
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setRangeGridlinePaint(new Color(0xDDDDDD));
    theme.setDomainGridlinePaint(new Color(0xDDDDDD));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    return theme;
  }

  private static final Color[] PALETTE = {
    new Color(0x1F4E79),
    new Color(0x6FA8DC),
    new Color(0xE69138),
    new Color(0x999999),
    new Color(0x6AA84F),
    new Color(0xCC4125),
    new Color(0x8E7CC3)
  };

  private static void style(CategoryPlot plot) {
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    for (int i = 0; i < PALETTE.length; i++) {
      renderer.setSeriesPaint(i, PALETTE[i]);
    }
    plot.setOrientation(PlotOrientation.VERTICAL);
  }

  private static void styleXy(XYPlot plot, boolean lines) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(lines, true);
    for (int i = 0; i < PALETTE.length; i++) {
      renderer.setSeriesPaint(i, PALETTE[i]);
    }
    plot.setRenderer(renderer);
    ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
  }

  private static void show(JFreeChart chart, String title) {
    chart.setAntiAlias(true);
    try {
      byte[] png = ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
      Display.png(png, "Diagram: " + title);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
