package dk.socialbench.server.render;

import dk.socialbench.server.data.PublishedRun;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The datasets of one run as {@link DatasetView}s, each indexed once for the run: every rendering
 * of the run reads the same views. Thread-safe; the views are read-only.
 */
final class RunDatasets {
  private final PublishedRun run;
  private final Map<String, DatasetView> views = new ConcurrentHashMap<>();

  RunDatasets(PublishedRun run) {
    this.run = run;
  }

  PublishedRun run() {
    return run;
  }

  /** The dataset {@code name}; a clear error if the run does not have it. */
  DatasetView view(String name) {
    return views.computeIfAbsent(name, n -> DatasetView.of(run, n));
  }
}
