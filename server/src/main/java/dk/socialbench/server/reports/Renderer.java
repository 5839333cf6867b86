package dk.socialbench.server.reports;

import dk.socialbench.server.data.PublishedRun;

/**
 * The seam to the report engine: renders one report file, whole, from a published run.
 *
 * <p>The production implementation adapts {@code dk.socialbench.server.render.ReportRenderer}
 * ({@code ReportKind.valueOf(report.name())}, {@code Format.valueOf(format.name())}) and is found
 * with {@link java.util.ServiceLoader} (see {@link Renderers#installed()}); tests pass a fake.
 *
 * <p>Implementations are called from many request threads at once and must be thread-safe. They
 * return the complete file or throw: the server never sends a partial file.
 */
public interface Renderer {
  /**
   * Example: {@code render(Report.BENCHMARK, "147", run, FileFormat.PDF)} is Frederiksberg's
   * benchmark PDF.
   *
   * @param municipality a municipality code of the run, or {@code all} for the national report
   */
  byte[] render(Report report, String municipality, PublishedRun run, FileFormat format)
      throws Exception;
}
