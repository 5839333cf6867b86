package dk.socialbench.server.render;

import dk.socialbench.server.comparison.RunRows;
import dk.socialbench.server.data.PublishedRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The datasets of one run as {@link DatasetView}s, each indexed once for the run: every rendering
 * of the run reads the same views (and the summary the same rows). Thread-safe; the views are
 * read-only.
 */
final class RunDatasets {
  /** Enough for every dataset of a few municipalities' reports rendered at once. */
  private static final int GROUPED_VIEWS = 128;

  private final RunRows rows;
  private final Map<String, DatasetView> views = new ConcurrentHashMap<>();

  /**
   * Views with a comparison group's rows, the most recently used first out: a municipality's PDF,
   * XLSX and CSV compare the same group, and pre-rendering renders them one after another.
   */
  private final Map<List<Object>, DatasetView> grouped =
      new LinkedHashMap<>(2 * GROUPED_VIEWS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, DatasetView> eldest) {
          return size() > GROUPED_VIEWS;
        }
      };

  private final Object nationalLock = new Object();
  private NationalTables national;

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

  /**
   * The dataset {@code name} with the rows of the comparison group of {@code members} added (see
   * {@link DatasetView#withGroup}); the plain view without members.
   */
  DatasetView view(String name, List<String> members) {
    if (members.isEmpty()) {
      return view(name);
    }
    List<Object> key = List.of(name, members);
    synchronized (grouped) {
      DatasetView known = grouped.get(key);
      if (known != null) {
        return known;
      }
    }
    DatasetView made = view(name).withGroup(members, run().minCell());
    synchronized (grouped) {
      grouped.put(key, made);
    }
    return made;
  }

  /**
   * Every municipality's full tables for the spreadsheets, made on first use with {@code about}
   * heading the national workbook; a rendering that needs them meanwhile waits for them.
   */
  NationalTables nationalTables(List<String> about) {
    synchronized (nationalLock) {
      if (national == null) {
        national = NationalTables.of(this, about);
      }
      return national;
    }
  }
}
