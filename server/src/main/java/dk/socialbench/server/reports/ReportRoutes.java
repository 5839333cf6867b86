package dk.socialbench.server.reports;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.access.Authenticator;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.data.LoadedRun;
import dk.socialbench.server.http.CompareParam;
import dk.socialbench.server.http.MunicipalityParam;
import dk.socialbench.server.http.RunRequired;
import dk.socialbench.server.render.Format;
import dk.socialbench.server.render.ReportKind;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.Objects;

/**
 * {@code GET /reports/{report}/{municipality}.{format}}: a report file, whole, with an ETag; a
 * benchmark takes {@code ?compare=147,151,157} for a chosen comparison group.
 */
public final class ReportRoutes {
  /** The response header naming the run a file was rendered from. */
  public static final String RUN_HEADER = "X-Socialbench-Run";

  private final Authenticator authenticator;
  private final RunRequired runs;
  private final ReportService reports;

  public ReportRoutes(Authenticator authenticator, RunRequired runs, ReportService reports) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator == null");
    this.runs = Objects.requireNonNull(runs, "runs == null");
    this.reports = Objects.requireNonNull(reports, "reports == null");
  }

  public void download(Context ctx) {
    Principal who = authenticator.require(ctx);
    ReportRequest request = ReportRequest.parse(ctx.pathParam("report"), ctx.pathParam("file"));
    checkAccess(who, request);
    LoadedRun run = runs.get();
    MunicipalityParam.requireInRun(request.municipality(), run.run());
    request =
        request.comparedWith(
            CompareParam.key(
                ctx.queryParam("compare"),
                request.report() == ReportKind.BENCHMARK,
                request.municipality(),
                run.run()));
    RenderedFile file = reports.file(request, run.run());
    ctx.header("ETag", file.etag());
    ctx.header("Cache-Control", "private, no-cache");
    ctx.header(RUN_HEADER, run.runId());
    ctx.header("X-Content-Type-Options", "nosniff");
    if (file.matches(ctx.header("If-None-Match"))) {
      file.close();
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"" + request.downloadName(run.runId()) + "\"");
    if (request.format() != Format.CSV) {
      // Sent as they are (ReportServer.compression): a length rather than chunks, so that
      // browsers show download progress. CSV is gzipped on the way and has no length up front.
      ctx.header("Content-Length", Long.toString(file.length()));
    }
    // Javalin closes the stream once it is written, which releases a cached file.
    ctx.contentType(request.format().contentType()).result(file.stream());
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
