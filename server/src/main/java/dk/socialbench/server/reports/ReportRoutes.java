package dk.socialbench.server.reports;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.access.Authenticator;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.http.CompareParam;
import dk.socialbench.server.http.MunicipalityParam;
import dk.socialbench.server.http.RunRequired;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.jetty.ee10.servlet.HttpOutput;

/**
 * {@code GET /reports/{report}/{municipality}.{format}}: a report file, whole, with an ETag; a
 * benchmark takes {@code ?compare=147,151,157} for a chosen comparison group. A cached file is sent
 * from its mapping of the cache file, outside the heap; a file to render is waited for without
 * holding a request thread, and refused with 503 and {@code Retry-After} when too many wait.
 */
public final class ReportRoutes {
  /** The response header naming the run a file was rendered from. */
  public static final String RUN_HEADER = "X-Socialbench-Run";

  /**
   * The response header saying whether the file came from the cache: {@code hit} or {@code miss}.
   */
  public static final String CACHE_HEADER = "X-Socialbench-Cache";

  private final Authenticator authenticator;
  private final RunRequired runs;
  private final ReportService reports;

  /** Send a file just rendered, so that a slow client never holds a render thread. */
  private final ExecutorService senders =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "report-sender");
            t.setDaemon(true);
            return t;
          });

  public ReportRoutes(Authenticator authenticator, RunRequired runs, ReportService reports) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator == null");
    this.runs = Objects.requireNonNull(runs, "runs == null");
    this.reports = Objects.requireNonNull(reports, "reports == null");
  }

  public void download(Context ctx) throws IOException {
    Principal who = authenticator.require(ctx);
    ReportRequest path = ReportRequest.parse(ctx.pathParam("report"), ctx.pathParam("file"));
    checkAccess(who, path);
    LoadedRun run = runs.get();
    MunicipalityParam.requireInRun(path.municipality(), run.run());
    ReportRequest request =
        path.comparedWith(
            CompareParam.key(
                ctx.queryParam("compare"),
                path.report() == ReportKind.BENCHMARK,
                path.municipality(),
                run.run()));
    ReportService.Answer answer;
    try {
      answer = reports.file(request, run.run());
    } catch (RenderQueueFullException e) {
      ctx.header("Retry-After", Integer.toString(RenderQueueFullException.RETRY_AFTER_SECONDS));
      throw e;
    }
    if (answer.cached()) {
      send(ctx, request, run, answer.file().join(), "hit");
      return;
    }
    ctx.future(
        () ->
            answer
                .file()
                .thenAcceptAsync(
                    file -> {
                      try {
                        send(ctx, request, run, file, "miss");
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      }
                    },
                    senders));
  }

  private void send(
      Context ctx, ReportRequest request, LoadedRun run, RenderedFile file, String cache)
      throws IOException {
    ctx.header("ETag", file.etag());
    ctx.header(RUN_HEADER, run.runId());
    ctx.header(CACHE_HEADER, cache);
    if (file.matches(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"" + request.downloadName(run.runId()) + "\"");
    ctx.contentType(request.format().contentType());
    if (request.format() == Format.CSV) {
      // Gzipped on the way (ReportServer.compression), so without a length up front.
      ctx.result(file.stream());
      return;
    }
    // PDF and XLSX are sent as they are, with a length, so that browsers show progress.
    ctx.header("Content-Length", Long.toString(file.length()));
    if (file.isCached() && ctx.res().getOutputStream() instanceof HttpOutput jetty) {
      // The whole mapped file in one write: Jetty writes it with the headers, from the page cache
      // to the socket, and completes the response (its length is reached).
      jetty.write(file.content());
      return;
    }
    ctx.result(file.stream());
  }

  private static void checkAccess(Principal who, ReportRequest request) {
    if (request.report().isNational() || who.maySeeMunicipality(request.municipality())) {
      return;
    }
    throw new ForbiddenResponse(
        "Du er logget ind for "
            + who.describeDa()
            + " og har ikke adgang til "
            + request.report().titleDa().toLowerCase(java.util.Locale.ROOT)
            + "en for "
            + Municipalities.danish().nameOf(request.municipality())
            + ". Du kan hente din egen kommunes rapporter og landsrapporten.");
  }
}
