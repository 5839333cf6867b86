package dk.socialbench.ingest;

import dk.socialbench.UserError;
import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.delivery.CprLike;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The header of a delivery file: which delivery column each physical column holds. A header that
 * does not fit the delivery format stops ingest with a {@link UserError} naming the file.
 *
 * <p>Messages name unknown columns by position and never quote a header cell: a file without a
 * header row has a citizen's CPR number and name in its first line.
 */
final class Header {
  private final DeliveryColumn[] columns;

  private Header(DeliveryColumn[] columns) {
    this.columns = columns;
  }

  /**
   * Reads a header row. Codes and Danish aliases are accepted in any case; trailing empty cells
   * (common in spreadsheet exports) are ignored; optional columns may be left out.
   */
  static Header parse(String file, List<String> cells) {
    int width = cells.size();
    while (width > 0 && isEmpty(cells.get(width - 1))) {
      width--;
    }
    DeliveryColumn[] columns = new DeliveryColumn[width];
    EnumSet<DeliveryColumn> seen = EnumSet.noneOf(DeliveryColumn.class);
    List<Integer> unknown = new ArrayList<>();
    List<Integer> empty = new ArrayList<>();
    boolean looksLikeData = false;
    for (int i = 0; i < width; i++) {
      String cell = cells.get(i) == null ? "" : cells.get(i).replace("\uFEFF", "");
      if (cell.isBlank()) {
        empty.add(i + 1);
        continue;
      }
      DeliveryColumn column = DeliveryColumn.fromHeader(cell).orElse(null);
      if (column == null) {
        unknown.add(i + 1);
        looksLikeData |= looksLikeData(cell.strip());
        continue;
      }
      if (!seen.add(column)) {
        throw new UserError(file + ": line 1: the header names column " + column.code() + " twice");
      }
      columns[i] = column;
    }
    if ((!unknown.isEmpty() || !empty.isEmpty()) && looksLikeData) {
      throw new UserError(
          file
              + ": line 1 holds values (numbers, dates or CPR numbers), not column names: the file"
              + " seems to lack its header row. Add a first line of column names, e.g. "
              + example());
    }
    if (!empty.isEmpty()) {
      throw new UserError(
          file
              + ": line 1: "
              + positions(empty)
              + " of the header "
              + (empty.size() == 1 ? "is" : "are")
              + " empty; every column needs a name from the delivery format");
    }
    if (!unknown.isEmpty()) {
      throw new UserError(
          file
              + ": line 1: the header names "
              + (unknown.size() == 1 ? "a column" : unknown.size() + " columns")
              + " the delivery format does not know: "
              + positions(unknown)
              + " of "
              + width
              + ". Use the codes or Danish names of the format, e.g. "
              + example()
              + ". Is this a delivery file?");
    }
    List<String> missing =
        EnumSet.complementOf(EnumSet.copyOf(seen)).stream()
            .filter(c -> c.presence() == DeliveryColumn.Presence.REQUIRED)
            .map(c -> c.code() + " (" + c.danish() + ")")
            .toList();
    if (!missing.isEmpty()) {
      throw new UserError(
          file + ": line 1: the header lacks required column(s): " + String.join(", ", missing));
    }
    return new Header(columns);
  }

  /** A cell no column name looks like: a CPR number, a date or a number. */
  private static boolean looksLikeData(String cell) {
    return CprLike.in(cell)
        || CellParser.parseDate(cell) != null
        || CellParser.parseNumber(cell) != null;
  }

  private static String positions(List<Integer> columns) {
    return (columns.size() == 1 ? "column " : "columns ")
        + columns.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** The delivery column of physical column {@code index} (from 0), or null if none. */
  DeliveryColumn columnAt(int index) {
    return index < columns.length ? columns[index] : null;
  }

  /** The number of physical columns the header names. */
  int width() {
    return columns.length;
  }

  private static String example() {
    return List.of(
            DeliveryColumn.MUNICIPALITY_CODE, DeliveryColumn.CASE_ID, DeliveryColumn.VUM_SCORE)
        .stream()
        .map(c -> c.code() + " / " + c.danish())
        .collect(Collectors.joining(", "));
  }

  /** The row's cells placed by column; text is trimmed and empty cells become null. */
  RawRow row(String file, long line, List<String> cells) {
    String[] byColumn = new String[DeliveryColumn.values().length];
    int extra = 0;
    for (int i = 0; i < cells.size(); i++) {
      String value = cells.get(i);
      if (isEmpty(value)) {
        continue;
      }
      if (i >= columns.length) {
        extra++;
      } else if (columns[i] != null) {
        byColumn[columns[i].ordinal()] = value.strip();
      }
    }
    return new RawRow(file, line, byColumn, extra);
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isBlank();
  }
}
