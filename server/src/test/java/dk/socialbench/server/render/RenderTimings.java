package dk.socialbench.server.render;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures how long the benchmark PDF takes to render, warm, for the ten SEP municipalities and for
 * a national run of 98, and how long all 98 benchmark PDFs of a national run take one after
 * another. Run by hand (it asserts nothing, so it is no test):
 *
 * <pre>
 * java -Xmx512m -cp server/target/test-classes:server/target/classes:$(cat cp.txt) \
 *     dk.socialbench.server.render.RenderTimings
 * </pre>
 */
final class RenderTimings {
  private RenderTimings() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    ReportRenderer renderer = new ReportRenderer();
    System.out.printf("templates loaded in %.0f ms%n", millis(start));
    PublishedRun sep = RunFixture.sep();
    PublishedRun national = RunFixture.national();
    measure("10 municipalities (Horsens)", renderer, sep, RunFixture.HORSENS);
    measure("98 municipalities (Horsens)", renderer, national, RunFixture.HORSENS);
    long all = System.nanoTime();
    long bytes = 0;
    for (String code : national.municipalities()) {
      bytes += renderer.render(ReportKind.BENCHMARK, code, national, Format.PDF).length;
    }
    System.out.printf(
        "all %d benchmark PDFs of the national run: %.1f s, %.1f MB%n",
        national.municipalities().size(), millis(all) / 1000, bytes / 1e6);
    measureKind("national PDF, 98 municipalities", renderer, national, ReportKind.NATIONAL);
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "heap used %.0f MB of max %.0f MB%n",
        (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
  }

  private static void measure(
      String label, ReportRenderer renderer, PublishedRun run, String code) {
    for (int i = 0; i < 10; i++) {
      renderer.render(ReportKind.BENCHMARK, code, run, Format.PDF);
    }
    List<Double> times = new ArrayList<>();
    int size = 0;
    for (int i = 0; i < 21; i++) {
      long t = System.nanoTime();
      size = renderer.render(ReportKind.BENCHMARK, code, run, Format.PDF).length;
      times.add(millis(t));
    }
    Collections.sort(times);
    System.out.printf(
        "benchmark PDF, %s: median %.0f ms, p95 %.0f ms, min %.0f ms, %d kB%n",
        label, times.get(10), times.get(19), times.get(0), size / 1000);
  }

  private static void measureKind(
      String label, ReportRenderer renderer, PublishedRun run, ReportKind kind) {
    renderer.render(kind, null, run, Format.PDF);
    long t = System.nanoTime();
    int size = renderer.render(kind, null, run, Format.PDF).length;
    System.out.printf("%s: %.0f ms, %d kB%n", label, millis(t), size / 1000);
  }

  private static double millis(long since) {
    return (System.nanoTime() - since) / 1e6;
  }
}
