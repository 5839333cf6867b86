package dk.socialbench.server.reports;

import com.sun.management.OperatingSystemMXBean;
import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.WarmUpStatus;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms the renderer up for what users ask for uncached: benchmark PDFs compared with a chosen
 * group, rendered one after another in the background (behind any user's rendering, and dropped,
 * not cached) until the process CPU time per rendering stops falling ({@link CpuPlateau}). A JVM
 * keeps compiling JasperReports, JFreeChart and OpenPDF for hundreds of renderings; until it is
 * done, an uncached rendering costs up to twice its steady CPU time. Once per server.
 *
 * <p>The benchmark PDFs the server rendered before (its start-up renderings and the first run's
 * pre-rendering) compile the same code as chosen-group ones, so they count toward the limit: in a
 * server's log the CPU per rendering of the warm-up after a national pre-rendering (98 benchmark
 * PDFs) follows the curve of a server that pre-rendered nothing, shifted by those 98 renderings
 * (docs/benchmarks.md 5.0.15). They cannot close a window of the rule: they run two at a time,
 * beside spreadsheets, so their CPU time is not one rendering's.
 *
 * <p>Example: {@code new RendererWarmUp(service, 400)}.
 */
public final class RendererWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(RendererWarmUp.class);

  private final ReportService reports;
  private final CpuPlateau plateau;
  private final int maxRenderings;
  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
  private volatile WarmUpStatus status;

  /**
   * Warm when two windows of 20 renderings in a row are each not 3 % cheaper than the cheapest
   * window before them, and the JIT compiled for at most 10 % of the last window's CPU time:
   * windows of 20 average out most of one rendering's noise (±10 % on a busy machine); a JVM
   * rendering national benchmarks one after another compiles for 40 % of its CPU time after 60
   * renderings and 8 % after 360 (docs/benchmarks.md 5.0.10).
   *
   * @param maxRenderings the most benchmark PDFs, pre-rendered ones included, before the warm-up
   *     stops, warm or not; 0 for no warm-up
   */
  public RendererWarmUp(ReportService reports, int maxRenderings) {
    this(reports, new CpuPlateau(20, 0.03, 2, 0.10), maxRenderings);
  }

  /**
   * @param plateau when the CPU time per rendering has stopped falling
   */
  RendererWarmUp(ReportService reports, CpuPlateau plateau, int maxRenderings) {
    this.reports = Objects.requireNonNull(reports, "reports == null");
    this.plateau = Objects.requireNonNull(plateau, "plateau == null");
    if (maxRenderings < 0) {
      throw new IllegalArgumentException("maxRenderings < 0: " + maxRenderings);
    }
    this.maxRenderings = maxRenderings;
    // Shown from the start, so that nobody takes the server for warm before the warm-up begins.
    this.status = maxRenderings > 0 ? new WarmUpStatus(false, 0, 0, 0, 0, 0, "") : null;
  }

  /** The warm-up's progress, empty if there is none. */
  public Optional<WarmUpStatus> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Renders {@code run}'s chosen-group benchmarks until warm, the limit, or {@code superseded} (a
   * newer run's pre-rendering, which warms the renderer as well and must not wait for this).
   *
   * @param prerendered the benchmark PDFs the server rendered before, counted toward the limit
   */
  void run(PublishedRun run, int prerendered, BooleanSupplier superseded)
      throws InterruptedException {
    if (prerendered < 0) {
      throw new IllegalArgumentException("prerendered < 0: " + prerendered);
    }
    List<ReportRequest> requests = requests(run);
    long start = System.nanoTime();
    long startCpu = os.getProcessCpuTime();
    int renderings = 0;
    int limit = Math.max(0, maxRenderings - prerendered);
    String stoppedBy = requests.isEmpty() || limit == 0 ? "limit" : "";
    status = new WarmUpStatus(!stoppedBy.isEmpty(), prerendered, 0, 0, 0, 0, stoppedBy);
    while (stoppedBy.isEmpty()) {
      long cpu = os.getProcessCpuTime();
      long compiling = jit.getTotalCompilationTime();
      try {
        reports.renderDropped(requests.get(renderings % requests.size()), run).get();
      } catch (ExecutionException e) {
        stoppedBy = "failure"; // logged by the report service
      }
      renderings++;
      boolean warm =
          plateau.add(os.getProcessCpuTime() - cpu, jit.getTotalCompilationTime() - compiling);
      if (plateau.windowClosed()) {
        // The curve itself, so that the rule and the limit can be judged from a server's log.
        LOG.info(
            "renderer warm-up: {} renderings ({} benchmark PDFs in all), last window {} ms CPU per"
                + " rendering, {} % compiling",
            renderings,
            prerendered + renderings,
            String.format(java.util.Locale.ROOT, "%.0f", plateau.lastWindowMillis()),
            String.format(java.util.Locale.ROOT, "%.0f", 100 * plateau.lastCompileShare()));
      }
      if (stoppedBy.isEmpty()) {
        stoppedBy =
            warm
                ? "plateau"
                : renderings >= limit ? "limit" : superseded.getAsBoolean() ? "new_run" : "";
      }
      status =
          new WarmUpStatus(
              !stoppedBy.isEmpty(),
              prerendered,
              renderings,
              (System.nanoTime() - start) / 1e9,
              (os.getProcessCpuTime() - startCpu) / 1e9,
              plateau.lastWindowMillis(),
              stoppedBy);
    }
    WarmUpStatus s = status;
    LOG.info(
        "renderer warm-up: {} ({} chosen-group renderings after {} benchmark PDFs, {} s, {} s CPU;"
            + " last {} ms CPU per rendering)",
        s.stoppedBy(),
        s.renderings(),
        s.prerendered(),
        String.format(java.util.Locale.ROOT, "%.1f", s.seconds()),
        String.format(java.util.Locale.ROOT, "%.1f", s.cpuSeconds()),
        String.format(java.util.Locale.ROOT, "%.0f", s.cpuMillisPerRendering()));
  }

  /**
   * Each municipality's benchmark PDF compared with the (up to) five municipalities before it in
   * the run's list: another group each time, as users choosing their own ask. Empty when the run is
   * too small for a chosen group.
   */
  static List<ReportRequest> requests(PublishedRun run) {
    List<String> codes = run.municipalities();
    List<ReportRequest> requests = new ArrayList<>();
    if (codes.size() - 1 < ComparisonGroup.MIN_MEMBERS) {
      return requests;
    }
    for (int i = 0; i < codes.size(); i++) {
      List<String> group = new ArrayList<>();
      for (int j = 1; j <= 5 && j < codes.size(); j++) {
        group.add(codes.get(Math.floorMod(i - j, codes.size())));
      }
      String key = ComparisonGroup.of(run, codes.get(i), String.join(",", group)).key();
      requests.add(
          new ReportRequest(ReportKind.BENCHMARK, codes.get(i), Format.PDF).comparedWith(key));
    }
    return requests;
  }
}
