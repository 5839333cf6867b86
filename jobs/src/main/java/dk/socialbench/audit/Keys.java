package dk.socialbench.audit;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultDataset;
import java.util.List;

/** Dimension values as the auditor compares them: a stage 1 (INT) matches a relation's 1. */
final class Keys {
  private Keys() {}

  /** Numbers as doubles (dimensions hold small whole numbers and VUM scores), the rest as is. */
  static Object normal(Object v) {
    return v instanceof Number n ? (Object) n.doubleValue() : v;
  }

  /** The position of {@code dimension} in a key of {@code dataset}, or -1. */
  static int position(ResultDataset dataset, String dimension) {
    List<Column> dims = dataset.dimensions();
    for (int i = 0; i < dims.size(); i++) {
      if (dims.get(i).name().equals(dimension)) {
        return i;
      }
    }
    return -1;
  }
}
