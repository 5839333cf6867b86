package dk.socialbench.server.render;

import dk.socialbench.server.comparison.RunRows;
import dk.socialbench.server.data.PublishedRun;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The datasets of one run as {@link DatasetView}s, each indexed once for the run: every rendering
 * of the run reads the same views (and the summary the same rows). Thread-safe; the views are
 * read-only.
 */
final class RunDatasets {
  private final RunRows rows;
  private final Map<String, DatasetView> views = new ConcurrentHashMap<>();

  RunDatasets(PublishedRun run) {
    this.rows = new RunRows(run);
  }

  PublishedRun run() {
    return rows.run();
  }

  /** The run's rows, indexed, for the summary. */
  RunRows rows() {
    return rows;
  }

  /** The dataset {@code name}; a clear error if the run does not have it. */
  DatasetView view(String name) {
    return views.computeIfAbsent(
        name,
        n -> {
          if (run().find(n).isEmpty()) {
            throw ReportUnavailableException.missingDataset(run(), n);
          }
          return new DatasetView(rows.get(n));
        });
  }
}
