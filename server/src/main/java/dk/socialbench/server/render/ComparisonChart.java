package dk.socialbench.server.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chart with one horizontal bar (or one per series) per municipality, sorted by the first series,
 * each labelled with its n; the focus municipality and all municipalities stand out. With 98
 * municipalities it is a caterpillar plot, which shows both where a municipality lies and how far
 * apart the municipalities are.
 */
final class ComparisonChart {
  private final Perspective perspective;
  private final List<Bar> bars = new ArrayList<>();

  /** One series' value of a municipality, with its 95% interval if it has one. */
  record Value(String series, Double value, Double low, Double high) {}

  private record Bar(String code, String label, List<Value> values) {
    Double first() {
      return values.get(0).value();
    }
  }

  ComparisonChart(Perspective perspective) {
    this.perspective = perspective;
  }

  /** Adds {@code code}'s bar, {@code n} the formatted number of cases ("–" if suppressed). */
  ComparisonChart add(String code, String n, Value... values) {
    bars.add(new Bar(code, Perspective.name(code) + " (n=" + n + ")", List.of(values)));
    return this;
  }

  ChartSpec spec(ChartSpec.ValueFormat format, String axisLabel) {
    List<Bar> sorted = new ArrayList<>(bars);
    sorted.sort(Comparator.comparing(Bar::first, Comparator.nullsLast(Comparator.reverseOrder())));
    List<ChartPoint> points = new ArrayList<>();
    Map<String, String> colours = new HashMap<>();
    Set<String> emphasised = new HashSet<>();
    for (Bar bar : sorted) {
      for (Value v : bar.values()) {
        points.add(ChartPoint.bar(v.series(), bar.label(), v.value(), v.low(), v.high()));
      }
      if (perspective.emphasis(bar.code()) != TableRow.Emphasis.NONE) {
        colours.put(bar.label(), perspective.colour(bar.code()));
        emphasised.add(bar.label());
      }
    }
    List<String> series =
        bars.isEmpty() ? List.of() : bars.get(0).values().stream().map(Value::series).toList();
    if (series.size() > 1) {
      // Bars coloured by series; the focus and all municipalities stand out by their bold labels.
      colours = ChartSpec.palette(series, List.of(ChartSpec.OTHER_COLOUR, ChartSpec.SECOND_COLOUR));
    } else {
      for (String s : series) {
        colours.put(s, ChartSpec.OTHER_COLOUR);
      }
    }
    return ChartSpec.comparison(points, format, axisLabel, colours, emphasised);
  }
}
