package dk.socialbench.contract;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a run's files are under the work directory:
 *
 * <pre>
 * WORK/runs/&lt;run-id&gt;/manifest.json
 * WORK/runs/&lt;run-id&gt;/restricted/&lt;dataset&gt;/  full detail, never served
 * WORK/runs/&lt;run-id&gt;/published/&lt;dataset&gt;/   counts perturbed; all the server reads
 * WORK/runs/&lt;run-id&gt;/curated/registrations/  the accepted registrations (Parquet, by municipality)
 * WORK/runs/&lt;run-id&gt;/quarantine/             the rejected rows and why (never served)
 * WORK/runs/LATEST                      the id of the newest complete run
 * </pre>
 *
 * <p>A run's curated data and quarantine live in its own directory, so that replacing {@code
 * LATEST} commits all of a run at once; they are kept for the newest run only. Readers of the
 * curated data resolve it through {@code LATEST}: {@code layout.registrations(latestRunId)}.
 *
 * <p>Example: {@code new RunLayout(work).published("20261124-101500-ab12", "goal_type")}.
 */
public record RunLayout(Path work) {
  /** Run ids are generated as {@code yyyyMMdd-HHmmss-xxxx}; anything else is refused. */
  public static final Pattern RUN_ID = Pattern.compile("[0-9]{8}-[0-9]{6}-[0-9a-f]{4,16}");

  public RunLayout {
    Objects.requireNonNull(work, "work == null");
  }

  public Path runs() {
    return work.resolve("runs");
  }

  /** The file naming the newest complete run. */
  public Path latest() {
    return runs().resolve("LATEST");
  }

  public Path run(String runId) {
    if (!RUN_ID.matcher(runId).matches()) {
      throw new IllegalArgumentException("not a run id: " + runId);
    }
    return runs().resolve(runId);
  }

  /** The run's curated data (present for the run {@code LATEST} names). */
  public Path curated(String runId) {
    return run(runId).resolve("curated");
  }

  /** The run's curated registrations (Parquet, partitioned by municipality). */
  public Path registrations(String runId) {
    return curated(runId).resolve("registrations");
  }

  /** The run's quarantine: the rejected rows, as Parquet ({@code rows/}) and as a CSV. */
  public Path quarantine(String runId) {
    return run(runId).resolve("quarantine");
  }

  public Path manifest(String runId) {
    return run(runId).resolve("manifest.json");
  }

  public Path restricted(String runId, String dataset) {
    return run(runId).resolve("restricted").resolve(dataset);
  }

  public Path published(String runId, String dataset) {
    return run(runId).resolve("published").resolve(dataset);
  }
}
