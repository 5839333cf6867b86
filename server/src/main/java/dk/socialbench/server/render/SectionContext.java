package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.REGISTRATION_NUMBER;

import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a section is made from: the published dataset, whose report it is, and the run's publication
 * threshold.
 */
record SectionContext(DatasetView data, Perspective perspective, int minCell) {

  ResultDataset dataset() {
    return data.dataset();
  }

  /** "Figur 3.1: title" for the KL report's figures, the title alone for the others. */
  String heading() {
    ResultDataset d = dataset();
    boolean klFigure = !d.figure().isEmpty() && Character.isDigit(d.figure().charAt(0));
    return klFigure ? "Figur " + d.figure() + ": " + d.titleDa() : d.titleDa();
  }

  /** The contract's description followed by how to read this section's chart. */
  FigurePanel.Builder panel(String readingGuide) {
    String intro = dataset().descriptionDa() + (readingGuide == null ? "" : " " + readingGuide);
    return FigurePanel.builder(dataset().name(), heading(), intro);
  }

  Cells cells() {
    return new Cells(data, minCell);
  }

  /** Who is compared in a chart, in words: "Horsens, sammenligningsgruppen og Alle kommuner". */
  String comparedInWords() {
    return perspective.comparedInWords();
  }

  /** A table line of {@code municipality}: its name, no key, emphasised if it is the focus. */
  TableRow line(String municipality, List<String> cells) {
    return new TableRow(
        Perspective.name(municipality), null, cells, perspective.emphasis(municipality));
  }

  /**
   * {@code rows}, with a first line "(ingen sager)" for the focus municipality if it has none, so
   * that a reader sees it was not forgotten.
   */
  List<TableRow> withFocus(List<TableRow> rows) {
    if (!perspective.hasFocus() || rows.stream().anyMatch(TableRow::isFocus)) {
      return rows;
    }
    List<TableRow> all = new ArrayList<>(rows);
    all.add(0, TableRow.noCases(perspective.focusName()));
    return all;
  }

  /** A benchmark shows registrations up to this number; the later, thinner ones are in XLSX. */
  static final int LAST_REGISTRATION_SHOWN = 4;

  /**
   * The values of {@code key} a table and chart show: all of them, but a benchmark stops at
   * registration {@value #LAST_REGISTRATION_SHOWN}, so that its tables of the focus, the group and
   * the country stay short; the national report and the spreadsheet have every registration.
   */
  List<Object> shown(String key, List<Object> values) {
    if (!perspective.hasGroup() || !REGISTRATION_NUMBER.equals(key)) {
      return values;
    }
    return values.stream().filter(v -> ((Number) v).intValue() <= LAST_REGISTRATION_SHOWN).toList();
  }

  /** The note of a table that stops at registration {@value #LAST_REGISTRATION_SHOWN}, or null. */
  String registrationsNote(String key, int all, int shown) {
    return shown < all && REGISTRATION_NUMBER.equals(key)
        ? "Registrering "
            + (LAST_REGISTRATION_SHOWN + 1)
            + " og senere står i regnearket (XLSX) og i landsrapporten."
        : null;
  }

  /** The non-null {@code notes} as one text, or null if there are none. */
  static String sentences(String... notes) {
    String text =
        java.util.Arrays.stream(notes)
            .filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.joining(" "));
    return text.isEmpty() ? null : text;
  }

  /** The Danish title of {@code column}, as the contract gives it. */
  String title(String column) {
    return dataset().column(column).orElseThrow().titleDa();
  }

  /** {@code value} of the dimension {@code column}, in Danish. */
  static String label(String column, Object value) {
    return CategoryLabels.of(column, value);
  }

  /** Whether {@code row} has {@code value} in {@code column}; a null column matches all rows. */
  static boolean matches(Map<String, Object> row, String column, Object value) {
    return column == null || value.equals(row.get(column));
  }
}
