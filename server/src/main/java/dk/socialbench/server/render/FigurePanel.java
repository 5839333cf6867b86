package dk.socialbench.server.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record of {@code figures.jrxml}: a panel of a report section, i.e. an optional sub-heading,
 * an optional chart, a table and notes. Panels of the same {@code sectionKey} form one section
 * under one heading and introduction.
 *
 * @param sectionKey the dataset the section shows; a new key starts a new section and page
 * @param heading the section's heading, such as "Figur 3.1: Er der sat mål ..."
 * @param introduction what the section shows and how to read its chart, for a municipal manager
 * @param panelTitle the panel's sub-heading, or null when the section has one panel
 * @param chart the chart, or null for a table only
 * @param labelHeader the title of the table's first column
 * @param keyHeader the title of the table's second, textual column, or null without one
 * @param headers the titles of the value columns
 * @param note a remark printed above the table, or null
 * @param footnote a remark printed below the table (why cells are "–"), or null
 * @param startsPage whether the panel's section starts on a new page (else it follows the previous
 *     section on the same page when there is room)
 */
record FigurePanel(
    String sectionKey,
    String heading,
    String introduction,
    String panelTitle,
    ChartSpec chart,
    String labelHeader,
    String keyHeader,
    List<String> headers,
    List<TableRow> rows,
    String note,
    String footnote,
    boolean startsPage) {

  FigurePanel {
    Objects.requireNonNull(sectionKey, "sectionKey == null");
    Objects.requireNonNull(heading, "heading == null");
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    if (headers.size() > TableRow.MAX_CELLS) {
      throw new IllegalArgumentException(sectionKey + ": " + headers.size() + " value columns");
    }
  }

  /** The same panel, starting its section on a new page or not. */
  FigurePanel startingPage(boolean starts) {
    return new FigurePanel(
        sectionKey,
        heading,
        introduction,
        panelTitle,
        chart,
        labelHeader,
        keyHeader,
        headers,
        rows,
        note,
        footnote,
        starts);
  }

  /** The panel as the fields of the template's main dataset. */
  Map<String, Object> fields() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("sectionKey", sectionKey);
    fields.put("heading", heading);
    fields.put("introduction", introduction);
    fields.put("panelTitle", panelTitle);
    fields.put("chart", chart);
    if (chart != null) {
      // A funnel plot has its own, lower x-y band so that the summary page holds two of them.
      fields.put(
          "chartKind",
          switch (chart.kind()) {
            case SCATTER -> "SCATTER";
            case FUNNEL -> "FUNNEL";
            case LINES -> "LINE";
            default -> "BAR";
          });
      fields.put("chartSize", chart.size());
      fields.put("chartAltText", altText());
      fields.put("points", chart.points().stream().map(ChartPoint::fields).toList());
    }
    fields.put("labelHeader", labelHeader);
    fields.put("keyHeader", keyHeader);
    fields.put("headers", headers);
    fields.put("rows", rows.stream().map(TableRow::fields).toList());
    fields.put("note", note);
    fields.put("footnote", footnote);
    return fields;
  }

  /** A panel of the section {@code sectionKey}. */
  static Builder builder(String sectionKey, String heading, String introduction) {
    return new Builder(sectionKey, heading, introduction);
  }

  /** Collects a panel's parts; the table's headers and rows are required, the rest optional. */
  static final class Builder {
    private final String sectionKey;
    private final String heading;
    private final String introduction;
    private String panelTitle;
    private ChartSpec chart;
    private String labelHeader = "Kommune";
    private String keyHeader;
    private List<String> headers = List.of();
    private List<TableRow> rows = List.of();
    private String note;
    private String footnote;
    private boolean startsPage;

    private Builder(String sectionKey, String heading, String introduction) {
      this.sectionKey = sectionKey;
      this.heading = heading;
      this.introduction = introduction;
    }

    Builder panelTitle(String title) {
      this.panelTitle = title;
      return this;
    }

    Builder chart(ChartSpec spec) {
      this.chart = spec;
      return this;
    }

    /** The table: its first column's title, the key column's (null for none), the values'. */
    Builder table(String label, String key, List<String> valueHeaders, List<TableRow> tableRows) {
      this.labelHeader = label;
      this.keyHeader = key;
      this.headers = valueHeaders;
      this.rows = tableRows;
      return this;
    }

    Builder note(String text) {
      this.note = text;
      return this;
    }

    Builder footnote(String text) {
      this.footnote = text;
      return this;
    }

    Builder startsPage(boolean starts) {
      this.startsPage = starts;
      return this;
    }

    FigurePanel build() {
      return new FigurePanel(
          sectionKey,
          heading,
          introduction,
          panelTitle,
          chart,
          labelHeader,
          keyHeader,
          headers,
          rows,
          note,
          footnote,
          startsPage);
    }
  }

  /** What a screen reader says for the chart: the figure's title and where its numbers are. */
  private String altText() {
    String what = panelTitle == null ? heading : heading + " – " + panelTitle;
    String stop = what.endsWith("?") ? " " : ". ";
    return "Diagram: " + what + stop + "Tallene står i tabellen under diagrammet.";
  }
}
