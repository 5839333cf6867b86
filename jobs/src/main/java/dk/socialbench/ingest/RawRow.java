package dk.socialbench.ingest;

import dk.socialbench.contract.DeliveryColumn;

/**
 * One row of a delivery file as read, before validation: the text of each cell by column (null
 * where the file has no such column or the cell is empty), where it came from, and how many
 * non-empty cells stood beyond the header's columns.
 */
record RawRow(String file, long line, String[] cells, int extraCells) {
  String cell(DeliveryColumn column) {
    return cells[column.ordinal()];
  }

  boolean blank() {
    for (String c : cells) {
      if (c != null) {
        return false;
      }
    }
    return extraCells == 0;
  }
}
