package dk.socialbench.server.web;

import dk.socialbench.contract.Html;
import dk.socialbench.server.comparison.FunnelPlot;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The page's case-mix funnel plot of one service as inline SVG, the same plot as the benchmark
 * PDF's summary: the control limits as grey lines (99.8% solid, 95% dashed), a line at 1, the other
 * municipalities as grey dots, the comparison group's orange and the municipality's blue; precision
 * on a logarithmic axis. No script, so the page's strict CSP holds.
 */
final class FunnelSvg {
  static final String CAPTION =
      "Hver prik er en kommune: faktisk i forhold til forventet forbrug (1 = som forventet) mod"
          + " præcisionen, som vokser med antallet af sager. Kommuner uden for de ydre linjer"
          + " afviger mere, end tilfældig variation kan forklare.";

  private static final double WIDTH = 320;
  private static final double HEIGHT = 200;
  private static final double LEFT = 34;
  private static final double RIGHT = 312;
  private static final double TOP = 8;
  private static final double BOTTOM = 176;

  private FunnelSvg() {}

  /** The figure: a title, the SVG, the caption; empty if the plot has no limits. */
  static String html(FunnelPlot plot, String serviceLabel) {
    if (plot.limits().isEmpty()) {
      return "";
    }
    List<FunnelPlot.Limits> limits = plot.limits();
    double minX = Math.log(limits.get(0).precision());
    double maxX = Math.log(limits.get(limits.size() - 1).precision());
    double low = 0.5;
    double high = 1.5;
    for (FunnelPlot.Dot d : plot.dots()) {
      low = Math.min(low, d.ratio());
      high = Math.max(high, d.ratio());
    }
    // The funnel's narrow end, so that both outer lines show at least there.
    FunnelPlot.Limits narrowest = limits.get(limits.size() - 1);
    low = Math.min(low, narrowest.low998());
    high = Math.max(high, narrowest.high998());
    double minY = Math.max(0, low - 0.1);
    double maxY = high + 0.1;
    Function<Double, Double> x =
        p -> LEFT + (Math.log(p) - minX) / Math.max(maxX - minX, 1e-9) * (RIGHT - LEFT);
    Function<Double, Double> y = r -> BOTTOM - (r - minY) / (maxY - minY) * (BOTTOM - TOP);
    StringBuilder svg = new StringBuilder();
    String title = "Tragtplot: " + serviceLabel;
    svg.append(
        "<figure class=\"funnel\"><figcaption><strong>%s</strong></figcaption>"
            .formatted(Html.escape(title)));
    svg.append(
        fmt(
            "<svg width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\"",
            WIDTH, HEIGHT, WIDTH, HEIGHT));
    svg.append(" aria-label=\"%s\">".formatted(Html.escape(title)));
    // Clip the limits to the plot: where precision is low they open far beyond the dots.
    svg.append(
        fmt(
            "<defs><clipPath id=\"funnel-%s\"><rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\""
                + " height=\"%.0f\"/></clipPath></defs>",
            plot.service(), LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP));
    svg.append(fmt("<g clip-path=\"url(#funnel-%s)\">", plot.service()));
    svg.append(line(x, y, 1.0, limits, "#999", "2 2", l -> 1.0));
    svg.append(line(x, y, 1.2, limits, "#5A5A5A", "", FunnelPlot.Limits::high998));
    svg.append(line(x, y, 1.2, limits, "#5A5A5A", "", FunnelPlot.Limits::low998));
    svg.append(line(x, y, 0.8, limits, "#5A5A5A", "3 2", FunnelPlot.Limits::high95));
    svg.append(line(x, y, 0.8, limits, "#5A5A5A", "3 2", FunnelPlot.Limits::low95));
    dots(svg, x, y, plot.others(), "#B4B4B4", 2.5);
    dots(svg, x, y, plot.group(), SummarySection.GROUP_COLOUR, 3.5);
    dots(svg, x, y, plot.focus(), SummarySection.FOCUS_COLOUR, 4.5);
    svg.append("</g>");
    svg.append(
        fmt(
            "<text x=\"%.0f\" y=\"%.0f\" font-size=\"9\">Præcision (flere sager →)</text>",
            LEFT, HEIGHT - 6));
    svg.append(fmt("<text x=\"2\" y=\"%.1f\" font-size=\"9\">%s</text>", y.apply(1.0) + 3, "1"));
    svg.append("</svg><p class=\"note\">").append(Html.escape(CAPTION)).append("</p></figure>");
    return svg.toString();
  }

  private static String line(
      Function<Double, Double> x,
      Function<Double, Double> y,
      double width,
      List<FunnelPlot.Limits> limits,
      String colour,
      String dash,
      Function<FunnelPlot.Limits, Double> value) {
    StringBuilder points = new StringBuilder();
    for (FunnelPlot.Limits l : limits) {
      points.append(fmt("%.1f,%.1f ", x.apply(l.precision()), y.apply(value.apply(l))));
    }
    return fmt(
        "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.1f\"%s/>",
        points.toString().strip(),
        colour,
        width,
        dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
  }

  private static void dots(
      StringBuilder svg,
      Function<Double, Double> x,
      Function<Double, Double> y,
      List<FunnelPlot.Dot> dots,
      String colour,
      double r) {
    for (FunnelPlot.Dot d : dots) {
      svg.append(
          fmt(
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>",
              x.apply(d.precision()), y.apply(d.ratio()), r, colour));
    }
  }

  /** SVG coordinates: a decimal point whatever the JVM's locale. */
  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
