package dk.socialbench.server.render;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.RunLoader;
import dk.socialbench.server.reports.ReportKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Chosen-group benchmark PDFs rendered alternately with the export overlapping the second part's
 * fill and without ({@link PdfReport}'s {@code exportWhileFilling}), in one JVM, which goes first
 * alternating: wall and process CPU per rendering (fill and export; the panels are prepared outside
 * the clock, the same for both), and, for the renderer without, the fill's and the export's wall
 * apart. Run by hand (it asserts nothing):
 *
 * <pre>
 * java -Xmx512m -cp server/target/test-classes:server/target/classes:$(cat server/target/classpath.txt) \
 *     dk.socialbench.server.render.OverlapTimings fixture|WORK [pairs] [warm-up pairs]
 * </pre>
 */
final class OverlapTimings {
  private OverlapTimings() {}

  public static void main(String[] args) throws Exception {
    PublishedRun run;
    if (args[0].equals("fixture")) {
      run = RunFixture.national();
    } else {
      Path work = Path.of(args[0]);
      String runId = Files.readString(work.resolve("runs/LATEST")).trim();
      run = new RunLoader(new RunLayout(work)).load(runId).run();
    }
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    List<String> codes = new ArrayList<>(run.municipalities());
    RunDatasets datasets = new RunDatasets(run);
    var context = DefaultJasperReportsContext.getInstance();
    ReportTemplates templates = new ReportTemplates();
    var exporter = ReportRenderer.PdfExporter.SINGLE_LINE_CELLS;
    PdfReport overlapped = new PdfReport(context, templates, exporter, true, true);
    PdfReport after = new PdfReport(context, templates, exporter, true, false);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] wall = new double[2][pairs];
    double[][] cpu = new double[2][pairs];
    double[] fillWall = new double[pairs];
    double[] exportWall = new double[pairs];
    double[] exportCpu = new double[pairs];
    for (int i = -warmUp; i < pairs; i++) {
      int m = Math.floorMod(i, codes.size());
      Perspective perspective =
          Perspective.benchmark(run, ComparisonGroup.of(run, codes.get(m), group(codes, m)));
      List<FigurePanel> panels = ReportContents.panels(ReportKind.BENCHMARK, datasets, perspective);
      for (int side : (i % 2 == 0) ? new int[] {0, 1} : new int[] {1, 0}) {
        PdfReport pdf = side == 0 ? overlapped : after;
        long c = os.getProcessCpuTime();
        long w = System.nanoTime();
        byte[] bytes = pdf.render(ReportKind.BENCHMARK, run, perspective, panels);
        if (i >= 0) {
          wall[side][i] = (System.nanoTime() - w) / 1e6;
          cpu[side][i] = (os.getProcessCpuTime() - c) / 1e6;
        }
        if (bytes.length < 1000) {
          throw new IllegalStateException("no PDF");
        }
      }
      // The fill and the export apart, as the renderer without the overlap does them.
      long w0 = System.nanoTime();
      JasperPrint print = after.fill(ReportKind.BENCHMARK, run, perspective, panels);
      long w1 = System.nanoTime();
      long t1 = threads.getCurrentThreadCpuTime();
      PdfReport.export(print, "t", new CellPdfExporter(DeterministicPdf.context(context)));
      if (i >= 0) {
        fillWall[i] = (w1 - w0) / 1e6;
        exportWall[i] = (System.nanoTime() - w1) / 1e6;
        exportCpu[i] = (threads.getCurrentThreadCpuTime() - t1) / 1e6;
      }
    }
    System.out.printf(
        "%d pairs after %d, %s%n"
            + "  export while filling: wall median %.1f ms (p95 %.1f), CPU median %.1f ms%n"
            + "  export after filling: wall median %.1f ms (p95 %.1f), CPU median %.1f ms%n"
            + "  apart: fill wall median %.1f ms, export wall median %.1f ms, export thread CPU"
            + " median %.1f ms%n"
            + "  mispredicted: %d, filled again in one piece: %d%n",
        pairs,
        warmUp,
        args[0],
        median(wall[0]),
        p95(wall[0]),
        median(cpu[0]),
        median(wall[1]),
        p95(wall[1]),
        median(cpu[1]),
        median(fillWall),
        median(exportWall),
        median(exportCpu),
        overlapped.mispredictions(),
        overlapped.refills());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double p95(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) (sorted.length * 0.95)];
  }

  /** The five municipalities after the {@code i}th, as the benchmark's chosen groups. */
  private static String group(List<String> codes, int i) {
    List<String> group = new ArrayList<>();
    for (int j = 1; j <= 5; j++) {
      group.add(codes.get((i + j) % codes.size()));
    }
    return String.join(",", group);
  }
}
