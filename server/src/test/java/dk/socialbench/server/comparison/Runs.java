package dk.socialbench.server.comparison;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Small published runs written out by hand, rows in the published columns' order. */
final class Runs {
  static final String RUN_ID = "20261124-101500-ab12";

  private Runs() {}

  static PublishedRun of(List<String> municipalities, Map<String, List<Object[]>> rows) {
    Map<String, Table> tables =
        rows.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey,
                    e -> new Table(ResultCatalogue.byName(e.getKey()), e.getValue())));
    return new PublishedRun(
        RUN_ID,
        Instant.parse("2026-11-24T09:15:00Z"),
        LocalDate.of(2014, 1, 3),
        LocalDate.of(2016, 12, 28),
        5,
        municipalities,
        tables);
  }

  static List<String> columns(String dataset) {
    ResultDataset d = ResultCatalogue.byName(dataset);
    return d.publishedColumns().stream().map(c -> c.name()).toList();
  }
}
