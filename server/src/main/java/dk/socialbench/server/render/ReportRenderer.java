package dk.socialbench.server.render;

import dk.socialbench.contract.Audience;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import org.jfree.chart.text.TextUtils;

/**
 * Renders the reports of a published run as PDF, XLSX or CSV. Make one at start-up (it loads the
 * templates the reports module compiled at build time) and share it: {@link #render} is
 * thread-safe.
 *
 * <p>Example:
 *
 * <pre>{@code
 * ReportRenderer renderer = new ReportRenderer();
 * byte[] pdf = renderer.render(ReportKind.BENCHMARK, "615", run, Format.PDF);
 * byte[] chosen = renderer.render(ReportKind.BENCHMARK, "615", "147,151,157", run, Format.PDF);
 * ctx.contentType(Format.PDF.contentType()).result(pdf);
 * }</pre>
 *
 * <p>Every text is Danish, numbers are formatted for locale da-DK and times for Europe/Copenhagen,
 * whatever the server's defaults.
 */
public final class ReportRenderer implements dk.socialbench.server.reports.Renderer {
  private final PdfReport pdf;

  /**
   * The views of the two runs rendered last, the newest first: a run's renderings share them. Two,
   * because while a new run is pre-rendered users still download from the run before it, and each
   * switch between them would otherwise index a run's datasets again.
   */
  private final List<RunDatasets> recentRuns = new ArrayList<>(2);

  /**
   * How PDFs are written: {@link #SINGLE_LINE_CELLS} writes a text that fits on one line (most of a
   * report's table cells) straight into the page, 10–20% faster than JasperReports' own exporter
   * and with half the tags, by way of protected internals of JasperReports 7.0.3 and OpenPDF 1.3.32
   * ({@link CellPdfExporter}); {@link #STOCK} is JasperReports' own exporter, the fallback.
   */
  public enum PdfExporter {
    SINGLE_LINE_CELLS,
    STOCK
  }

  /** Loads the templates; fails if one is missing or a dataset has no figure. */
  public ReportRenderer() {
    this(PdfExporter.SINGLE_LINE_CELLS);
  }

  /** A renderer that writes its PDFs with {@code exporter}. */
  public ReportRenderer(PdfExporter exporter) {
    this(DefaultJasperReportsContext.getInstance(), exporter);
  }

  ReportRenderer(JasperReportsContext context, PdfExporter exporter) {
    this(context, exporter, true);
  }

  /** With {@code inParts} false, every PDF is filled in one piece (see {@link PdfReport}). */
  ReportRenderer(JasperReportsContext context, PdfExporter exporter, boolean inParts) {
    ReportContents.verify();
    // JFreeChart draws rotated strings (the value axes' titles) as a TextLayout by default, a
    // workaround for an old screen bug, which OpenPDF writes as glyph outlines; off, they are text
    // under a rotated matrix: searchable, 6 % less export CPU, a 15 % smaller PDF (benchmarks.md
    // 5.0.21 (b)). The switch is JFreeChart-wide; nothing else in the server sets it.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
    this.pdf = new PdfReport(context, new ReportTemplates(), exporter, inParts);
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
    return render(kind, municipalityCode, null, run, format);
  }

  /**
   * The report as {@link #render(ReportKind, String, PublishedRun, Format)} makes it, a benchmark
   * compared with the group {@code compare} ("147,151,157") instead of the run's default group.
   *
   * @param compare the comparison group's codes separated by commas; null or empty for the default
   * @throws ReportUnavailableException also if the group is refused (see {@link ComparisonGroup})
   */
  @Override
  public byte[] render(
      ReportKind kind, String municipalityCode, String compare, PublishedRun run, Format format) {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(run, "run == null");
    Objects.requireNonNull(format, "format == null");
    Perspective perspective = perspective(kind, municipalityCode, compare, run);
    for (String dataset : ReportContents.required(kind)) {
      if (run.find(dataset).isEmpty()) {
        throw ReportUnavailableException.missingDataset(run, dataset);
      }
    }
    return switch (format) {
      case PDF ->
          pdf.render(
              kind, run, perspective, ReportContents.panels(kind, datasets(run), perspective));
      case XLSX -> workbook(kind, run, perspective);
      case CSV -> csv(kind, run, perspective);
    };
  }

  private RunDatasets datasets(PublishedRun run) {
    synchronized (recentRuns) {
      for (RunDatasets datasets : recentRuns) {
        if (datasets.run() == run) {
          return datasets;
        }
      }
      RunDatasets datasets = new RunDatasets(run);
      recentRuns.add(0, datasets);
      if (recentRuns.size() > 2) {
        recentRuns.remove(2);
      }
      return datasets;
    }
  }

  private static Perspective perspective(
      ReportKind kind, String code, String compare, PublishedRun run) {
    if (!kind.needsMunicipality()) {
      return Perspective.of(run, null);
    }
    if (code == null || code.isBlank()) {
      throw ReportUnavailableException.municipalityRequired(kind);
    }
    boolean everyMunicipality = kind == ReportKind.DATA_QUALITY && Municipalities.ALL.equals(code);
    if (!run.hasMunicipality(code) && !everyMunicipality) {
      throw ReportUnavailableException.unknownMunicipality(run, code);
    }
    if (kind != ReportKind.BENCHMARK) {
      return Perspective.of(run, code);
    }
    try {
      return Perspective.benchmark(run, ComparisonGroup.of(run, code, compare));
    } catch (ComparisonGroup.Refused e) {
      throw ReportUnavailableException.groupRefused(e);
    }
  }

  /**
   * A data-quality report's workbook is its own; the national one is every municipality's full
   * tables, made once per run, and a benchmark's its own rows followed by those (see {@link
   * NationalTables}).
   */
  private byte[] workbook(ReportKind kind, PublishedRun run, Perspective perspective) {
    List<String> about = about(kind, run, perspective);
    return switch (kind) {
      case DATA_QUALITY -> XlsxExport.write(about, qualityTables(run, perspective), run.created());
      case NATIONAL -> national(run).workbook();
      case BENCHMARK -> national(run).workbook(about, own(run, perspective), run.created());
    };
  }

  private byte[] csv(ReportKind kind, PublishedRun run, Perspective perspective) {
    return switch (kind) {
      case DATA_QUALITY -> CsvExport.write(qualityTables(run, perspective));
      case NATIONAL -> national(run).csv();
      case BENCHMARK -> national(run).csv(own(run, perspective));
    };
  }

  private NationalTables national(PublishedRun run) {
    return datasets(run).nationalTables(about(ReportKind.NATIONAL, run, Perspective.of(run, null)));
  }

  /** A data-quality report's tables. */
  private List<ExportTable> qualityTables(PublishedRun run, Perspective perspective) {
    List<ExportTable> tables = new ArrayList<>();
    for (String dataset : ReportContents.datasets(ReportKind.DATA_QUALITY)) {
      tables.add(ExportTable.of(datasets(run).view(dataset), qualityRows(perspective, dataset)));
    }
    return tables;
  }

  /** A benchmark's own rows: the municipality, its comparison group and the country. */
  private List<ExportTable> own(PublishedRun run, Perspective perspective) {
    List<String> members = perspective.hasGroup() ? perspective.group().members() : List.of();
    List<ExportTable> tables = new ArrayList<>();
    for (String dataset : ReportContents.datasets(ReportKind.BENCHMARK)) {
      tables.add(ExportTable.of(datasets(run).view(dataset, members), perspective.compared()));
    }
    return tables;
  }

  /**
   * The municipalities whose rows a data-quality report's table shows: its municipality beside all
   * municipalities, except in datasets read only by their own municipality, whose rows of "all" are
   * not the municipality's ({@code Audience.OWN_MUNICIPALITY}).
   */
  private static List<String> qualityRows(Perspective perspective, String dataset) {
    String focus = perspective.focus();
    boolean ownOnly = ResultCatalogue.byName(dataset).audience() == Audience.OWN_MUNICIPALITY;
    return ownOnly || Municipalities.ALL.equals(focus)
        ? List.of(focus)
        : List.of(focus, Municipalities.ALL);
  }

  private static List<String> about(ReportKind kind, PublishedRun run, Perspective perspective) {
    List<String> about = new ArrayList<>(List.of(PdfReport.title(kind, perspective)));
    if (perspective.group() != null) {
      about.add(comparedWith(perspective));
      about.add(
          "Arket \""
              + NationalTables.OWN_SHEET
              + "\" viser "
              + perspective.comparedInWords()
              + "; arkene \"..."
              + NationalTables.SHEET_SUFFIX
              + "\" viser alle kommuner, ens i alle kommuners regneark.");
    }
    about.addAll(
        List.of(
            "Kørsel: " + run.runId() + ", dannet " + DanishFormat.dateTime(run.created()),
            "Dataperiode: " + DanishFormat.period(run.firstRegistration(), run.lastRegistration()),
            Cells.perturbationNote(),
            Cells.suppressionFootnote(run.minCell()) + ".",
            "Andele er mellem 0 og 1 (vist som procent); intervaller er 95 pct.-konfidensintervaller."));
    return about;
  }

  /** "Sammenligningsgruppe: Ballerup, ... . Standardgruppen: ..." for a benchmark. */
  static String comparedWith(Perspective perspective) {
    ComparisonGroup group = perspective.group();
    return group.isEmpty()
        ? "Sammenligningsgruppe: ingen. " + group.howChosenDa()
        : "Sammenligningsgruppe: " + group.namesDa() + ". " + group.howChosenDa();
  }
}
