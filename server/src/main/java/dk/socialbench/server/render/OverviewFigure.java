package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.FIRST_REGISTRATION_DATE;
import static dk.socialbench.contract.ResultColumns.LAST_REGISTRATION_DATE;
import static dk.socialbench.contract.ResultColumns.REGISTRATIONS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The data behind the report: cases, registrations and the period each municipality covers. */
final class OverviewFigure implements SectionFigure {
  @Override
  public List<FigurePanel> panels(SectionContext context) {
    Perspective perspective = context.perspective();
    Cells cells = context.cells();
    List<TableRow> rows = new ArrayList<>();
    for (String municipality : perspective.order()) {
      for (Map<String, Object> row : context.data().rows(municipality)) {
        boolean suppressed = context.data().isSuppressed(row, FIRST_REGISTRATION_DATE);
        rows.add(
            context.line(
                municipality,
                List.of(
                    cells.count(row, CASES),
                    cells.count(row, REGISTRATIONS),
                    suppressed ? DanishFormat.SUPPRESSED : date(row, FIRST_REGISTRATION_DATE),
                    suppressed ? DanishFormat.SUPPRESSED : date(row, LAST_REGISTRATION_DATE))));
      }
    }
    return List.of(
        context
            .panel("Tabellen viser hver kommunes leverance, der indgår i kørslen.")
            .table(
                "Kommune",
                null,
                List.of("Sager", "Registreringer", "Første registrering", "Seneste registrering"),
                rows)
            .footnote(cells.footnote())
            .build());
  }

  private static String date(Map<String, Object> row, String column) {
    return DanishFormat.shortDate((LocalDate) row.get(column));
  }
}
