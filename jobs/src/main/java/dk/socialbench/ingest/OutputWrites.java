package dk.socialbench.ingest;

import dk.socialbench.spark.TaskClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Ingest's three last passes over its cached rows, run at once: the curated write, the quarantine
 * (Parquet and CSV) and the count of accepted cells naming another citizen. They read the same
 * cache and write different places, and on a small input each is mostly the driver planning one
 * query and a task or two, so one alone leaves a core idle (docs/benchmarks.md 1.51).
 *
 * <p>All three have ended when {@link #run} returns, failed or not, so that the caller may release
 * the cache and the broadcast they read. A failure is reported as a sequential run would have
 * reported it: the curated write's first, then the quarantine's, then the count's.
 */
final class OutputWrites {
  private final Map<String, Long> quarantinedByRule;
  private final Map<String, Long> cellsNamingOthers;

  private OutputWrites(Map<String, Long> quarantinedByRule, Map<String, Long> cellsNamingOthers) {
    this.quarantinedByRule = quarantinedByRule;
    this.cellsNamingOthers = cellsNamingOthers;
  }

  /** Runs the three, the curated write on the calling thread, and waits for all of them. */
  static OutputWrites run(
      Runnable curated,
      Supplier<Map<String, Long>> quarantine,
      Supplier<Map<String, Long>> namingOthers) {
    ExecutorService pool = Executors.newFixedThreadPool(2, OutputWrites::daemon);
    try {
      Future<Map<String, Long>> byRule = pool.submit(quarantine::get);
      Future<Map<String, Long>> others = pool.submit(namingOthers::get);
      List<Throwable> failures = new ArrayList<>();
      try {
        curated.run();
      } catch (RuntimeException | Error e) {
        failures.add(e);
      }
      Map<String, Long> rules = await(byRule, failures);
      Map<String, Long> names = await(others, failures);
      if (!failures.isEmpty()) {
        Throwable first = failures.get(0);
        failures.subList(1, failures.size()).forEach(first::addSuppressed);
        if (first instanceof RuntimeException r) {
          throw r;
        }
        if (first instanceof Error e) {
          throw e;
        }
        throw new IllegalStateException(first);
      }
      return new OutputWrites(rules, names);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The task's value, or null with its failure added to {@code failures}. */
  private static <T> T await(Future<T> task, List<Throwable> failures) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      failures.add(e.getCause());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      failures.add(new IllegalStateException("interrupted while writing ingest's output", e));
      return null;
    }
  }

  private static Thread daemon(Runnable r) {
    // Code compiled here is then not compiled again by the query's tasks (TaskClassLoader).
    Thread t = TaskClassLoader.shareWith(new Thread(r, "socialbench-ingest-output"));
    t.setDaemon(true);
    return t;
  }

  /** The quarantined rows by their first rule ({@code IngestOutput.write}). */
  Map<String, Long> quarantinedByRule() {
    return quarantinedByRule;
  }

  /** Each file's accepted cells naming another citizen ({@code NamePairs.cellsNamingOthers}). */
  Map<String, Long> cellsNamingOthers() {
    return cellsNamingOthers;
  }
}
