package dk.socialbench.server.render;

import dk.socialbench.server.comparison.Estimate;
import dk.socialbench.server.comparison.KeyFigure;
import dk.socialbench.server.comparison.MunicipalitySummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's annex: the summary's key figures for every municipality of the run, each with its
 * n, so that a reader can look up any municipality without the body naming them all. The full
 * tables of every analysis are in the spreadsheet and the national report.
 */
final class AnnexFigure {
  /** Key figures per panel: six value columns of "value (n)" fit the page's width. */
  private static final int PER_PANEL = 6;

  private AnnexFigure() {}

  static List<FigurePanel> panels(RunDatasets run, Perspective perspective) {
    List<String> municipalities =
        perspective.everyMunicipality().stream().filter(m -> !m.equals(Perspective.GROUP)).toList();
    List<FigurePanel> panels = new ArrayList<>();
    List<KeyFigure> figures = KeyFigure.ALL;
    for (int from = 0; from < figures.size(); from += PER_PANEL) {
      List<KeyFigure> part = figures.subList(from, Math.min(figures.size(), from + PER_PANEL));
      panels.add(panel(run, perspective, municipalities, part, from == 0));
    }
    return panels;
  }

  private static FigurePanel panel(
      RunDatasets run,
      Perspective perspective,
      List<String> municipalities,
      List<KeyFigure> figures,
      boolean first) {
    List<List<Estimate>> columns = new ArrayList<>();
    for (KeyFigure f : figures) {
      columns.add(MunicipalitySummary.published(run.rows(), f, municipalities));
    }
    List<TableRow> rows = new ArrayList<>();
    boolean withheld = false;
    for (int m = 0; m < municipalities.size(); m++) {
      List<String> cells = new ArrayList<>();
      for (int f = 0; f < figures.size(); f++) {
        Estimate e = columns.get(f).get(m);
        cells.add(KeyFigureText.withN(figures.get(f), e));
        withheld |= e.suppressed();
      }
      String code = municipalities.get(m);
      rows.add(new TableRow(Perspective.name(code), null, cells, perspective.emphasis(code)));
    }
    return FigurePanel.builder(
            "annex",
            "Bilag: nøgletal for alle kommuner",
            "Sammenfatningens nøgletal for hver kommune i kørslen, med antallet af sager (n) i"
                + " parentes. Alle analysernes tabeller for hver kommune står i regnearket (XLSX"
                + " eller CSV) og i landsrapporten.")
        .panelTitle(first ? "Mål, VUM-score og opfølgning" : "Timer, pris, case-mix og progression")
        .table("Kommune", null, figures.stream().map(KeyFigure::label).toList(), rows)
        .footnote(withheld ? Cells.suppressionFootnote(run.run().minCell()) : null)
        .startsPage(first)
        .build();
  }
}
