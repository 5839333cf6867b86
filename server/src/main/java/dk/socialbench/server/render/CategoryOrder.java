package dk.socialbench.server.render;

import dk.socialbench.contract.CodeList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a dimension's categories are shown: the contract's {@link CodeList} order
 * (better before worse, as in the KL report's figures); numbers ascending; unknown codes last,
 * alphabetically.
 */
final class CategoryOrder {
  private CategoryOrder() {}

  /** {@code values} of {@code column} in display order. */
  static List<Object> sorted(String column, List<Object> values) {
    List<Object> sorted = new ArrayList<>(values);
    sorted.sort(comparator(column));
    return sorted;
  }

  /** The known codes of {@code column} in display order, or an empty list. */
  static List<String> known(String column) {
    return CodeList.of(column).map(CodeList::codes).orElse(List.of());
  }

  private static Comparator<Object> comparator(String column) {
    List<String> known = known(column);
    return (a, b) -> {
      if (a instanceof Number x && b instanceof Number y) {
        return Double.compare(x.doubleValue(), y.doubleValue());
      }
      int ia = rank(known, a);
      int ib = rank(known, b);
      return ia != ib ? Integer.compare(ia, ib) : String.valueOf(a).compareTo(String.valueOf(b));
    };
  }

  private static int rank(List<String> known, Object value) {
    int i = known.indexOf(String.valueOf(value));
    return i < 0 ? known.size() : i;
  }
}
