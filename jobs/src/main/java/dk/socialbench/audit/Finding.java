package dk.socialbench.audit;

import java.util.Objects;

/**
 * What the audit found wrong with one published cell: where it is (dataset, the row's coordinates,
 * column) and why. It carries no value of the cell and nothing from the restricted rows, so that a
 * finding can be printed, logged and written into the manifest.
 *
 * <p>Example: {@code goal_type [147, goal_type=improvement] cases: published count below the
 * threshold}.
 */
public record Finding(String dataset, String row, String column, String reason) {
  public Finding {
    Objects.requireNonNull(dataset, "dataset == null");
    Objects.requireNonNull(row, "row == null");
    Objects.requireNonNull(column, "column == null");
    Objects.requireNonNull(reason, "reason == null");
  }

  static Finding of(Cell cell, String reason) {
    return new Finding(cell.dataset().name(), cell.row(), cell.column(), reason);
  }

  @Override
  public String toString() {
    return dataset + " [" + row + "] " + column + ": " + reason;
  }
}
