package dk.socialbench.server.render;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.data.PublishedRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's first page: the key figures of the sections that follow, for the focus
 * municipality and all municipalities, each with its n and the range across the municipalities.
 */
final class SummaryFigure {
  /** One key figure: a value of one row of a dataset, and the column that counts its cases. */
  private record KeyFigure(
      String label,
      String dataset,
      String column,
      Object code,
      String value,
      String n,
      int digits) {
    /** A value shown as a percentage. */
    static final int SHARE = -1;
  }

  private static final List<KeyFigure> KEY_FIGURES =
      List.of(
          new KeyFigure("Sager", "municipality_overview", null, null, "cases", null, 0),
          new KeyFigure(
              "Mål sat ved 1. registrering",
              "goals_set",
              "goals_set",
              "yes",
              "share",
              "total",
              KeyFigure.SHARE),
          new KeyFigure(
              "Mål om forbedret funktionsevne",
              "goal_type",
              "goal_type",
              "improvement",
              "share",
              "total",
              KeyFigure.SHARE),
          new KeyFigure(
              "Gns. VUM-score ved 1. registrering",
              "vum_and_target",
              null,
              null,
              "mean_vum",
              "cases",
              2),
          new KeyFigure(
              "Forbedringsmål helt eller delvist opfyldt (1. → 2. reg.)",
              "improvement_goal_fulfilment",
              "fulfilled",
              "yes",
              "share",
              "total",
              KeyFigure.SHARE),
          new KeyFigure(
              "Gns. måneder fra 1. til 2. registrering",
              "follow_up_interval",
              "registration_number",
              2,
              "mean",
              "cases",
              1),
          new KeyFigure(
              "§85: gns. timer pr. måned",
              "price_by_municipality",
              "service",
              "SEL85",
              "mean",
              "cases",
              1),
          new KeyFigure(
              "§107: gns. dagspris (kr.)",
              "price_by_municipality",
              "service",
              "SEL107",
              "mean",
              "cases",
              0),
          new KeyFigure(
              "§85: timer, faktisk/forventet (case-mix)",
              "casemix_benchmark",
              "service",
              "SEL85",
              "ratio",
              "cases",
              2),
          new KeyFigure(
              "§107: pris, faktisk/forventet (case-mix)",
              "casemix_benchmark",
              "service",
              "SEL107",
              "ratio",
              "cases",
              2),
          new KeyFigure(
              "§85: forbedret VUM-score (1. → 2. reg.)",
              "progression_by_price",
              "service",
              "SEL85",
              "vum_improved_share",
              "vum_cases",
              KeyFigure.SHARE),
          new KeyFigure(
              "§107: forbedret VUM-score (1. → 2. reg.)",
              "progression_by_price",
              "service",
              "SEL107",
              "vum_improved_share",
              "vum_cases",
              KeyFigure.SHARE));

  private SummaryFigure() {}

  /** The datasets the summary reads. */
  static List<String> datasets() {
    return KEY_FIGURES.stream().map(KeyFigure::dataset).distinct().toList();
  }

  static FigurePanel panel(RunDatasets datasets, Perspective perspective) {
    PublishedRun run = datasets.run();
    String focus = perspective.focus();
    List<TableRow> rows = new ArrayList<>();
    boolean suppressed = false;
    for (KeyFigure figure : KEY_FIGURES) {
      DatasetView data = datasets.view(figure.dataset());
      Cells cells = new Cells(data, run.minCell());
      Map<String, Object> own = row(data, figure, focus);
      Map<String, Object> all = row(data, figure, Municipalities.ALL);
      rows.add(
          new TableRow(
              figure.label(),
              null,
              List.of(
                  value(cells, own, figure),
                  n(cells, own, figure),
                  value(cells, all, figure),
                  n(cells, all, figure),
                  range(data, perspective, figure)),
              TableRow.Emphasis.NONE));
      suppressed |= cells.footnote() != null;
    }
    String heading = "Sammenfatning: sådan ligger " + perspective.focusName();
    String intro =
        "Nøgletallene fra rapportens sider samlet ét sted for "
            + perspective.focusName()
            + " og Alle kommuner. n er antallet af sager bag tallet, og spændet er den laveste og"
            + " den højeste værdi blandt kommunerne i kørslen. Faktisk/forventet er kommunens"
            + " forbrug i forhold til, hvad borgernes VUM-score og alder tilsiger: over 1 er mere"
            + " end forventet. Husk usikkerheden, når n er lille.";
    return FigurePanel.builder("summary", heading, intro)
        .table(
            "Nøgletal",
            null,
            List.of(perspective.focusName(), "n", "Alle kommuner", "n", "Spænd blandt kommunerne"),
            rows)
        .footnote(suppressed ? Cells.suppressionFootnote(run.minCell()) : null)
        .build();
  }

  private static Map<String, Object> row(DatasetView data, KeyFigure figure, String municipality) {
    if (figure.column() == null) {
      List<Map<String, Object>> rows = data.rows(municipality);
      return rows.isEmpty() ? null : rows.get(0);
    }
    return data.row(municipality, figure.column(), figure.code());
  }

  private static String value(Cells cells, Map<String, Object> row, KeyFigure figure) {
    if (row == null) {
      return "";
    }
    return figure.digits() == KeyFigure.SHARE
        ? cells.share(row, figure.value())
        : cells.decimal(row, figure.value(), figure.digits());
  }

  private static String n(Cells cells, Map<String, Object> row, KeyFigure figure) {
    return row == null || figure.n() == null ? "" : cells.count(row, figure.n());
  }

  /** The lowest and highest published value among the municipalities: "1,2–3,4". */
  private static String range(DatasetView data, Perspective perspective, KeyFigure figure) {
    double low = Double.MAX_VALUE;
    double high = -Double.MAX_VALUE;
    List<String> municipalities = new ArrayList<>(perspective.others());
    municipalities.add(perspective.focus());
    for (String municipality : municipalities) {
      Map<String, Object> row = row(data, figure, municipality);
      Double v = Cells.real(row, figure.value());
      if (v != null && !data.isSuppressed(row, figure.value())) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    if (low > high) {
      return "";
    }
    return figure.digits() == KeyFigure.SHARE
        ? DanishFormat.shareInterval(low, high)
        : DanishFormat.interval(low, high, figure.digits());
  }
}
