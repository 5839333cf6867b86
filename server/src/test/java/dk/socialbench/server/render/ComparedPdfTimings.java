package dk.socialbench.server.render;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.RunLoader;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Renders benchmark PDFs of WORK's LATEST run, each compared with a chosen group (the five
 * municipalities after it in the run's list, as {@code benchmark server}'s uncached level asks), or
 * with WORK {@code fixture} of {@link RunFixture#national()} (five far from it: the fixture's
 * default group is the five after it), and prints the process CPU time per rendering (all threads:
 * JasperReports' subreport threads, GC and JIT included) and its split into preparing the panels,
 * the fill and the export. Run by hand (it asserts nothing; {@code -Dparts=false} fills each PDF in
 * one piece, as before {@link ReportParts}; {@code -Djfr=FILE} records the measured renderings with
 * JFR's {@code profile} settings, after the warm-up, into FILE):
 *
 * <pre>
 * java -Xmx512m -cp server/target/test-classes:server/target/classes:$(cat server/target/cp-test.txt) \
 *     dk.socialbench.server.render.ComparedPdfTimings WORK|fixture [renderings] [warm-up] [whole]
 * </pre>
 */
final class ComparedPdfTimings {
  private ComparedPdfTimings() {}

  public static void main(String[] args) throws Exception {
    boolean fixture = "fixture".equals(args[0]);
    int renderings = args.length > 1 ? Integer.parseInt(args[1]) : 98;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    boolean inParts = args.length <= 3 || !"whole".equals(args[3]);
    PublishedRun run = fixture ? RunFixture.national() : latest(Path.of(args[0]));
    int offset = fixture ? 41 : 1;
    List<String> codes = new ArrayList<>(run.municipalities());
    // -Dparts=false fills each PDF in one piece, as before ReportParts.
    ReportRenderer renderer =
        new ReportRenderer(
            net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance(),
            ReportRenderer.PdfExporter.SINGLE_LINE_CELLS,
            !"false".equals(System.getProperty("parts")));
    RunDatasets datasets = new RunDatasets(run);
    PdfReport pdf = renderer.pdfReport();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < warmUp; i++) {
      renderer.render(
          ReportKind.BENCHMARK,
          codes.get(i % codes.size()),
          group(codes, i, offset),
          run,
          Format.PDF);
    }
    // Only the warm renderings profiled: the warm-up's JIT would lead any profile.
    Recording recording = null;
    if (System.getProperty("jfr") != null) {
      recording = new Recording(Configuration.getConfiguration("profile"));
      recording.start();
    }
    long gcMillis = gcMillis();
    long gcCount = gcCount();
    double[] whole = new double[renderings];
    double[] wall = new double[renderings];
    double prepare = 0;
    double fill = 0;
    double export = 0;
    long bytes = 0;
    int pages = 0;
    for (int i = 0; i < renderings; i++) {
      String code = codes.get(i % codes.size());
      long c = os.getProcessCpuTime();
      long w = System.nanoTime();
      bytes +=
          renderer.render(ReportKind.BENCHMARK, code, group(codes, i, offset), run, Format.PDF)
              .length;
      whole[i] = (os.getProcessCpuTime() - c) / 1e6;
      wall[i] = (System.nanoTime() - w) / 1e6;
    }
    gcMillis = gcMillis() - gcMillis;
    gcCount = gcCount() - gcCount;
    if (recording != null) {
      recording.stop();
      recording.dump(Path.of(System.getProperty("jfr")));
      recording.close();
    }
    // The same renderings again, in parts (the parts' figures include their own GC and JIT).
    for (int i = 0; inParts && i < renderings; i++) {
      String code = codes.get(i % codes.size());
      Perspective perspective =
          Perspective.benchmark(run, ComparisonGroup.of(run, code, group(codes, i, offset)));
      long c0 = os.getProcessCpuTime();
      List<FigurePanel> panels = ReportContents.panels(ReportKind.BENCHMARK, datasets, perspective);
      long c1 = os.getProcessCpuTime();
      JasperPrint print = pdf.fill(ReportKind.BENCHMARK, run, perspective, panels);
      long c2 = os.getProcessCpuTime();
      PdfReport.export(
          print,
          "t",
          new CellPdfExporter(
              DeterministicPdf.context(
                  net.sf.jasperreports.engine.DefaultJasperReportsContext.getInstance())));
      long c3 = os.getProcessCpuTime();
      prepare += (c1 - c0) / 1e6;
      fill += (c2 - c1) / 1e6;
      export += (c3 - c2) / 1e6;
      pages = print.getPages().size();
    }
    Arrays.sort(whole);
    Arrays.sort(wall);
    System.out.printf(
        "%d renderings after %d warm-up, %d pages, %.0f kB each%n"
            + "  process CPU per rendering: median %.1f ms (p25 %.1f, p75 %.1f), mean %.1f ms%n"
            + "  wall per rendering: median %.1f ms, p95 %.1f ms%n"
            + "  collections %.2f per rendering, %.1f ms of collection time each%n"
            + "  parts, mean CPU: panels %.1f ms, fill %.1f ms, export %.1f ms%n"
            + "  filled again in one piece: %d%n",
        renderings,
        warmUp,
        pages,
        bytes / 1e3 / renderings,
        whole[renderings / 2],
        whole[renderings / 4],
        whole[3 * renderings / 4],
        Arrays.stream(whole).average().orElse(0),
        wall[renderings / 2],
        wall[(int) (renderings * 0.95)],
        (double) gcCount / renderings,
        (double) gcMillis / renderings,
        prepare / renderings,
        fill / renderings,
        export / renderings,
        pdf.refills());
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  private static PublishedRun latest(Path work) throws Exception {
    String runId = Files.readString(work.resolve("runs/LATEST")).trim();
    return new RunLoader(new RunLayout(work)).load(runId).run();
  }

  /** Five municipalities from {@code offset} after the {@code i}th, as the chosen group. */
  private static String group(List<String> codes, int i, int offset) {
    List<String> group = new ArrayList<>();
    for (int j = offset; j < offset + 5; j++) {
      group.add(codes.get((i + j) % codes.size()));
    }
    return String.join(",", group);
  }
}
