package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.COLUMN;
import static dk.socialbench.contract.ResultColumns.MANDATORY;
import static dk.socialbench.contract.ResultColumns.SHARE_FILLED;

import dk.socialbench.contract.Labels;
import dk.socialbench.contract.Municipalities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Data completeness per field: the share of the accepted registrations where a field applies that
 * have it filled, for the focus municipality beside all municipalities (or, nationally, beside the
 * municipality that fills it least). Shares only: the row counts are not published (they would give
 * the exact registrations, docs/privacy.md). The chart shows the optional fields, since accepted
 * rows always have the mandatory ones.
 */
final class CompletenessFigure implements SectionFigure {
  @Override
  public List<FigurePanel> panels(SectionContext context) {
    Perspective perspective = context.perspective();
    String who = perspective.hasFocus() ? perspective.focus() : Municipalities.ALL;
    List<TableRow> rows = new ArrayList<>();
    List<ChartPoint> points = new ArrayList<>();
    for (Object field : context.data().values(COLUMN)) {
      Map<String, Object> own = context.data().row(who, COLUMN, field);
      Map<String, Object> all = context.data().row(Municipalities.ALL, COLUMN, field);
      Map<String, Object> row = own != null ? own : all;
      if (row == null) {
        continue;
      }
      String label = Labels.da(COLUMN, String.valueOf(field));
      List<String> cells = new ArrayList<>();
      cells.add(DanishFormat.share(Cells.real(own, SHARE_FILLED)));
      cells.add(
          perspective.hasFocus()
              ? DanishFormat.share(Cells.real(all, SHARE_FILLED))
              : lowest(context, field));
      boolean mandatory = Boolean.TRUE.equals(row.get(MANDATORY));
      rows.add(new TableRow(label, mandatory ? "Ja" : "Nej", cells, TableRow.Emphasis.NONE));
      if (!mandatory) {
        for (String municipality : perspective.compared()) {
          Map<String, Object> r = context.data().row(municipality, COLUMN, field);
          if (r != null) {
            points.add(
                ChartPoint.bar(
                    Perspective.name(municipality),
                    label,
                    Cells.real(r, SHARE_FILLED),
                    null,
                    null));
          }
        }
      }
    }
    Map<String, String> colours = new HashMap<>();
    perspective.compared().forEach(m -> colours.put(Perspective.name(m), perspective.colour(m)));
    String ownTitle =
        perspective.hasFocus()
            ? "Andel udfyldt, " + perspective.focusName()
            : "Andel udfyldt, alle kommuner";
    return List.of(
        context
            .panel(
                "Diagrammet viser de valgfrie felter for "
                    + context.comparedInWords()
                    + ". Tabellen viser alle felter; andelen er af de godkendte registreringer,"
                    + " hvor feltet er relevant.")
            .chart(
                ChartSpec.grouped(points, ChartSpec.ValueFormat.PERCENT, "Andel udfyldt", colours)
                    .asHorizontal())
            .table(
                "Felt",
                "Obligatorisk",
                List.of(
                    ownTitle,
                    perspective.hasFocus() ? "Andel udfyldt, alle kommuner" : "Laveste kommune"),
                rows)
            .build());
  }

  /** The municipality that fills {@code field} least, with its share: "Ishøj: 12 %". */
  private static String lowest(SectionContext context, Object field) {
    String lowest = null;
    double share = Double.MAX_VALUE;
    for (String municipality : context.perspective().others()) {
      Double s = Cells.real(context.data().row(municipality, COLUMN, field), SHARE_FILLED);
      if (s != null && s < share) {
        share = s;
        lowest = municipality;
      }
    }
    return lowest == null ? "" : Perspective.name(lowest) + ": " + DanishFormat.share(share);
  }
}
