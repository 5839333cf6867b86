package dk.socialbench.server.reports;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.http.MunicipalityParam;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * One report file as asked for in {@code /reports/<report>/<municipality>.<format>}: what the
 * renderer is asked to render and, with the run, what its file is cached under.
 *
 * <p>Example: {@code ReportRequest.parse("benchmark", "147.pdf")} is Frederiksberg's benchmark PDF;
 * {@code .comparedWith("151,153,157")} the same compared with a chosen group.
 *
 * <p>A new parameter of a report (a chosen comparison group, {@code ?compare=147,151,157}) is a new
 * component of this record, say {@code ComparisonGroup compare}, plus a three-argument constructor
 * that gives the default (no group). The cache key ({@link RenderCache.Key}), the cache's file name
 * ({@link #cacheFileName}), whether the file is one of the run's default reports ({@link
 * #isDefault}) and the renderer's request ({@link Renderer#render(ReportRequest,
 * dk.socialbench.server.data.PublishedRun)}) all follow from the components. A component's {@code
 * toString} must say its whole value (records, strings, enums, lists of those do).
 *
 * @param compare a chosen comparison group's key ({@code ComparisonGroup.key()}), empty for the
 *     run's default group
 */
public record ReportRequest(ReportKind report, String municipality, Format format, String compare) {
  public ReportRequest {
    Objects.requireNonNull(report, "report == null");
    Objects.requireNonNull(municipality, "municipality == null");
    Objects.requireNonNull(format, "format == null");
    Objects.requireNonNull(compare, "compare == null");
  }

  /** A report with the run's default comparison group. */
  public ReportRequest(ReportKind report, String municipality, Format format) {
    this(report, municipality, format, "");
  }

  /** The same file compared with the group whose key is {@code compare}. */
  public ReportRequest comparedWith(String compare) {
    return new ReportRequest(report, municipality, format, compare);
  }

  /**
   * Parses the URL's path parameters.
   *
   * @throws NotFoundResponse for an unknown report, municipality, or a report not made for it
   * @throws BadRequestResponse for a malformed file name or an unknown format
   */
  public static ReportRequest parse(String reportSlug, String fileName) {
    ReportKind report =
        ReportKind.fromSlug(reportSlug)
            .orElseThrow(
                () ->
                    new NotFoundResponse(
                        "Der findes ingen rapport ved navn '"
                            + reportSlug
                            + "'. Rapporterne hedder benchmark, national og data-quality."));
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      throw new BadRequestResponse(
          "Filnavnet '" + fileName + "' mangler filtype; brug fx /reports/benchmark/147.pdf.");
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    Format format =
        Format.fromExtension(extension)
            .orElseThrow(
                () ->
                    new BadRequestResponse(
                        "Filtypen '" + extension + "' findes ikke; brug pdf, xlsx eller csv."));
    String municipality = MunicipalityParam.parse(fileName.substring(0, dot));
    if (!report.isMadeFor(municipality)) {
      throw new NotFoundResponse(notMadeFor(report));
    }
    return new ReportRequest(report, municipality, format);
  }

  private static String notMadeFor(ReportKind report) {
    return report.isNational()
        ? "Landsrapporten dækker alle kommuner og hentes som /reports/national/all."
            + "pdf (eller .xlsx/.csv)."
        : report.titleDa()
            + "en laves pr. kommune; brug kommunekoden, fx /reports/"
            + report.slug()
            + "/147.pdf.";
  }

  /**
   * Whether this is one of a run's default reports, asked for by its path alone: those are rendered
   * before a run is served and always kept in the cache.
   */
  public boolean isDefault() {
    return equals(new ReportRequest(report, municipality, format));
  }

  /**
   * The cache's name for this file within its run: {@code benchmark-147.pdf} for a default report;
   * other requests get a hash of all their parameters after a {@code ~}, {@code
   * benchmark-147~0a1b2c3d4e5f6a7b.pdf}.
   */
  String cacheFileName() {
    String stem = report.slug() + "-" + municipality;
    if (!isDefault()) {
      stem += "~" + RenderedFile.sha256Hex(toString().getBytes(StandardCharsets.UTF_8), 8);
    }
    return stem + "." + format.extension();
  }

  /** The file's address on the server, for logs: {@code /reports/benchmark/147.pdf}. */
  public String path() {
    return "/reports/" + report.slug() + "/" + municipality + "." + format.extension();
  }

  /** The file name a browser saves the file under, e.g. {@code benchmark-147-frederiksberg.pdf}. */
  public String downloadName(String runId) {
    String name =
        Municipalities.danish()
            .nameOf(municipality)
            .toLowerCase(Locale.ROOT)
            .replace("æ", "ae")
            .replace("ø", "oe")
            .replace("å", "aa")
            .replaceAll("[^a-z0-9]+", "-");
    return report.slug() + "-" + municipality + "-" + name + "-" + runId + "." + format.extension();
  }
}
