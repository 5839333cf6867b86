package dk.socialbench.server.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One value of a chart: a bar ({@code series}, {@code category}, {@code value} with an optional 95%
 * interval) or a dot of a scatter chart ({@code series}, {@code x}, {@code y}).
 */
record ChartPoint(
    String series, String category, Double value, Double low, Double high, Double x, Double y) {

  ChartPoint {
    Objects.requireNonNull(series, "series == null");
  }

  static ChartPoint bar(String series, String category, Double value, Double low, Double high) {
    return new ChartPoint(series, Objects.requireNonNull(category), value, low, high, null, null);
  }

  static ChartPoint dot(String series, double x, double y) {
    return new ChartPoint(series, null, null, null, null, x, y);
  }

  boolean hasInterval() {
    return low != null && high != null;
  }

  /** The point as the fields of the template's {@code Points} dataset. */
  Map<String, Object> fields() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("series", series);
    fields.put("category", category);
    fields.put("value", value);
    fields.put("x", x);
    fields.put("y", y);
    return fields;
  }
}
