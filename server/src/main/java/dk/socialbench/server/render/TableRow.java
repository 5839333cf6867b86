package dk.socialbench.server.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a figure's table, formatted: a label (usually the municipality), an optional key (a
 * second dimension such as the VUM score) and up to {@value #MAX_CELLS} value cells.
 */
record TableRow(String label, String key, List<String> cells, Emphasis emphasis) {
  /** The value columns the table of {@code figures.jrxml} has room for. */
  static final int MAX_CELLS = 10;

  /** How a row stands out: the report's municipality, its comparison group, or the country. */
  enum Emphasis {
    FOCUS("focus"),
    GROUP("group"),
    ALL("all"),
    NONE("");

    private final String code;

    Emphasis(String code) {
      this.code = code;
    }
  }

  TableRow {
    Objects.requireNonNull(label, "label == null");
    cells = List.copyOf(cells);
    if (cells.size() > MAX_CELLS) {
      throw new IllegalArgumentException(cells.size() + " cells, the table holds " + MAX_CELLS);
    }
    Objects.requireNonNull(emphasis, "emphasis == null");
  }

  /** The row of a focus municipality without cases in a table: "Ishøj (ingen sager)", n = 0. */
  static TableRow noCases(String name) {
    return new TableRow(name + " (ingen sager)", null, List.of("0"), Emphasis.FOCUS);
  }

  boolean isFocus() {
    return emphasis == Emphasis.FOCUS;
  }

  /** The row as the fields of the template's {@code Rows} dataset. */
  Map<String, Object> fields() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("label", label);
    fields.put("key", key);
    fields.put("emphasis", emphasis.code);
    for (int i = 0; i < cells.size(); i++) {
      fields.put("c" + (i + 1), cells.get(i));
    }
    return fields;
  }
}
