package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.SERVICE;

import dk.socialbench.server.comparison.FunnelPlot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case-mix funnel plot of the benchmark's summary (Spiegelhalter 2005), one panel per service:
 * every municipality's actual/expected ratio against its precision ({@code casemix_benchmark}), the
 * report's municipality and its comparison group highlighted, the others grey, and the 95% and
 * 99.8% control limits around 1, widened for the variation between municipalities ({@code
 * casemix_funnel}), as lines. Everything drawn is a published number: a municipality whose ratio or
 * precision is withheld is left out.
 */
final class FunnelFigure {
  static final String OTHERS = "Øvrige kommuner";
  static final String LIMIT_95 = "95 pct.-grænser";
  static final String LIMIT_998 = "99,8 pct.-grænser";

  /** The lower limits' series: drawn like the upper ones, not named in the legend again. */
  static final String LOWER = " (nedre)";

  static final String OTHERS_COLOUR = "#B4B4B4";
  static final String LIMIT_COLOUR = "#5A5A5A";

  static final String CAPTION =
      "Hver prik er en kommune: forholdet mellem faktisk og forventet forbrug (1 = som forventet)"
          + " mod præcisionen, som vokser med antallet af sager. Kommuner uden for de ydre linjer"
          + " (99,8 pct.) afviger mere, end tilfældig variation kan forklare; inden for de indre"
          + " linjer (95 pct.) ligger 19 af 20 kommuner, der arbejder som resten af landet. Tragten"
          + " er smal til højre, fordi mange sager giver et sikrere tal.";

  static final String X_LABEL = "Præcision (flere sager → højere; logaritmisk akse)";
  static final String Y_LABEL = "Faktisk/forventet";

  private FunnelFigure() {}

  /** A panel per service that has control limits in the run; none if it has no funnel. */
  static List<FigurePanel> panels(RunDatasets run, Perspective perspective) {
    return panels(
        FunnelPlot.of(run.rows(), perspective.focus(), members(perspective)), perspective);
  }

  /** A panel per service of {@code funnel}'s rows, the dots from {@code benchmark}'s. */
  static List<FigurePanel> panels(
      List<Map<String, Object>> funnel,
      List<Map<String, Object>> benchmark,
      Perspective perspective) {
    Set<Object> services = new LinkedHashSet<>();
    funnel.forEach(r -> services.add(r.get(SERVICE)));
    List<FunnelPlot> plots = new ArrayList<>();
    for (Object service : services) {
      plots.add(
          FunnelPlot.of(funnel, benchmark, service, perspective.focus(), members(perspective)));
    }
    return panels(plots, perspective);
  }

  private static List<FigurePanel> panels(List<FunnelPlot> plots, Perspective perspective) {
    List<FigurePanel> panels = new ArrayList<>();
    for (int i = 0; i < plots.size(); i++) {
      FunnelPlot plot = plots.get(i);
      // The caption reads the same for every service: once, under the last funnel, saves room.
      boolean last = i == plots.size() - 1;
      panels.add(
          FigurePanel.builder("summary", "", "")
              .panelTitle("Tragtplot: " + SectionContext.label(SERVICE, plot.service()))
              .chart(chart(plot, perspective))
              .note(last ? CAPTION : null)
              .build());
    }
    return panels;
  }

  /** The chart of {@code service} from the published rows: its dots, then its limits. */
  static ChartSpec chart(
      List<Map<String, Object>> funnel,
      List<Map<String, Object>> benchmark,
      Object service,
      Perspective perspective) {
    return chart(
        FunnelPlot.of(funnel, benchmark, service, perspective.focus(), members(perspective)),
        perspective);
  }

  private static ChartSpec chart(FunnelPlot plot, Perspective perspective) {
    Map<String, String> colours = new HashMap<>();
    String focusSeries = Perspective.name(perspective.focus());
    String groupSeries = Perspective.name(Perspective.GROUP);
    colours.put(focusSeries, ChartSpec.FOCUS_COLOUR);
    colours.put(groupSeries, ChartSpec.GROUP_COLOUR);
    colours.put(OTHERS, OTHERS_COLOUR);
    // The first series is drawn on top: the focus over its group over the rest.
    List<ChartPoint> points = new ArrayList<>();
    plot.focus().forEach(d -> points.add(ChartPoint.dot(focusSeries, d.precision(), d.ratio())));
    plot.group().forEach(d -> points.add(ChartPoint.dot(groupSeries, d.precision(), d.ratio())));
    plot.others().forEach(d -> points.add(ChartPoint.dot(OTHERS, d.precision(), d.ratio())));
    List<FunnelPlot.Limits> limits = plot.limits();
    limits.forEach(l -> points.add(ChartPoint.dot(LIMIT_95, l.precision(), l.high95())));
    limits.forEach(l -> points.add(ChartPoint.dot(LIMIT_998, l.precision(), l.high998())));
    limits.forEach(l -> points.add(ChartPoint.dot(LIMIT_95 + LOWER, l.precision(), l.low95())));
    limits.forEach(l -> points.add(ChartPoint.dot(LIMIT_998 + LOWER, l.precision(), l.low998())));
    return ChartSpec.funnel(points, X_LABEL, Y_LABEL, colours);
  }

  private static List<String> members(Perspective perspective) {
    return perspective.hasGroup() ? perspective.group().members() : List.of();
  }

  /** Whether {@code series} is a control limit (a line) rather than municipalities (dots). */
  static boolean isLimit(String series) {
    return series.startsWith(LIMIT_95) || series.startsWith(LIMIT_998);
  }
}
