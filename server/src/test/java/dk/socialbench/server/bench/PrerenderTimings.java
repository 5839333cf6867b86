package dk.socialbench.server.bench;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.RunLoader;
import dk.socialbench.server.render.ReportRenderer;
import dk.socialbench.server.reports.DefaultReports;
import dk.socialbench.server.reports.ReportRequest;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders every default report of WORK's LATEST run one after another in this JVM, as pre-rendering
 * does but on one thread, and prints the process CPU time by report and format (GC and JIT
 * included), per pass; the first pass is cold. Run by hand (it asserts nothing):
 *
 * <pre>
 * java -Xmx512m -cp server/target/test-classes:server/target/classes:$(cat server/target/classpath.txt) \
 *     dk.socialbench.server.bench.PrerenderTimings WORK [passes]
 * </pre>
 */
final class PrerenderTimings {
  private PrerenderTimings() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    String runId = Files.readString(work.resolve("runs/LATEST")).trim();
    PublishedRun run = new RunLoader(new RunLayout(work)).load(runId).run();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<ReportRequest> requests = DefaultReports.of(run);
    for (int pass = 0; pass < passes; pass++) {
      ReportRenderer renderer = new ReportRenderer();
      Map<String, double[]> by = new TreeMap<>();
      long all = os.getProcessCpuTime();
      long wall = System.nanoTime();
      for (ReportRequest r : requests) {
        long c = os.getProcessCpuTime();
        byte[] b = renderer.render(r, run);
        double[] acc = by.computeIfAbsent(r.report().slug() + " " + r.format(), k -> new double[3]);
        acc[0] += (os.getProcessCpuTime() - c) / 1e9;
        acc[1] += 1;
        acc[2] += b.length / 1e6;
      }
      System.out.printf(
          "pass %d: %d reports, process CPU %.1f s, wall %.1f s%n",
          pass,
          requests.size(),
          (os.getProcessCpuTime() - all) / 1e9,
          (System.nanoTime() - wall) / 1e9);
      by.forEach(
          (k, v) ->
              System.out.printf(
                  "  %-22s n=%3.0f cpu %6.1f s  %6.0f ms each  %6.1f MB%n",
                  k, v[1], v[0], 1000 * v[0] / v[1], v[2]));
    }
  }
}
