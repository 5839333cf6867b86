package dk.socialbench.server.data;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a run's manifest and every dataset of {@link ResultCatalogue} from its {@code published/}
 * folder. Only {@code published/} is read: {@code restricted/} holds unsuppressed cells and must
 * never reach the server.
 *
 * <p>Example: {@code new RunLoader(new RunLayout(work)).load("20261124-101500-ab12")}.
 */
public final class RunLoader {
  private static final Logger LOG = LoggerFactory.getLogger(RunLoader.class);

  private final RunLayout layout;

  public RunLoader(RunLayout layout) {
    this.layout = Objects.requireNonNull(layout, "layout == null");
  }

  /** Loads run {@code runId}; fails with a message naming the first problem found. */
  public LoadedRun load(String runId) throws RunLoadException {
    if (!RunLayout.RUN_ID.matcher(runId).matches()) {
      throw new RunLoadException(
          layout.latest() + " names '" + runId + "', which is not a run id (yyyyMMdd-HHmmss-hex)");
    }
    RunManifest manifest = readManifest(runId);
    Map<String, Table> tables = new LinkedHashMap<>();
    for (ResultDataset dataset : ResultCatalogue.all()) {
      Table table = PublishedDatasetReader.read(dataset, layout.published(runId, dataset.name()));
      tables.put(dataset.name(), table);
    }
    warnAboutRowCounts(runId, manifest, tables);
    PublishedRun run =
        new PublishedRun(
            runId,
            manifest.created(),
            manifest.dataPeriod().first(),
            manifest.dataPeriod().last(),
            manifest.minCell(),
            manifest.municipalities(),
            tables);
    return new LoadedRun(run, manifest);
  }

  /** Reads the manifest and checks that it has what serving the run needs. */
  private RunManifest readManifest(String runId) throws RunLoadException {
    Path file = layout.manifest(runId);
    RunManifest m;
    try {
      m = RunManifest.read(file);
    } catch (UncheckedIOException e) {
      throw new RunLoadException("run " + runId + ": " + e.getMessage(), e);
    }
    String problem = null;
    if (!runId.equals(m.runId())) {
      problem = "run_id is '" + m.runId() + "', expected '" + runId + "'";
    } else if (m.created() == null) {
      problem = "'created' is missing";
    } else if (m.minCell() < 1) {
      problem = "'min_cell' is missing or below 1";
    } else if (m.dataPeriod() == null
        || m.dataPeriod().first() == null
        || m.dataPeriod().last() == null) {
      problem = "'data_period' needs 'first' and 'last'";
    } else if (m.municipalities() == null) {
      problem = "'municipalities' is missing";
    }
    if (problem != null) {
      throw new RunLoadException("run " + runId + ": " + file + ": " + problem);
    }
    return m;
  }

  /** A count that differs from the manifest is worth a look, but the Parquet files are the data. */
  private static void warnAboutRowCounts(
      String runId, RunManifest manifest, Map<String, Table> tables) {
    // An older or hand-made manifest may have no list: nothing to compare then.
    List<RunManifest.DatasetSummary> summaries =
        manifest.datasets() == null ? List.of() : manifest.datasets();
    for (RunManifest.DatasetSummary summary : summaries) {
      Table table = tables.get(summary.name());
      if (table != null && table.size() != summary.rows()) {
        LOG.warn(
            "run {}: manifest says {} has {} rows, its Parquet files have {}",
            runId,
            summary.name(),
            summary.rows(),
            table.size());
      }
    }
  }
}
