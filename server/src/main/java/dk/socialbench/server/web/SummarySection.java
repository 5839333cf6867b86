package dk.socialbench.server.web;

import dk.socialbench.contract.Html;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.Vocabulary;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.comparison.Difference;
import dk.socialbench.server.comparison.Estimate;
import dk.socialbench.server.comparison.FunnelPlot;
import dk.socialbench.server.comparison.KeyFigure;
import dk.socialbench.server.comparison.Position;
import dk.socialbench.server.render.KeyFigureText;
import java.util.List;
import java.util.Locale;

/**
 * The page's summary of one municipality: the benchmark's key figures against its comparison group
 * and the country, as a table with n and intervals and a small inline SVG chart per figure (dots
 * and 95% whiskers on a common scale), and a form to choose another group. The same positions as
 * the PDF's summary page; no script, so the strict CSP holds.
 *
 * @param positions the key figures' positions ({@code MunicipalitySummary.of})
 * @param group the comparison group they were computed for
 * @param choices the municipalities the group may be chosen from (the run's, the focus excluded)
 * @param groupError why a chosen group was refused, or null
 * @param funnels the case-mix funnel plots, one per service ({@code FunnelPlot.of})
 */
record SummarySection(
    List<Position> positions,
    ComparisonGroup group,
    List<String> choices,
    String groupError,
    List<FunnelPlot> funnels) {

  static final String FOCUS_COLOUR = "#1F5FAD";
  static final String GROUP_COLOUR = "#E8A33D";
  static final String ALL_COLOUR = "#6E6E6E";

  String html() {
    String focus = Html.escape(name(group.focus()));
    StringBuilder rows = new StringBuilder();
    for (Position p : positions) {
      rows.append(row(p));
    }
    String error =
        groupError == null
            ? ""
            : "<p class=\"error\" id=\"group-error\">" + Html.escape(groupError) + "</p>";
    return """
        <section id="summary"><h2>Sådan ligger %s</h2>%s
        <p id="group">Sammenlignet med <strong id="group-names">%s</strong>. %s</p>
        <p class="legend"><span class="dot focus"></span>%s <span class="dot group"></span>\
        Sammenligningsgruppen <span class="dot all"></span>Alle kommuner. Stregerne er 95\
         pct.-intervaller; "Højere" og "Lavere" betyder, at forskellen er større end usikkerheden.</p>
        <table id="key-figures"><thead><tr><th>Nøgletal</th><th>%s</th><th>95 pct.-int.</th>\
        <th>n</th><th>Gruppen</th><th>n</th><th>Alle kommuner</th><th>Forskel til gruppen</th>\
        <th>Forskel til landet</th><th>Placering</th></tr></thead><tbody>%s</tbody></table>
        %s%s</section>
        """
        .formatted(
            focus,
            error,
            group.isEmpty() ? "landet alene" : Html.escape(group.namesDa()),
            Html.escape(group.howChosenDa()),
            focus,
            focus,
            rows,
            funnelFigures(),
            picker());
  }

  /** The funnel plots side by side, as the PDF's summary has them. */
  private String funnelFigures() {
    StringBuilder html = new StringBuilder();
    for (FunnelPlot plot : funnels) {
      String code = String.valueOf(plot.service());
      String label = Vocabulary.SERVICE.danishOf(code);
      html.append(FunnelSvg.html(plot, label == null ? code : label));
    }
    return html.isEmpty() ? "" : "<div id=\"funnels\">" + html + "</div>\n";
  }

  private String row(Position p) {
    KeyFigure f = p.figure();
    String versusCountry = f.isRatio() ? expected(p.versusCountry()) : p.versusCountry().danish();
    return "<tr><th scope=\"row\">%s</th><td class=\"focus-value\">%s</td><td>%s</td><td>%s</td>"
            .formatted(
                Html.escape(f.label()),
                KeyFigureText.value(f, p.focus()),
                KeyFigureText.interval(f, p.focus()),
                KeyFigureText.n(p.focus()))
        + "<td class=\"group-value\">%s</td><td>%s</td><td class=\"all-value\">%s</td>"
            .formatted(
                KeyFigureText.value(f, p.group()),
                KeyFigureText.n(p.group()),
                KeyFigureText.value(f, p.country()))
        + "<td>%s</td><td>%s</td><td>%s</td></tr>"
            .formatted(p.versusGroup().danish(), versusCountry, chart(p));
  }

  private static String expected(Difference d) {
    return switch (d) {
      case HIGHER -> "Over forventet";
      case LOWER -> "Under forventet";
      case NO_CLEAR_DIFFERENCE -> "Som forventet";
      case UNKNOWN -> "";
    };
  }

  /** Three dots with whiskers on one scale: the municipality, the group, the country. */
  private String chart(Position p) {
    if (p.figure().kind() == KeyFigure.Kind.COUNT) {
      return "";
    }
    List<Estimate> estimates = List.of(p.focus(), p.group(), p.country());
    double low = Double.MAX_VALUE;
    double high = -Double.MAX_VALUE;
    for (Estimate e : estimates) {
      if (e.hasValue()) {
        low = Math.min(low, e.hasInterval() ? e.low() : e.value());
        high = Math.max(high, e.hasInterval() ? e.high() : e.value());
      }
    }
    if (p.figure().isRatio()) {
      low = Math.min(low, 1);
      high = Math.max(high, 1);
    }
    if (low > high) {
      return "";
    }
    double pad = high == low ? 1 : (high - low) * 0.08;
    Scale x = new Scale(low - pad, high + pad, 4, 156);
    StringBuilder svg = new StringBuilder();
    svg.append(
        "<svg class=\"position\" width=\"160\" height=\"40\" viewBox=\"0 0 160 40\" role=\"img\""
            + " aria-label=\"%s\">".formatted(Html.escape("Placering: " + p.figure().label())));
    if (p.figure().isRatio()) {
      svg.append(
          svg(
              "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"40\" stroke=\"#999\""
                  + " stroke-dasharray=\"2 2\"/>",
              x.at(1), x.at(1)));
    }
    String[] colours = {FOCUS_COLOUR, GROUP_COLOUR, ALL_COLOUR};
    for (int i = 0; i < estimates.size(); i++) {
      Estimate e = estimates.get(i);
      if (!e.hasValue()) {
        continue;
      }
      double y = 7 + 13 * i;
      if (e.hasInterval()) {
        svg.append(
            svg(
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                    + " stroke-width=\"1.5\"/>",
                x.at(e.low()), y, x.at(e.high()), y, colours[i]));
      }
      svg.append(
          svg(
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>",
              x.at(e.value()), y, colours[i]));
    }
    return svg.append("</svg>").toString();
  }

  /** SVG coordinates: a decimal point whatever the JVM's locale. */
  private static String svg(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /** A linear scale from values to pixels. */
  private record Scale(double min, double max, double left, double right) {
    double at(double value) {
      return left + (value - min) / (max - min) * (right - left);
    }
  }

  /**
   * Checkboxes of the run's municipalities; the form sends {@code compare} as the page reads it.
   */
  private String picker() {
    StringBuilder boxes = new StringBuilder();
    for (String code : choices) {
      boxes.append(
          "<label class=\"choice\"><input type=\"checkbox\" name=\"compare\" value=\"%s\"%s> %s</label>"
              .formatted(
                  Html.escape(code),
                  group.members().contains(code) ? " checked" : "",
                  Html.escape(name(code))));
    }
    return """
        <details id="choose-group"><summary>Vælg en anden sammenligningsgruppe</summary>
        <form method="get" action="/"><input type="hidden" name="municipality" value="%s">
        <p>Vælg %d–%d kommuner. Gruppens tal lægges sammen af kommunernes offentliggjorte tal.</p>
        <div class="choices">%s</div>
        <button type="submit" id="compare-button">Sammenlign</button>
        <a href="/?municipality=%s">Standardgruppen</a></form></details>
        """
        .formatted(
            Html.escape(group.focus()),
            ComparisonGroup.MIN_MEMBERS,
            ComparisonGroup.MAX_MEMBERS,
            boxes,
            Html.escape(group.focus()));
  }

  private static String name(String code) {
    return Municipalities.danish().nameOf(code);
  }

  /** The query string a chosen group adds to report links: "?compare=147,151,157", or "". */
  String compareQuery() {
    return group.chosen() ? "?compare=" + group.key() : "";
  }
}
