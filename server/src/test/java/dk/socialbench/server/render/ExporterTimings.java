package dk.socialbench.server.render;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.ReportKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;

/**
 * Measures the PDF export of one filled benchmark with {@link CellPdfExporter} against
 * JasperReports' own exporter, warm, alternating the two so that a noisy machine slows both alike;
 * prints medians and quartiles, and the fill for scale. Run by hand (it asserts nothing):
 *
 * <pre>
 * java -Xmx512m -cp server/target/test-classes:server/target/classes:$(cat cp.txt) \
 *     dk.socialbench.server.render.ExporterTimings [rounds]
 * </pre>
 */
final class ExporterTimings {
  private static final JasperReportsContext CONTEXT = DefaultJasperReportsContext.getInstance();

  private ExporterTimings() {}

  public static void main(String[] args) throws JRException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 31;
    ReportRenderer renderer = new ReportRenderer();
    measure("national run, 98 municipalities", renderer, RunFixture.national(), rounds);
    measure("SEP run, 10 municipalities", renderer, RunFixture.sep(), rounds);
  }

  private static void measure(String label, ReportRenderer renderer, PublishedRun run, int rounds)
      throws JRException {
    Perspective horsens =
        Perspective.benchmark(run, ComparisonGroup.standard(run, RunFixture.HORSENS));
    PdfReport report = renderer.pdfReport();
    List<Double> fills = new ArrayList<>();
    List<Double> stock = new ArrayList<>();
    List<Double> cells = new ArrayList<>();
    JasperPrint print = null;
    int stockBytes = 0;
    int cellBytes = 0;
    for (int i = 0; i < rounds + 5; i++) {
      long t = System.nanoTime();
      print =
          report.fill(
              ReportKind.BENCHMARK,
              run,
              horsens,
              ReportContents.panels(ReportKind.BENCHMARK, new RunDatasets(run), horsens));
      double fill = millis(t);
      t = System.nanoTime();
      stockBytes = PdfReport.export(print, "t", new JRPdfExporter(CONTEXT)).length;
      double s = millis(t);
      t = System.nanoTime();
      cellBytes = PdfReport.export(print, "t", new CellPdfExporter(CONTEXT)).length;
      double c = millis(t);
      if (i >= 5) {
        fills.add(fill);
        stock.add(s);
        cells.add(c);
      }
    }
    System.out.printf(
        "%s, %d pages, %d rounds after 5 of warm-up:%n", label, print.getPages().size(), rounds);
    System.out.printf("  fill                  %s%n", quartiles(fills));
    System.out.printf("  stock JRPdfExporter   %s, %d kB%n", quartiles(stock), stockBytes / 1000);
    System.out.printf("  CellPdfExporter       %s, %d kB%n", quartiles(cells), cellBytes / 1000);
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      ratios.add(100 * cells.get(i) / stock.get(i));
    }
    Collections.sort(ratios);
    System.out.printf(
        "  CellPdfExporter/stock in the same round: median %.0f %% (quartiles %.0f–%.0f %%)%n",
        ratios.get(ratios.size() / 2),
        ratios.get(ratios.size() / 4),
        ratios.get(3 * ratios.size() / 4));
  }

  private static String quartiles(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    int n = sorted.size();
    return String.format(
        "median %.0f ms (quartiles %.0f–%.0f ms)",
        sorted.get(n / 2), sorted.get(n / 4), sorted.get(3 * n / 4));
  }

  private static double millis(long since) {
    return (System.nanoTime() - since) / 1e6;
  }
}
