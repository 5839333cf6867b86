package dk.socialbench.publish;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The linear relations among a dataset's cells that subtraction could exploit: for each additive
 * dimension, the rows that agree on every other dimension add up to a known total (the line total
 * for a category; the "all" row, itself part of the relation, for municipalities).
 */
final class Lines {
  private Lines() {}

  /** Each line as the indices of its rows. */
  static List<List<Integer>> of(
      ResultDataset dataset, List<Object[]> rows, Map<String, Integer> index) {
    List<Column> dimensions = dataset.dimensions();
    List<List<Integer>> lines = new ArrayList<>();
    for (Column along : dimensions) {
      if (!along.additive()) {
        continue;
      }
      Map<List<Object>, List<Integer>> byRest = new LinkedHashMap<>();
      for (int r = 0; r < rows.size(); r++) {
        Object[] key = new Object[dimensions.size() - 1];
        int k = 0;
        for (Column other : dimensions) {
          if (other != along) {
            key[k++] = rows.get(r)[index.get(other.name())];
          }
        }
        byRest.computeIfAbsent(Arrays.asList(key), x -> new ArrayList<>()).add(r);
      }
      lines.addAll(byRest.values());
    }
    return lines;
  }
}
