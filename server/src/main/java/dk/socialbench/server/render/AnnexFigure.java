package dk.socialbench.server.render;

import dk.socialbench.server.comparison.Estimate;
import dk.socialbench.server.comparison.KeyFigure;
import dk.socialbench.server.comparison.MunicipalitySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's annex: one table with the summary's key figures for every municipality of the
 * run, so that a reader can look up any municipality without the body naming them all. One table of
 * ten columns keeps a national run's annex to two pages; the two shares of cases with an improved
 * VUM score, mostly withheld for single municipalities, and every n and interval are in the
 * spreadsheet and the national report. The annex follows the last section on its page when there is
 * room for its start (as the sections follow each other): starting it on a page of its own made one
 * benchmark in six of a national run 26 pages.
 */
final class AnnexFigure {
  /** The annex's key figures by their summary label, with the annex's shorter column titles. */
  private static final Map<String, String> COLUMNS =
      Map.ofEntries(
          Map.entry("Sager", "Sager"),
          Map.entry("Mål sat ved 1. registrering", "Mål sat"),
          Map.entry("Mål om forbedret funktionsevne", "Mål om bedre funktion"),
          Map.entry("Gns. VUM-score ved 1. registrering", "Gns. VUM-score"),
          Map.entry(
              "Forbedringsmål helt eller delvist opfyldt (1. → 2. reg.)", "Mål opfyldt 1.–2. reg."),
          Map.entry("Gns. måneder fra 1. til 2. registrering", "Måneder 1.–2. reg."),
          Map.entry("§85: gns. timer pr. måned", "§85 timer pr. md."),
          Map.entry("§107: gns. dagspris (kr.)", "§107 dagspris (kr.)"),
          Map.entry("§85: timer, faktisk/forventet (case-mix)", "§85 faktisk/ forventet"),
          Map.entry("§107: pris, faktisk/forventet (case-mix)", "§107 faktisk/ forventet"));

  private AnnexFigure() {}

  static List<FigurePanel> panels(RunDatasets run, Perspective perspective) {
    List<String> municipalities =
        perspective.everyMunicipality().stream().filter(m -> !m.equals(Perspective.GROUP)).toList();
    List<KeyFigure> figures =
        KeyFigure.ALL.stream().filter(f -> COLUMNS.containsKey(f.label())).toList();
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
        cells.add(KeyFigureText.value(figures.get(f), e));
        withheld |= e.suppressed();
      }
      String code = municipalities.get(m);
      rows.add(new TableRow(Perspective.name(code), null, cells, perspective.emphasis(code)));
    }
    FigurePanel annex =
        FigurePanel.builder(
                "annex",
                "Bilag: nøgletal for alle kommuner",
                "Sammenfatningens nøgletal for hver kommune i kørslen. Antallet af sager bag hvert"
                    + " tal, intervallerne og alle analysernes tabeller for hver kommune står i"
                    + " regnearket (XLSX eller CSV) og i landsrapporten.")
            .table(
                "Kommune", null, figures.stream().map(f -> COLUMNS.get(f.label())).toList(), rows)
            .footnote(withheld ? Cells.suppressionFootnote(run.run().minCell()) : null)
            .startsPage(false)
            .build();
    return List.of(annex);
  }
}
