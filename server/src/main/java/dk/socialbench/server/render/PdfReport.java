package dk.socialbench.server.render;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.ReportKind;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * Fills a report's template with its panels and exports an accessible PDF: tagged, in Danish
 * ({@code da-DK}), with a Danish title, all fonts embedded (DejaVu from the font extension).
 */
final class PdfReport {
  private final JasperReportsContext context;
  private final ReportTemplates templates;
  private final ReportRenderer.PdfExporter exporter;
  private final boolean inParts;
  private final AtomicLong refills = new AtomicLong();

  /**
   * @param inParts whether to fill a report that can be cut (see {@link ReportParts}) in two parts
   *     at once, the second on a thread of its own; false fills every report in one piece
   */
  PdfReport(
      JasperReportsContext context,
      ReportTemplates templates,
      ReportRenderer.PdfExporter exporter,
      boolean inParts) {
    this.context = RecordedCharts.context(DeterministicPdf.context(context));
    this.templates = templates;
    this.exporter = exporter;
    this.inParts = inParts;
  }

  byte[] render(
      ReportKind kind, PublishedRun run, Perspective perspective, List<FigurePanel> panels) {
    try {
      JasperPrint print = fill(kind, run, perspective, panels);
      // The charts laid out on the other core while the export writes the pages before them.
      onThreadOfItsOwn(() -> RecordedCharts.record(print), "chart-layout");
      // The same bytes for the same report of a run: a stable ETag across restarts and evictions.
      DeterministicPdf.stamp(print, run.created(), run.runId() + " " + title(kind, perspective));
      return DeterministicPdf.withContentId(
          export(
              print,
              title(kind, perspective),
              exporter == ReportRenderer.PdfExporter.STOCK
                  ? new JRPdfExporter(context)
                  : new CellPdfExporter(context)));
    } catch (JRException e) {
      throw new IllegalStateException(
          "could not render the " + kind.slug() + " PDF of run " + run.runId(), e);
    }
  }

  /**
   * The report filled with its panels, ready to export: in two parts at once if it can be cut (the
   * later part on a thread of its own, which has the caller's priority), else in one piece.
   */
  JasperPrint fill(
      ReportKind kind, PublishedRun run, Perspective perspective, List<FigurePanel> panels)
      throws JRException {
    int cut =
        inParts && ReportParts.canCut(templates.cover(kind))
            ? ReportParts.cut(panels, ReportContents.cutBefore(kind))
            : 0;
    if (cut == 0) {
      return fillPart(kind, run, perspective, panels, false);
    }
    CompletableFuture<JasperPrint> rest =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return fillPart(kind, run, perspective, panels.subList(cut, panels.size()), true);
              } catch (JRException e) {
                throw new CompletionException(e);
              }
            },
            part -> onThreadOfItsOwn(part, "report-part"));
    JasperPrint first = fillPart(kind, run, perspective, panels.subList(0, cut), false);
    JasperPrint second;
    try {
      second = rest.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof JRException cause) {
        throw cause;
      }
      throw e;
    }
    JasperReport cover = templates.cover(kind);
    int footerTop =
        cover.getPageHeight() - cover.getBottomMargin() - cover.getPageFooter().getHeight();
    // The section group's 270 pt, the least any section needs: a section that opens with a taller
    // chart may start a page where this says it does not, and the report is then filled again.
    int minHeightToStart =
        Arrays.stream(templates.figures().getGroups())
            .filter(g -> g.getName().equals("section"))
            .findFirst()
            .orElseThrow()
            .getMinHeightToStartNewPage();
    if (!ReportParts.joinsSeamlessly(panels.get(cut), first, footerTop, minHeightToStart)) {
      refills.incrementAndGet();
      return fillPart(kind, run, perspective, panels, false);
    }
    return ReportParts.join(first, second);
  }

  /**
   * How many reports cut in parts had to be filled again in one piece (see {@link ReportParts}).
   */
  long refills() {
    return refills.get();
  }

  /** A thread per task: it inherits the caller's priority (low when pre-rendering). */
  private static void onThreadOfItsOwn(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  private JasperPrint fillPart(
      ReportKind kind,
      PublishedRun run,
      Perspective perspective,
      List<FigurePanel> panels,
      boolean continuation)
      throws JRException {
    Map<String, Object> parameters = new HashMap<>();
    if (continuation) {
      parameters.put(ReportParts.CONTINUATION, true);
    }
    parameters.put(JRParameter.REPORT_LOCALE, DanishFormat.DANISH);
    parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(DanishFormat.COPENHAGEN));
    parameters.put("DOCUMENT_TITLE", title(kind, perspective));
    parameters.put(
        "DATA_PERIOD", DanishFormat.period(run.firstRegistration(), run.lastRegistration()));
    parameters.put("RUN_ID", run.runId());
    parameters.put("RUN_CREATED", DanishFormat.dateTime(run.created()));
    parameters.put("MIN_CELL", run.minCell());
    parameters.put("FIGURES_REPORT", templates.figures());
    parameters.put("PANELS", records(panels));
    if (perspective.group() != null) {
      parameters.put(
          "COMPARISON_GROUP",
          perspective.hasGroup() ? perspective.group().namesDa() : "Ingen (kun landet)");
      parameters.put("COMPARISON_RULE", perspective.group().howChosenDa());
    }
    if (perspective.hasFocus()) {
      parameters.put("MUNICIPALITY_NAME", perspective.focusName());
    } else {
      parameters.put("MUNICIPALITY_COUNT", perspective.municipalityCount());
    }
    return JasperFillManager.getInstance(context)
        .fill(templates.cover(kind), parameters, new JREmptyDataSource(1));
  }

  /** The panels as the template's records; a section that starts a page says so. */
  private static List<Map<String, Object>> records(List<FigurePanel> panels) {
    List<Map<String, Object>> records = new ArrayList<>(panels.size());
    String section = null;
    for (FigurePanel panel : panels) {
      Map<String, Object> fields = panel.fields();
      fields.put(
          "newPage", section != null && !section.equals(panel.sectionKey()) && panel.startsPage());
      section = panel.sectionKey();
      records.add(fields);
    }
    return records;
  }

  /** The filled report as an accessible PDF, written by {@code exporter}. */
  static byte[] export(JasperPrint print, String title, JRPdfExporter exporter) throws JRException {
    SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
    configuration.setCompressed(true);
    configuration.setTagged(true);
    configuration.setTagLanguage("da-DK");
    configuration.setMetadataTitle(title);
    configuration.setDisplayMetadataTitle(true);
    configuration.setMetadataAuthor("socialbench");
    configuration.setMetadataSubject("Sociale indsatser efter serviceloven §85 og §107");
    configuration.setMetadataCreator("socialbench");
    SimplePdfReportConfiguration pages = new SimplePdfReportConfiguration();
    // Chart labels as text in the embedded DejaVu font, not as outlines: half the size and time.
    pages.setForceSvgShapes(false);
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    exporter.setExporterInput(new SimpleExporterInput(print));
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    exporter.setConfiguration(configuration);
    exporter.setConfiguration(pages);
    exporter.exportReport();
    return out.toByteArray();
  }

  /** The document's title, shown by PDF readers instead of the file name. */
  static String title(ReportKind kind, Perspective perspective) {
    return switch (kind) {
      case BENCHMARK ->
          "Benchmark for "
              + perspective.focusName()
              + ": sociale indsatser efter serviceloven §85 og §107";
      case NATIONAL -> "Landsrapport: sociale indsatser efter serviceloven §85 og §107";
      case DATA_QUALITY ->
          "Datakvalitet for "
              + perspective.focusName()
              + ": leverancen til benchmark af §85 og §107";
    };
  }
}
