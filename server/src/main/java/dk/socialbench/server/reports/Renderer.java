package dk.socialbench.server.reports;

import dk.socialbench.server.data.PublishedRun;

/**
 * The seam to the report engine: renders one report file, whole, from a published run.
 *
 * <p>The production implementation is {@code dk.socialbench.server.render.ReportRenderer}, found
 * with {@link java.util.ServiceLoader} (see {@link Renderers#installed()}); tests pass a fake.
 *
 * <p>Implementations are called from many request threads at once and must be thread-safe. They
 * return the complete file or throw: the server never sends a partial file. The same request on the
 * same run must give the same bytes (the render cache and the ETags rely on it).
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

  /**
   * The file of {@code request}; what the server calls. A renderer that takes a request parameter
   * beyond the report, municipality and format overrides this.
   */
  default byte[] render(ReportRequest request, PublishedRun run) throws Exception {
    return render(
        request.report(), request.municipality(), request.compare(), run, request.format());
  }

  /**
   * What the renderer's output depends on besides the run, as a short name for a folder: cached
   * files rendered by another version are never served. By default a hash of the code (jar or class
   * folder) of the renderer and of the report templates, so that any new build of either is a new
   * version.
   */
  default String version() {
    return CodeVersion.of(getClass(), dk.socialbench.contract.ResultCatalogue.class);
  }
}
