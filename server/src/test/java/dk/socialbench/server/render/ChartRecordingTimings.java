package dk.socialbench.server.render;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;

/**
 * Renders the same chosen-group benchmarks of {@link RunFixture#national()} (each municipality with
 * five far from it) with the charts drawn in the export, as JasperReports does, and recorded on a
 * thread beside the export (see {@link RecordedCharts}), alternating which goes first, and prints
 * per rendering the process CPU (all threads, JIT and GC included), the request thread's own CPU
 * (panels, the first part's fill and the export: the serial path at one client, with the cores
 * free) and the wall, and how many pairs were not the same bytes. Run by hand (it asserts nothing):
 *
 * <pre>
 * java -Xmx512m -XX:+UseParallelGC -cp server/target/test-classes:server/target/classes:$(cat server/target/classpath.txt) \
 *     dk.socialbench.server.render.ChartRecordingTimings [measured pairs] [warm-up pairs]
 * </pre>
 */
final class ChartRecordingTimings {
  private ChartRecordingTimings() {}

  public static void main(String[] args) throws Exception {
    int measured = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    PublishedRun run = RunFixture.national();
    List<String> codes = new ArrayList<>(run.municipalities());
    SimpleJasperReportsContext drawnContext =
        new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    drawnContext.setProperty(RecordedCharts.PROPERTY, "false");
    ReportRenderer[] ways = {
      new ReportRenderer(drawnContext, ReportRenderer.PdfExporter.SINGLE_LINE_CELLS),
      new ReportRenderer(
          DefaultJasperReportsContext.getInstance(), ReportRenderer.PdfExporter.SINGLE_LINE_CELLS)
    };
    String[] names = {"drawn in the export", "recorded beside"};
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] process = new double[2][measured];
    double[][] request = new double[2][measured];
    double[][] wall = new double[2][measured];
    int different = 0;
    for (int i = 0; i < warmUp + measured; i++) {
      String code = codes.get(i % codes.size());
      String group = group(codes, i);
      byte[][] pdfs = new byte[2][];
      for (int k = 0; k < 2; k++) {
        int way = (i + k) % 2;
        long c = os.getProcessCpuTime();
        long t = threads.getCurrentThreadCpuTime();
        long w = System.nanoTime();
        pdfs[way] = ways[way].render(ReportKind.BENCHMARK, code, group, run, Format.PDF);
        if (i >= warmUp) {
          process[way][i - warmUp] = (os.getProcessCpuTime() - c) / 1e6;
          request[way][i - warmUp] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
          wall[way][i - warmUp] = (System.nanoTime() - w) / 1e6;
        }
      }
      if (!Arrays.equals(pdfs[0], pdfs[1])) {
        different++;
      }
    }
    System.out.printf(
        "%d pairs after %d, alternated; pairs not the same bytes: %d%n",
        measured, warmUp, different);
    for (int way = 0; way < 2; way++) {
      System.out.printf(
          "  %-22s process CPU %s | request thread CPU %s | wall %s%n",
          names[way], summary(process[way]), summary(request[way]), summary(wall[way]));
    }
  }

  /** Median (p25–p75), mean. */
  private static String summary(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return String.format(
        "%.1f (%.1f–%.1f), %.1f",
        v[v.length / 2],
        v[v.length / 4],
        v[3 * v.length / 4],
        Arrays.stream(v).average().orElse(0));
  }

  /** Five municipalities 41–45 places after the {@code i}th: far from it, not its default group. */
  private static String group(List<String> codes, int i) {
    List<String> group = new ArrayList<>();
    for (int j = 41; j < 46; j++) {
      group.add(codes.get((i + j) % codes.size()));
    }
    return String.join(",", group);
  }
}
