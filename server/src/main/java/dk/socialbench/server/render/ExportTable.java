package dk.socialbench.server.render;

import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static dk.socialbench.contract.ResultColumns.SHARE;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ColumnType;
import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.Labels;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A published dataset as a table for a spreadsheet: the municipality's code and name, then every
 * column under its Danish title, codes as Danish labels, suppressed cells as "–". Values keep their
 * types ({@code Long}, {@code Double}, {@code LocalDate}, {@code String}), so that XLSX can store
 * numbers as numbers and CSV can write them with a decimal comma.
 *
 * @param name a short Danish name: "Figur 3.1", "Case-mix"
 * @param percent for each column, whether its numbers are shares (0–1) to show as percentages
 */
record ExportTable(
    String name,
    String title,
    String description,
    List<String> headers,
    List<Boolean> percent,
    List<List<Object>> rows) {

  ExportTable {
    headers = List.copyOf(headers);
    percent = List.copyOf(percent);
    rows = List.copyOf(rows);
  }

  /** The rows of {@code municipalities} of {@code view}, in that order. */
  static ExportTable of(DatasetView view, List<String> municipalities) {
    ResultDataset dataset = view.dataset();
    List<Column> columns =
        dataset.columns().stream().filter(c -> !c.name().equals(MUNICIPALITY_CODE)).toList();
    List<String> headers = new ArrayList<>(List.of("Kommunenummer", "Kommune"));
    List<Boolean> percent = new ArrayList<>(List.of(false, false));
    Set<String> duplicated = duplicatedTitles(columns);
    for (Column c : columns) {
      headers.add(duplicated.contains(c.titleDa()) ? qualified(dataset, c) : c.titleDa());
      percent.add(isShare(dataset, c.name()));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (String municipality : municipalities) {
      for (Map<String, Object> row : view.rows(municipality)) {
        List<Object> values =
            new ArrayList<>(List.of(number(municipality), Perspective.name(municipality)));
        for (Column c : columns) {
          values.add(value(view, row, c));
        }
        rows.add(values);
      }
    }
    return new ExportTable(
        name(dataset), dataset.titleDa(), dataset.descriptionDa(), headers, percent, rows);
  }

  /** The municipality's number; all municipalities together have none ("Alle kommuner"). */
  private static String number(String municipality) {
    return Municipalities.ALL.equals(municipality) || Perspective.GROUP.equals(municipality)
        ? ""
        : municipality;
  }

  /** "Figur 3.1: title", or the title alone when the name says no more. */
  String heading() {
    return name.equals(title) ? title : name + ": " + title;
  }

  private static Object value(DatasetView view, Map<String, Object> row, Column column) {
    if (view.isSuppressed(row, column.name())) {
      return DanishFormat.SUPPRESSED;
    }
    Object v = row.get(column.name());
    if (v instanceof Boolean b) {
      return b ? "Ja" : "Nej";
    }
    if (v instanceof String s && column.role() == Column.Role.DIMENSION) {
      return Labels.da(column.name(), s);
    }
    return v;
  }

  /** "Figur 3.1" for the KL report's figures, otherwise a short name from the dataset. */
  static String name(ResultDataset dataset) {
    String figure = dataset.figure();
    if (!figure.isEmpty() && Character.isDigit(figure.charAt(0))) {
      return "Figur " + figure;
    }
    return switch (dataset.name()) {
      case DatasetNames.MUNICIPALITY_OVERVIEW -> "Datagrundlag";
      case DatasetNames.DATA_COMPLETENESS -> "Datakomplethed";
      case DatasetNames.QUARANTINE_SUMMARY -> "Afviste rækker pr. regel";
      case DatasetNames.REJECTED_ROWS -> "Afviste rækker";
      default -> figure;
    };
  }

  private static Set<String> duplicatedTitles(List<Column> columns) {
    return columns.stream()
        .collect(Collectors.groupingBy(Column::titleDa, Collectors.counting()))
        .entrySet()
        .stream()
        .filter(e -> e.getValue() > 1)
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** "Gns. VUM-mål, nedre 95 pct.": an interval bound named after the value it bounds. */
  private static String qualified(ResultDataset dataset, Column column) {
    String base = base(column.name());
    return dataset
        .column(base)
        .map(b -> b.titleDa() + ", " + column.titleDa().toLowerCase(DanishFormat.DANISH))
        .orElse(column.titleDa());
  }

  private static boolean isShare(ResultDataset dataset, String name) {
    if (dataset.column(name).map(c -> c.type() != ColumnType.DOUBLE).orElse(true)) {
      return false;
    }
    String base = base(name);
    return name.contains(SHARE)
        || (!base.equals(name)
            && (base.equals(SHARE) || dataset.column(base + "_" + SHARE).isPresent()));
  }

  private static String base(String name) {
    return name.replaceFirst("_ci_(low|high)$", "");
  }
}
