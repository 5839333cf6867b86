package dk.socialbench.server.render;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a figure's chart shows beyond its points, which a JasperReports chart element cannot say by
 * itself: the kind of chart, which bars to emphasise, colours, 95% intervals, number formats.
 * {@link FigureChartCustomizer} applies it when the template draws the chart.
 *
 * @param colours colours (hex) by series name; in a chart of one series, by category name
 * @param emphasised categories whose axis labels are set in bold
 * @param reference a value to mark with a line, such as 1 for a ratio; null for none
 */
record ChartSpec(
    Kind kind,
    boolean horizontal,
    List<ChartPoint> points,
    ValueFormat valueFormat,
    String valueAxisLabel,
    ValueFormat xFormat,
    String xAxisLabel,
    Map<String, String> colours,
    Set<String> emphasised,
    Double reference) {

  /** The municipality a report is about. */
  static final String FOCUS_COLOUR = "#1F5FAD";

  /** A benchmark's comparison group. */
  static final String GROUP_COLOUR = "#E8A33D";

  /** All municipalities together. */
  static final String ALL_COLOUR = "#6E6E6E";

  /** Every other municipality. */
  static final String OTHER_COLOUR = "#A9C4E4";

  /** A second series beside {@link #OTHER_COLOUR}, such as the VUM target beside the score. */
  static final String SECOND_COLOUR = "#F28E2B";

  /** Better / the same / worse / no next registration, as in the KL report's figures. */
  static final List<String> DEVELOPMENT_COLOURS =
      List.of("#2E7D32", "#A6A6A6", "#C62828", "#F2B705", "#5C6BC0");

  /** Categories without an order of better and worse. */
  static final List<String> CATEGORY_COLOURS =
      List.of(
          "#1F5FAD", "#F28E2B", "#59A14F", "#B07AA1", "#9C755F", "#76B7B2", "#EDC948", "#E15759",
          "#BAB0AC", "#4E79A7");

  /** How a chart is drawn. */
  enum Kind {
    /** Bars side by side, with whiskers where a point has an interval. */
    BARS,
    /** Bars stacked to 100% of their category. */
    STACKED,
    /** Dots, one series per group of municipalities. */
    SCATTER,
    /** Lines through the years, one series each; a withheld year is a gap. */
    LINES,
    /** Dots of municipalities over a logarithmic x axis, and control limits as lines. */
    FUNNEL
  }

  /** How an axis writes its numbers. */
  enum ValueFormat {
    PERCENT,
    WHOLE,
    ONE_DECIMAL,
    TWO_DECIMALS
  }

  ChartSpec {
    Objects.requireNonNull(kind, "kind == null");
    points = List.copyOf(points);
    colours = Map.copyOf(colours);
    emphasised = Set.copyOf(emphasised);
  }

  /**
   * One bar per municipality (horizontal) and series; {@code colours} names the bars of the focus
   * and all municipalities when there is one series, and the series when there are more.
   */
  static ChartSpec comparison(
      List<ChartPoint> points,
      ValueFormat format,
      String axisLabel,
      Map<String, String> colours,
      Set<String> emphasised) {
    return new ChartSpec(
        Kind.BARS, true, points, format, axisLabel, null, null, colours, emphasised, null);
  }

  /** Categories along the axis, one coloured series per municipality compared. */
  static ChartSpec grouped(
      List<ChartPoint> points, ValueFormat format, String axisLabel, Map<String, String> colours) {
    return new ChartSpec(
        Kind.BARS, false, points, format, axisLabel, null, null, colours, Set.of(), null);
  }

  /** Horizontal bars of 100%, each split into the shares of the series. */
  static ChartSpec stacked(List<ChartPoint> points, Map<String, String> colours) {
    return new ChartSpec(
        Kind.STACKED,
        true,
        points,
        ValueFormat.PERCENT,
        "Andel af sagerne",
        null,
        null,
        colours,
        Set.of(),
        null);
  }

  /** Dots: x against y, a series per group of municipalities. */
  static ChartSpec scatter(
      List<ChartPoint> points,
      ValueFormat xFormat,
      String xLabel,
      ValueFormat yFormat,
      String yLabel,
      Map<String, String> colours) {
    return new ChartSpec(
        Kind.SCATTER, false, points, yFormat, yLabel, xFormat, xLabel, colours, Set.of(), null);
  }

  /** Lines over the years (x), one coloured series per municipality or count compared. */
  static ChartSpec lines(
      List<ChartPoint> points, ValueFormat format, String axisLabel, Map<String, String> colours) {
    return new ChartSpec(
        Kind.LINES, false, points, format, axisLabel, null, "År", colours, Set.of(), null);
  }

  /**
   * A funnel plot ({@link FunnelFigure}): dots per group of municipalities and the control limits'
   * series, x on a logarithmic axis, a line at 1.
   */
  static ChartSpec funnel(
      List<ChartPoint> points, String xLabel, String yLabel, Map<String, String> colours) {
    return new ChartSpec(
        Kind.FUNNEL,
        false,
        points,
        ValueFormat.TWO_DECIMALS,
        yLabel,
        ValueFormat.WHOLE,
        xLabel,
        colours,
        Set.of(),
        1.0);
  }

  /** The same chart with its bars laid horizontally, category labels on the left. */
  ChartSpec asHorizontal() {
    return new ChartSpec(
        kind,
        true,
        points,
        valueFormat,
        valueAxisLabel,
        xFormat,
        xAxisLabel,
        colours,
        emphasised,
        reference);
  }

  /** The same chart with a line at {@code value}. */
  ChartSpec withReference(double value) {
    return new ChartSpec(
        kind,
        horizontal,
        points,
        valueFormat,
        valueAxisLabel,
        xFormat,
        xAxisLabel,
        colours,
        emphasised,
        value);
  }

  /** {@code names} paired with the colours of {@code palette} in turn. */
  static Map<String, String> palette(List<String> names, List<String> palette) {
    Map<String, String> colours = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      colours.put(names.get(i), palette.get(i % palette.size()));
    }
    return colours;
  }

  /** The distinct categories, in the order the bars are drawn. */
  Set<String> categories() {
    return points.stream()
        .map(ChartPoint::category)
        .filter(Objects::nonNull)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The template's size class: XS, S, M or L, from the number of bars along the category axis. */
  String size() {
    if (kind == Kind.SCATTER || !horizontal) {
      return categories().size() > 14 ? "M" : "S";
    }
    long series =
        kind == Kind.BARS ? points.stream().map(ChartPoint::series).distinct().count() : 1;
    long bars = categories().size() * series;
    if (bars <= 10) {
      return "XS";
    }
    // A stacked bar has no whisker and takes less room: 18 of them (six VUM scores for three
    // rows compared) still read well at the small size.
    int small = kind == Kind.STACKED ? 18 : 14;
    return bars <= small ? "S" : bars <= 34 ? "M" : "L";
  }

  /** The point of {@code series} in {@code category}, if the chart has one. */
  ChartPoint point(Comparable<?> series, Comparable<?> category) {
    for (ChartPoint p : points) {
      if (p.series().equals(series) && Objects.equals(p.category(), category)) {
        return p;
      }
    }
    return null;
  }
}
