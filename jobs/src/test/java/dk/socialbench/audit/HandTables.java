package dk.socialbench.audit;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.publish.PerturbationTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tables written out by hand in the tests, in the columns each test names. */
final class HandTables {
  private HandTables() {}

  static Table table(String dataset, List<String> columns, Object[]... rows) {
    return new Table(ResultCatalogue.byName(dataset), columns, List.of(rows));
  }

  static Object[] row(Object... values) {
    return values;
  }

  /** The cell key whose place in [0, 1) is {@code u}: the table reads it as that quantile. */
  static long key(double u) {
    return (long) (u * PerturbationTable.KEYS);
  }

  static Map<String, Table> byName(Table... tables) {
    Map<String, Table> m = new LinkedHashMap<>();
    for (Table t : tables) {
      m.put(t.dataset().name(), t);
    }
    return m;
  }
}
