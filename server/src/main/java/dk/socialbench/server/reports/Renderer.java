package dk.socialbench.server.reports;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.render.Format;
import dk.socialbench.server.render.ReportKind;

/**
 * The seam to the report engine: renders one report file, whole, from a published run.
 *
 * <p>The production implementation is {@code dk.socialbench.server.render.ReportRenderer}, found
 * with {@link java.util.ServiceLoader} (see {@link Renderers#installed()}); tests pass a fake.
 *
 * <p>Implementations are called from many request threads at once and must be thread-safe. They
 * return the complete file or throw: the server never sends a partial file.
 */
public interface Renderer {
  /**
   * Example: {@code render(ReportKind.BENCHMARK, "147", run, Format.PDF)} is Frederiksberg's
   * benchmark PDF.
   *
   * @param municipality a municipality code of the run, or {@code all} for the national report
   */
  byte[] render(ReportKind report, String municipality, PublishedRun run, Format format)
      throws Exception;

  /**
   * The report compared with a chosen comparison group, {@code compare} being its codes
   * ("147,151,157") or empty for the run's default group. A renderer without comparison groups
   * renders the default.
   */
  default byte[] render(
      ReportKind report, String municipality, String compare, PublishedRun run, Format format)
      throws Exception {
    return render(report, municipality, run, format);
  }
}
