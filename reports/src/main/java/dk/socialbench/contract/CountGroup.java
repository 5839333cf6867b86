package dk.socialbench.contract;

import java.util.List;
import java.util.Objects;

/**
 * Columns of a result dataset that stand or fall together: a count of persons, optionally the
 * number of them with some attribute (the numerator of a share), and the values computed from them.
 * Publishing perturbs the counts (cell-key method) and recomputes a share from them; it withholds
 * the group's values, and sets {@code suppressedColumn}, where the published count is too small for
 * them (docs/privacy.md).
 */
public record CountGroup(
    String count, String numerator, List<String> values, String suppressedColumn) {
  public CountGroup {
    Objects.requireNonNull(count, "count == null");
    values = List.copyOf(values);
    Objects.requireNonNull(suppressedColumn, "suppressedColumn == null");
  }
}
