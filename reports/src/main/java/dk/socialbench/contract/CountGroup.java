package dk.socialbench.contract;

import java.util.List;
import java.util.Objects;

/**
 * Columns of a result dataset that stand or fall together: a count of persons, optionally the
 * number of them with some attribute (the numerator of a share), and the values computed from them.
 * A group is suppressed in a cell when its count, its numerator or the numerator's complement
 * describes fewer persons than the publication threshold (zero is not a person).
 */
public record CountGroup(
    String count, String numerator, List<String> values, String suppressedColumn) {
  public CountGroup {
    Objects.requireNonNull(count, "count == null");
    values = List.copyOf(values);
    Objects.requireNonNull(suppressedColumn, "suppressedColumn == null");
  }
}
