package dk.socialbench.server.render;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.ReportKind;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import org.jfree.chart.text.TextUtils;

/**
 * Exports the same filled chosen-group benchmarks of {@link RunFixture#national()} two ways,
 * alternating which goes first, and prints the export thread's own CPU time (no JIT or GC threads)
 * and the file size for each. Run by hand (it asserts nothing):
 *
 * <pre>
 * java -Xmx512m -XX:+UseParallelGC -cp server/target/test-classes:server/target/classes:$(cat server/target/classpath.txt) \
 *     dk.socialbench.server.render.ExportCutTimings deflate|rotated [measured] [warm-up]
 * </pre>
 *
 * {@code deflate}: OpenPDF's default deflate level (zlib's 6) against the server's fastest (see
 * {@link DeterministicPdf#COMPRESSION_PROPERTY}). {@code rotated}: JFreeChart's rotated chart texts
 * (vertical axis labels) drawn as glyph outlines, its default, against drawn as text.
 */
final class ExportCutTimings {
  private ExportCutTimings() {}

  public static void main(String[] args) throws Exception {
    boolean deflate = "deflate".equals(args[0]);
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    String[] ways =
        deflate
            ? new String[] {"default deflate", "fastest deflate"}
            : new String[] {"rotated as outlines", "rotated as text"};
    int[] levels = {deflate ? -1 : 1, 1};
    PublishedRun run = RunFixture.national();
    List<String> codes = new ArrayList<>(run.municipalities());
    ReportRenderer renderer = new ReportRenderer();
    RunDatasets datasets = new RunDatasets(run);
    // Four prints, each a municipality compared with five far from it (its default group is the
    // five after it), exported in turn.
    List<JasperPrint> prints = new ArrayList<>();
    for (int m = 0; m < 4; m++) {
      String code = codes.get(m * 23);
      List<String> group = new ArrayList<>();
      for (int j = 41; j < 46; j++) {
        group.add(codes.get((m * 23 + j) % codes.size()));
      }
      Perspective perspective =
          Perspective.benchmark(run, ComparisonGroup.of(run, code, String.join(",", group)));
      JasperPrint print =
          renderer
              .pdfReport()
              .fill(
                  ReportKind.BENCHMARK,
                  run,
                  perspective,
                  ReportContents.panels(ReportKind.BENCHMARK, datasets, perspective));
      DeterministicPdf.stamp(print, run.created(), code);
      prints.add(print);
    }
    JasperReportsContext[] contexts = new JasperReportsContext[2];
    for (int k = 0; k < 2; k++) {
      SimpleJasperReportsContext context =
          new SimpleJasperReportsContext(
              DeterministicPdf.context(DefaultJasperReportsContext.getInstance()));
      context.setProperty(DeterministicPdf.COMPRESSION_PROPERTY, Integer.toString(levels[k]));
      contexts[k] = context;
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] cpu = new double[2][measured];
    long[] bytes = new long[2];
    for (int i = 0; i < warmUp + measured; i++) {
      JasperPrint print = prints.get(i % prints.size());
      for (int turn = 0; turn < 2; turn++) {
        int k = (i + turn) % 2;
        // JFreeChart's only switch for it is static; this harness exports on one thread. The
        // deflate pair keeps the renderer's setting (rotated texts as text).
        if (!deflate) {
          TextUtils.setUseDrawRotatedStringWorkaround(k == 0);
        }
        long c = threads.getCurrentThreadCpuTime();
        int size = PdfReport.export(print, "t", new CellPdfExporter(contexts[k])).length;
        double millis = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        if (i >= warmUp) {
          cpu[k][i - warmUp] = millis;
          bytes[k] += size;
        }
      }
    }
    for (int k = 0; k < 2; k++) {
      double[] sorted = cpu[k].clone();
      Arrays.sort(sorted);
      System.out.printf(
          "%-20s: export thread CPU median %.1f ms (p25 %.1f, p75 %.1f), mean %.1f ms;"
              + " %.1f kB per PDF%n",
          ways[k],
          sorted[measured / 2],
          sorted[measured / 4],
          sorted[3 * measured / 4],
          Arrays.stream(sorted).average().orElse(0),
          bytes[k] / 1e3 / measured);
    }
  }
}
