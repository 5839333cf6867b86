package dk.socialbench.notebook;

import dk.socialbench.contract.Html;
import dk.socialbench.contract.Labels;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Shows a Spark result as a table in the notebook: HTML for the viewer, aligned text as the plain
 * alternative. Codes are shown with their Danish labels ({@code improved} as "Forbedret", a
 * municipality code as its name), decimals with a decimal comma.
 *
 * <p>Example: {@code Tables.show(nb.compute("goal_type").filter("municipality_code = 'all'"))}.
 */
public final class Tables {
  /** Rows shown when no limit is given; a notebook table is for reading, not for export. */
  public static final int DEFAULT_ROWS = 50;

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");

  private Tables() {}

  public static void show(Dataset<Row> table) {
    show(table, DEFAULT_ROWS);
  }

  /** Shows the first {@code maxRows} rows and says how many more there are. */
  public static void show(Dataset<Row> table, int maxRows) {
    Objects.requireNonNull(table, "table == null");
    List<Row> rows = table.limit(maxRows + 1).collectAsList();
    String[] columns = table.columns();
    boolean more = rows.size() > maxRows;
    List<Row> shown = more ? rows.subList(0, maxRows) : rows;
    String[][] cells = new String[shown.size()][columns.length];
    for (int r = 0; r < shown.size(); r++) {
      for (int c = 0; c < columns.length; c++) {
        cells[r][c] = cell(columns[c], shown.get(r).get(c));
      }
    }
    String note = more ? "de første " + maxRows + " rækker" : shown.size() + " rækker";
    Display.show(
        java.util.Map.of(
            "text/html", html(columns, cells, note), "text/plain", text(columns, cells, note)));
  }

  static String cell(String column, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isNaN(d) ? "" : String.format(DANISH, "%,.2f", d);
    }
    if (value instanceof String s) {
      return Labels.da(column, s);
    }
    return String.valueOf(value);
  }

  private static String html(String[] columns, String[][] cells, String note) {
    StringBuilder b = new StringBuilder("<table class=\"socialbench\">\n<thead><tr>");
    for (String c : columns) {
      b.append("<th>").append(Html.escape(c)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (String[] row : cells) {
      b.append("<tr>");
      for (String v : row) {
        b.append("<td>").append(Html.escape(v)).append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</tbody>\n</table>\n<p><small>")
        .append(Html.escape(note))
        .append("</small></p>")
        .toString();
  }

  private static String text(String[] columns, String[][] cells, String note) {
    int[] width = new int[columns.length];
    for (int c = 0; c < columns.length; c++) {
      width[c] = columns[c].length();
      for (String[] row : cells) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, columns, width);
    for (String[] row : cells) {
      line(b, row, width);
    }
    return b.append("(").append(note).append(")").toString();
  }

  private static void line(StringBuilder b, String[] values, int[] width) {
    for (int c = 0; c < values.length; c++) {
      b.append(c == 0 ? "" : "  ")
          .append(values[c])
          .append(" ".repeat(width[c] - values[c].length()));
    }
    b.append('\n');
  }
}
