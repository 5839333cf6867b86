package dk.socialbench.server.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The points of a line chart over the years: one line per series (a municipality, or a count), a
 * point for every year of the chart, and no value where the year's figure is withheld or missing,
 * so that the line breaks there instead of bridging the gap or dropping to zero.
 */
final class YearLines {
  private final SortedSet<Integer> years;
  private final Map<String, Map<Integer, Double>> values = new LinkedHashMap<>();
  private final Map<String, String> colours = new HashMap<>();

  /** A chart over {@code years}, every year of the figure, whichever series has a value in it. */
  YearLines(SortedSet<Integer> years) {
    this.years = years;
  }

  /** Starts the line {@code series} in {@code colour} (hex). */
  YearLines series(String series, String colour) {
    values.putIfAbsent(series, new HashMap<>());
    colours.put(series, colour);
    return this;
  }

  /** The value of {@code series} in {@code year}; null leaves a gap. */
  YearLines value(String series, int year, Double value) {
    if (value != null) {
      values.get(series).put(year, value);
    }
    return this;
  }

  ChartSpec spec(ChartSpec.ValueFormat format, String axisLabel) {
    List<ChartPoint> points = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, Double>> line : values.entrySet()) {
      for (int year : years) {
        Double y = line.getValue().get(year);
        points.add(new ChartPoint(line.getKey(), null, null, null, null, (double) year, y));
      }
    }
    return ChartSpec.lines(points, format, axisLabel, colours);
  }
}
