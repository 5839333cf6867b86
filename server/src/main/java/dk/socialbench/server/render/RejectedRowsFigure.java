package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.COLUMN;
import static dk.socialbench.contract.ResultColumns.RULE;
import static dk.socialbench.contract.ResultColumns.SOURCE_FILE;
import static dk.socialbench.contract.ResultColumns.SOURCE_LINE;

import dk.socialbench.contract.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The focus municipality's own rejected rows, by file and line, with the field and the rule: where
 * to correct them in its own system. Never a value of the row.
 */
final class RejectedRowsFigure implements SectionFigure {
  @Override
  public List<FigurePanel> panels(SectionContext context) {
    String municipality = context.perspective().focus();
    List<TableRow> rows = new ArrayList<>();
    for (Map<String, Object> row : context.data().rows(municipality)) {
      Object column = row.get(COLUMN);
      rows.add(
          new TableRow(
              String.valueOf(row.get(SOURCE_FILE)),
              DanishFormat.count(Cells.number(row, SOURCE_LINE)),
              List.of(
                  column == null ? "" : Labels.da(COLUMN, String.valueOf(column)),
                  Labels.da(RULE, String.valueOf(row.get(RULE)))),
              TableRow.Emphasis.NONE));
    }
    FigurePanel.Builder panel =
        context.panel(
            "Hver afvist række med fil, linje, felt og regel, så den kan findes og rettes. Værdierne"
                + " gengives ikke.");
    if (rows.isEmpty()) {
      return List.of(
          panel
              .note(
                  "Ingen rækker fra "
                      + context.perspective().focusName()
                      + " er afvist i denne kørsel.")
              .build());
    }
    return List.of(panel.table("Fil", "Linje", List.of("Felt", "Regel"), rows).build());
  }
}
