package dk.socialbench.audit;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.publish.ResultWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * A run's result tables as its writer still holds them ({@link ResultWriter.Written}), in the form
 * {@link RunTables} reads them from the files: the datasets in the catalogue's order, the columns
 * the files have ({@link ResultDataset#restrictedColumns()}, {@link
 * ResultDataset#publishedColumns()}), and each value as its Parquet type reads back (an {@code INT}
 * an {@code Integer}, a date a {@code LocalDate}). So the gate audits the same tables either way,
 * and can tell whether the files hold exactly these ({@link PublicationGate#sameTables}).
 *
 * <p>Example: {@code HeldTables.of(written).published().get("goals_set").value(0, "cases")}.
 */
record HeldTables(Map<String, Table> published, Map<String, Table> restricted) {
  static HeldTables of(List<ResultWriter.Written> written) {
    Map<String, ResultWriter.Written> byName = new LinkedHashMap<>();
    written.forEach(w -> byName.put(w.dataset().name(), w));
    Map<String, Table> published = new LinkedHashMap<>();
    Map<String, Table> restricted = new LinkedHashMap<>();
    // the catalogue's order, as RunTables reads a run: the audit numbers its counts in that order
    for (ResultDataset d : ResultCatalogue.all()) {
      ResultWriter.Written w = byName.get(d.name());
      if (w != null) {
        restricted.put(d.name(), table(d, d.restrictedColumns(), w.rows()));
        published.put(d.name(), table(d, d.publishedColumns(), w.published()));
      }
    }
    return new HeldTables(published, restricted);
  }

  private static Table table(ResultDataset d, List<Column> columns, List<Row> rows) {
    List<Object[]> values = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Object[] v = new Object[columns.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = asRead(columns.get(i), r.get(i));
      }
      values.add(v);
    }
    return new Table(d, columns.stream().map(Column::name).toList(), values);
  }

  /** {@code value} as the result files store it and {@link RunTables} reads it back. */
  static Object asRead(Column column, Object value) {
    if (value == null) {
      return null;
    }
    return switch (column.type()) {
      case INT -> ((Number) value).intValue();
      case LONG -> ((Number) value).longValue();
      case DOUBLE -> ((Number) value).doubleValue();
      case DATE -> value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
      case BOOLEAN, STRING -> value;
    };
  }
}
