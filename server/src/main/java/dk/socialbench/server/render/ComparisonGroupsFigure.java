package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM;
import static dk.socialbench.contract.ResultColumns.PEER_CODE;
import static dk.socialbench.contract.ResultColumns.RANK;
import static dk.socialbench.contract.ResultColumns.SERVICE;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who a municipality is compared with. In a benchmark: the group's members with the published
 * figures that make them alike (cases, mean VUM score, share under §107), beside the municipality's
 * own. In the national report: every municipality's default group, nearest first.
 */
final class ComparisonGroupsFigure implements SectionFigure {
  private final RunDatasets run;

  ComparisonGroupsFigure(RunDatasets run) {
    this.run = run;
  }

  @Override
  public List<FigurePanel> panels(SectionContext context) {
    Perspective perspective = context.perspective();
    return List.of(perspective.hasFocus() ? group(context) : national(context));
  }

  private FigurePanel group(SectionContext context) {
    Perspective perspective = context.perspective();
    DatasetView overview = run.view(DatasetNames.MUNICIPALITY_OVERVIEW);
    DatasetView vum = run.view(DatasetNames.VUM_AND_TARGET);
    DatasetView services = run.view(DatasetNames.PRICE_BY_MUNICIPALITY);
    List<TableRow> rows = new ArrayList<>();
    List<String> who = new ArrayList<>(List.of(perspective.focus()));
    who.addAll(perspective.group().members());
    Cells cells = new Cells(vum, context.minCell());
    for (String code : who) {
      Map<String, Object> own = first(overview, code);
      Map<String, Object> score = first(vum, code);
      rows.add(
          new TableRow(
              Perspective.name(code),
              null,
              List.of(
                  own == null ? "" : new Cells(overview, context.minCell()).count(own, CASES),
                  score == null ? "" : cells.decimal(score, MEAN_VUM, 2),
                  share107(services, code)),
              perspective.emphasis(code)));
    }
    String intro =
        perspective.hasGroup()
            ? "Rapporten sammenligner "
                + perspective.focusName()
                + " med gruppen og med landet. "
                + perspective.group().howChosenDa()
                + " Tabellen viser de offentliggjorte tal, der gør kommunerne sammenlignelige;"
                + " gruppens tal i rapporten er lagt sammen af medlemmernes offentliggjorte tal."
            : perspective.group().howChosenDa();
    return FigurePanel.builder(context.dataset().name(), "Sammenligningsgruppen", intro)
        .table("Kommune", null, List.of("Sager", "Gns. VUM-score", "Andel §107-sager"), rows)
        .footnote(cells.footnote())
        .build();
  }

  private FigurePanel national(SectionContext context) {
    List<TableRow> rows = new ArrayList<>();
    for (String code : context.perspective().others()) {
      List<String> peers =
          context.data().rows(code).stream()
              .sorted(java.util.Comparator.comparing(r -> ((Number) r.get(RANK)).intValue()))
              .map(r -> Perspective.name((String) r.get(PEER_CODE)))
              .toList();
      if (!peers.isEmpty()) {
        rows.add(new TableRow(Perspective.name(code), null, peers, TableRow.Emphasis.NONE));
      }
    }
    int size = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<String> headers = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      headers.add(i + ". nærmest");
    }
    return context.panel(null).table("Kommune", null, headers, rows).build();
  }

  /** The share of a municipality's cases under §107, from the cases of each service. */
  private static String share107(DatasetView services, String code) {
    Map<String, Object> s107 = services.row(code, SERVICE, ResultCodes.SEL107);
    Map<String, Object> s85 = services.row(code, SERVICE, ResultCodes.SEL85);
    boolean withheld =
        (s107 != null && services.isSuppressed(s107, CASES))
            || (s85 != null && services.isSuppressed(s85, CASES));
    if (withheld) {
      return DanishFormat.SUPPRESSED;
    }
    double n107 = s107 == null ? 0 : Cells.real(s107, CASES);
    double n85 = s85 == null ? 0 : Cells.real(s85, CASES);
    return n107 + n85 == 0 ? "" : DanishFormat.share(n107 / (n107 + n85));
  }

  private static Map<String, Object> first(DatasetView view, String code) {
    List<Map<String, Object>> rows = view.rows(code);
    return rows.isEmpty() ? null : rows.get(0);
  }
}
