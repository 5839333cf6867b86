package dk.socialbench.audit;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultDataset;
import java.util.List;
import java.util.StringJoiner;

/**
 * One published count: a column of a dataset at a key (the row's dimension values, municipality
 * first; a line total's key leaves out the last dimension). Its coordinates are all a finding shows
 * of it: {@code 147, from_registration=1, vum_from=2.0, direction=improved}.
 */
final class Cell {
  private final ResultDataset dataset;
  private final String column;
  private final List<Object> key;

  /**
   * Worked out once: the system's index looks a cell up by it for every count and every term of
   * every constraint it builds (a record would hash its key anew each time).
   */
  private final int hash;

  Cell(ResultDataset dataset, String column, List<Object> key) {
    this.dataset = dataset;
    this.column = column;
    this.key = List.copyOf(key);
    this.hash = (dataset.name().hashCode() * 31 + column.hashCode()) * 31 + this.key.hashCode();
  }

  ResultDataset dataset() {
    return dataset;
  }

  String column() {
    return column;
  }

  List<Object> key() {
    return key;
  }

  /** Whether the cell is in an "all municipalities" row: part of the national figures. */
  boolean national() {
    return Municipalities.ALL.equals(key.get(0));
  }

  /** The row's coordinates as a reader finds them: municipality, then dimension=value. */
  String row() {
    StringJoiner j = new StringJoiner(", ");
    List<Column> dims = dataset.dimensions();
    for (int i = 0; i < key.size(); i++) {
      Object v = key.get(i);
      String shown =
          v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : "" + v;
      j.add(i == 0 ? shown : dims.get(i).name() + "=" + shown);
    }
    return j.toString();
  }

  /**
   * How the manifest names a withheld count: {@code dataset [row] column}, as a finding names its
   * cell, without a reason.
   */
  String id() {
    return dataset.name() + " [" + row() + "] " + column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cell c
        && c.hash == hash
        && c.dataset.name().equals(dataset.name())
        && c.column.equals(column)
        && c.key.equals(key);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return dataset.name() + "[" + row() + "]." + column;
  }
}
