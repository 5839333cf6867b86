package dk.socialbench.server.render;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.data.PublishedRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;

/**
 * Renders the reports of a published run as PDF, XLSX or CSV. Make one at start-up (it compiles the
 * templates, which takes a few seconds) and share it: {@link #render} is thread-safe and compiles
 * nothing.
 *
 * <p>Example:
 *
 * <pre>{@code
 * ReportRenderer renderer = new ReportRenderer();
 * byte[] pdf = renderer.render(ReportKind.BENCHMARK, "615", run, Format.PDF);
 * ctx.contentType(Format.PDF.contentType()).result(pdf);
 * }</pre>
 *
 * <p>Every text is Danish, numbers are formatted for locale da-DK and times for Europe/Copenhagen,
 * whatever the server's defaults.
 */
public final class ReportRenderer implements dk.socialbench.server.reports.Renderer {
  private final PdfReport pdf;

  /** The views of the run rendered last: a run's renderings share them, a new run replaces them. */
  private final AtomicReference<RunDatasets> lastRun = new AtomicReference<>();

  /** Compiles the templates; fails if one does not compile or a dataset has no figure. */
  public ReportRenderer() {
    this(DefaultJasperReportsContext.getInstance());
  }

  ReportRenderer(JasperReportsContext context) {
    ReportContents.verify();
    this.pdf = new PdfReport(context, new ReportTemplates(context));
  }

  /** The PDF half of the renderer, for tests that fill and export separately. */
  PdfReport pdfReport() {
    return pdf;
  }

  /**
   * The report of {@code kind} on {@code run}, about {@code municipalityCode}, in {@code format}.
   *
   * @param municipalityCode the municipality a benchmark or data-quality report is about; ignored
   *     by the national report, which may be given null
   * @throws ReportUnavailableException if the report needs a municipality and none is given, the
   *     run has no data for it, or the run lacks a dataset the report shows
   */
  public byte[] render(ReportKind kind, String municipalityCode, PublishedRun run, Format format) {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(run, "run == null");
    Objects.requireNonNull(format, "format == null");
    Perspective perspective = perspective(kind, municipalityCode, run);
    for (String dataset : ReportContents.required(kind)) {
      if (run.find(dataset).isEmpty()) {
        throw ReportUnavailableException.missingDataset(run, dataset);
      }
    }
    return switch (format) {
      case PDF ->
          pdf.render(
              kind, run, perspective, ReportContents.panels(kind, datasets(run), perspective));
      case XLSX ->
          XlsxExport.write(
              about(kind, run, perspective), tables(kind, run, perspective), run.created());
      case CSV -> CsvExport.write(tables(kind, run, perspective));
    };
  }

  private RunDatasets datasets(PublishedRun run) {
    RunDatasets datasets = lastRun.get();
    if (datasets == null || datasets.run() != run) {
      datasets = new RunDatasets(run);
      lastRun.set(datasets);
    }
    return datasets;
  }

  private static Perspective perspective(ReportKind kind, String code, PublishedRun run) {
    if (!kind.needsMunicipality()) {
      return Perspective.of(run, null);
    }
    if (code == null || code.isBlank()) {
      throw ReportUnavailableException.municipalityRequired(kind);
    }
    if (!run.hasMunicipality(code)) {
      throw ReportUnavailableException.unknownMunicipality(run, code);
    }
    return Perspective.of(run, code);
  }

  private static List<ExportTable> tables(
      ReportKind kind, PublishedRun run, Perspective perspective) {
    List<String> municipalities =
        kind == ReportKind.DATA_QUALITY
            ? List.of(perspective.focus(), Municipalities.ALL)
            : perspective.order();
    List<ExportTable> tables = new ArrayList<>();
    for (String dataset : ReportContents.datasets(kind)) {
      tables.add(ExportTable.of(DatasetView.of(run, dataset), municipalities));
    }
    return tables;
  }

  private static List<String> about(ReportKind kind, PublishedRun run, Perspective perspective) {
    return List.of(
        PdfReport.title(kind, perspective),
        "Kørsel: " + run.runId() + ", dannet " + DanishFormat.dateTime(run.created()),
        "Dataperiode: " + DanishFormat.period(run.firstRegistration(), run.lastRegistration()),
        Cells.suppressionFootnote(run.minCell()) + ".",
        "Andele er mellem 0 og 1 (vist som procent); intervaller er 95 pct.-konfidensintervaller.");
  }
}
