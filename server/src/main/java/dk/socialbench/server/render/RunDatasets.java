package dk.socialbench.server.render;

import dk.socialbench.server.data.PublishedRun;
import java.util.HashMap;
import java.util.Map;

/**
 * The datasets of one run as {@link DatasetView}s, each indexed once per rendering although the
 * summary and the sections both read it. Not thread-safe: one per rendering.
 */
final class RunDatasets {
  private final PublishedRun run;
  private final Map<String, DatasetView> views = new HashMap<>();

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
