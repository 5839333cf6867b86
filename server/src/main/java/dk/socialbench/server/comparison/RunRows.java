package dk.socialbench.server.comparison;

import dk.socialbench.server.data.PublishedRun;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run's published datasets as {@link PublishedRows}, each indexed once, on first use: a national
 * run's datasets hold tens of thousands of rows, too many to index again for every summary or
 * report. Thread-safe; the rows are read-only.
 *
 * <p>Example: {@code new RunRows(run).get("goals_set").rows("147")}.
 */
public final class RunRows {
  private final PublishedRun run;
  private final Map<String, PublishedRows> datasets = new ConcurrentHashMap<>();

  public RunRows(PublishedRun run) {
    this.run = Objects.requireNonNull(run, "run == null");
  }

  public PublishedRun run() {
    return run;
  }

  /**
   * The dataset {@code name}.
   *
   * @throws java.util.NoSuchElementException if the run does not have it
   */
  public PublishedRows get(String name) {
    return datasets.computeIfAbsent(name, n -> new PublishedRows(run.table(n)));
  }
}
