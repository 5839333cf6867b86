package dk.socialbench.server.data;

import dk.socialbench.contract.RunManifest;
import java.util.Objects;

/**
 * A run as the server holds it: the published datasets the reports are rendered from, and the
 * manifest the page and the API describe it with.
 */
public record LoadedRun(PublishedRun run, RunManifest manifest) {
  public LoadedRun {
    Objects.requireNonNull(run, "run == null");
    Objects.requireNonNull(manifest, "manifest == null");
  }

  public String runId() {
    return run.runId();
  }
}
