package dk.socialbench.server.render;

import java.util.Map;

/**
 * Formats the cells of one panel's table from a dataset's rows, printing "–" for suppressed cells
 * and remembering that it did, so that the panel gets the footnote that explains the dash.
 */
final class Cells {
  private final DatasetView view;
  private final int minCell;
  private boolean sawSuppressed;

  Cells(DatasetView view, int minCell) {
    this.view = view;
    this.minCell = minCell;
  }

  /**
   * The footnote every panel with a "–" carries: a figure of too few persons, or a count the
   * publication gate withheld so that a small count cannot be worked out from the others.
   */
  static String suppressionFootnote(int minCell) {
    // One line under a table, as before the repair: a second line per table would cost pages.
    return "– : for få personer (gennemsnit: flere end "
        + minCell
        + ", median: mindst "
        + 2 * minCell
        + ") eller holdt tilbage, så et lille antal ikke kan regnes ud af de øvrige tal";
  }

  /**
   * What the cell-key method does to the published counts, for every report and the page: the
   * reader must know that a total need not be the sum of its parts.
   */
  static String perturbationNote() {
    return "Antal personer er ændret tilfældigt med højst ±2, så ingen borger kan genkendes;"
        + " 1–4 personer vises som 0 eller 5, og de samme personer giver altid det samme tal."
        + " Andele og intervaller er beregnet af de ændrede antal. En total behøver derfor ikke"
        + " være summen af sine dele, og Alle kommuner ikke summen af kommunerne.";
  }

  String count(Map<String, Object> row, String column) {
    return suppressed(row, column)
        ? DanishFormat.SUPPRESSED
        : DanishFormat.count(number(row, column));
  }

  String share(Map<String, Object> row, String column) {
    return suppressed(row, column)
        ? DanishFormat.SUPPRESSED
        : DanishFormat.share(real(row, column));
  }

  /** A share with its count in brackets: {@code "78 % (31)"}. */
  String shareAndCount(Map<String, Object> row, String shareColumn, String countColumn) {
    if (suppressed(row, shareColumn) || suppressed(row, countColumn)) {
      return DanishFormat.SUPPRESSED;
    }
    return DanishFormat.share(real(row, shareColumn))
        + " ("
        + DanishFormat.count(number(row, countColumn))
        + ")";
  }

  String shareInterval(Map<String, Object> row, String low, String high) {
    if (suppressed(row, low) || suppressed(row, high)) {
      return DanishFormat.SUPPRESSED;
    }
    return DanishFormat.shareInterval(real(row, low), real(row, high));
  }

  String decimal(Map<String, Object> row, String column, int digits) {
    if (suppressed(row, column)) {
      return DanishFormat.SUPPRESSED;
    }
    return DanishFormat.decimal(real(row, column), digits);
  }

  String interval(Map<String, Object> row, String low, String high, int digits) {
    if (suppressed(row, low) || suppressed(row, high)) {
      return DanishFormat.SUPPRESSED;
    }
    return DanishFormat.interval(real(row, low), real(row, high), digits);
  }

  /** The footnote for this panel, or null if it printed no "–". */
  String footnote() {
    return sawSuppressed ? suppressionFootnote(minCell) : null;
  }

  /** Marks the panel as showing a suppressed value without formatting one (a missing bar). */
  void noteSuppressed() {
    sawSuppressed = true;
  }

  private boolean suppressed(Map<String, Object> row, String column) {
    if (row == null) {
      return false;
    }
    boolean suppressed = view.isSuppressed(row, column);
    sawSuppressed |= suppressed;
    return suppressed;
  }

  static Number number(Map<String, Object> row, String column) {
    return row == null ? null : (Number) row.get(column);
  }

  static Double real(Map<String, Object> row, String column) {
    Number n = number(row, column);
    return n == null ? null : n.doubleValue();
  }
}
