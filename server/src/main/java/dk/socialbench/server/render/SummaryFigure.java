package dk.socialbench.server.render;

import dk.socialbench.server.comparison.Difference;
import dk.socialbench.server.comparison.KeyFigure;
import dk.socialbench.server.comparison.MunicipalitySummary;
import dk.socialbench.server.comparison.Position;
import dk.socialbench.server.data.PublishedRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's first pages: where the municipality stands on each key figure against its
 * comparison group and the country, with n, intervals and whether each difference is beyond the
 * uncertainty ({@link MunicipalitySummary}, the same figures the web page shows), then a case-mix
 * funnel plot per service, all on one page.
 */
final class SummaryFigure {
  private SummaryFigure() {}

  /** The datasets the summary reads. */
  static List<String> datasets() {
    return MunicipalitySummary.datasets();
  }

  static List<FigurePanel> panels(RunDatasets run, Perspective perspective) {
    List<Position> positions = MunicipalitySummary.of(run.rows(), perspective.group());
    List<FigurePanel> panels = new ArrayList<>();
    panels.add(keyFigures(run.run(), perspective, positions));
    // The funnels show the case-mix ratios the table gives with their intervals, against every
    // municipality: a bar chart of the same ratios would only push them onto a page of their own.
    panels.addAll(FunnelFigure.panels(run, perspective));
    return panels;
  }

  private static FigurePanel keyFigures(
      PublishedRun run, Perspective perspective, List<Position> positions) {
    boolean group = perspective.hasGroup();
    List<TableRow> rows = new ArrayList<>();
    boolean withheld = false;
    for (Position p : positions) {
      KeyFigure f = p.figure();
      List<String> cells = new ArrayList<>();
      cells.add(KeyFigureText.value(f, p.focus()));
      cells.add(KeyFigureText.interval(f, p.focus()));
      cells.add(KeyFigureText.n(p.focus()));
      if (group) {
        cells.add(KeyFigureText.value(f, p.group()));
        cells.add(KeyFigureText.interval(f, p.group()));
        cells.add(KeyFigureText.n(p.group()));
      }
      // The country's n is in the annex and every section; here it would only crowd the table.
      cells.add(KeyFigureText.value(f, p.country()));
      if (group) {
        cells.add(p.versusGroup().danish());
      }
      cells.add(
          p.figure().isRatio() ? versusExpected(p.versusCountry()) : p.versusCountry().danish());
      rows.add(new TableRow(f.label(), null, cells, TableRow.Emphasis.NONE));
      withheld |= p.focus().suppressed() || p.group().suppressed() || p.country().suppressed();
    }
    // "Kommunen", not its name: a name like Ringkøbing-Skjern would break in the narrow column.
    List<String> headers = new ArrayList<>(List.of("Kommunen", "95 pct.-int.", "n"));
    if (group) {
      headers.addAll(List.of("Gruppen", "95 pct.-int.", "n"));
    }
    headers.add("Alle kommuner");
    if (group) {
      headers.add("Forskel til gruppen");
    }
    headers.add("Forskel til landet");
    return FigurePanel.builder(
            "summary", "Sammenfatning: sådan ligger " + perspective.focusName(), intro(perspective))
        .table("Nøgletal", null, headers, rows)
        .note(group ? groupNote(perspective) : perspective.group().howChosenDa())
        .footnote(withheld ? Cells.suppressionFootnote(run.minCell()) : null)
        .build();
  }

  private static String intro(Perspective perspective) {
    String who = perspective.focusName();
    return "Hvor "
        + who
        + " ligger på rapportens nøgletal"
        + (perspective.hasGroup() ? ", mod sammenligningsgruppen og mod landet" : " mod landet")
        + ". 'Højere' og 'Lavere' betyder, at forskellen er større end usikkerheden (95 pct.);"
        + " 'Ingen sikker forskel' betyder, at den kan skyldes tilfældigheder, især når n er lille."
        + " For case-mix-tallene er 1 det forventede ud fra borgernes VUM-score og alder: over 1"
        + " bruger "
        + who
        + " flere timer eller en højere pris end forventet.";
  }

  private static String groupNote(Perspective perspective) {
    return "Sammenligningsgruppen: "
        + perspective.group().namesDa()
        + ". "
        + perspective.group().howChosenDa()
        + " Gruppens tal er lagt sammen af medlemmernes offentliggjorte tal, hvis antal er"
        + " ændret med højst ±2; et medlem, hvis gennemsnit ikke vises, indgår ikke i gruppens"
        + " gennemsnit.";
  }

  private static String versusExpected(Difference d) {
    return switch (d) {
      case HIGHER -> "Over forventet";
      case LOWER -> "Under forventet";
      case NO_CLEAR_DIFFERENCE -> "Som forventet";
      case UNKNOWN -> "";
    };
  }
}
