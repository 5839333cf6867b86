package dk.socialbench.server.metrics;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.util.thread.ThreadPool;

/**
 * The server's metrics on {@code /metrics}, in a Micrometer Prometheus registry: requests by route
 * and status, render durations, cache hits and misses, the run being served (as a label), the JVM
 * (memory, threads, classes, CPU, uptime) and Jetty's thread pool. The names of the metrics the
 * server had before Micrometer ({@code socialbench_*}, {@code jvm_memory_heap_*_bytes}, {@code
 * process_cpu_seconds_total}) are kept, so dashboards and alerts keep working.
 */
public final class ServerMetrics {
  /** Upper bounds of the render-duration histogram's buckets, in seconds. */
  static final double[] RENDER_BUCKETS = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter cacheHits;
  private final Counter cacheMisses;
  private final Counter renderFailures;
  private final Counter renderQueueFull;
  private volatile Supplier<String> runId = () -> null;
  private Meter shownRun;
  private String shownRunId;

  public ServerMetrics() {
    cacheHits = counter("socialbench.render.cache.hits", "Report files served from the cache");
    cacheMisses =
        counter("socialbench.render.cache.misses", "Report files that had to be rendered");
    renderFailures = counter("socialbench.render.failures", "Renders that failed (HTTP 500)");
    renderQueueFull =
        counter(
            "socialbench.render.queue.full",
            "Requests refused (HTTP 503) because too many renderings were waiting");
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    registerHeapAndCpu();
  }

  /** Counts a finished request; {@code route} is the matched path pattern, not the raw path. */
  public void countRequest(String method, String route, int status) {
    Counter.builder("socialbench.http.requests")
        .description("HTTP requests by route and status")
        .tags("method", method, "route", route, "status", Integer.toString(status))
        .register(registry)
        .increment();
  }

  public void observeRender(String report, String format, long nanos) {
    Timer.builder("socialbench.render.duration")
        .description("Time to render a report file")
        .tags("report", report, "format", format)
        .serviceLevelObjectives(renderBuckets())
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  public void cacheHit() {
    cacheHits.increment();
  }

  public void cacheMiss() {
    cacheMisses.increment();
  }

  public void renderFailed() {
    renderFailures.increment();
  }

  /** Counts a request refused with 503 because too many renderings were waiting. */
  public void renderQueueFull() {
    renderQueueFull.increment();
  }

  /** Reports the value of {@code supplier} as gauge {@code name} (e.g. the cache's bytes). */
  public void gauge(String name, String help, LongSupplier supplier) {
    Objects.requireNonNull(supplier, "supplier == null");
    replaceGauge(name, help, () -> supplier.getAsLong());
  }

  /** Reports the value of {@code supplier}, in seconds, as gauge {@code name}. */
  public void gaugeSeconds(String name, String help, DoubleSupplier supplier) {
    Objects.requireNonNull(supplier, "supplier == null");
    replaceGauge(name, help, supplier);
  }

  /** Where the id of the run being served comes from (null while there is none). */
  public void runId(Supplier<String> supplier) {
    this.runId = Objects.requireNonNull(supplier, "supplier == null");
  }

  /** Adds the metrics of Jetty's request threads (busy, idle, queued, limits). */
  public void bindJettyThreads(ThreadPool threads) {
    new JettyServerThreadPoolMetrics(threads, Tags.empty()).bindTo(registry);
  }

  public long cacheHits() {
    return (long) cacheHits.count();
  }

  public long cacheMisses() {
    return (long) cacheMisses.count();
  }

  /** All metrics in the Prometheus text exposition format 0.0.4. */
  public synchronized String prometheusText() {
    showRun(runId.get());
    return registry.scrape();
  }

  /** The run being served is a label, so the gauge is replaced when the run changes. */
  private void showRun(String id) {
    if (Objects.equals(id, shownRunId)) {
      return;
    }
    if (shownRun != null) {
      registry.remove(shownRun);
      shownRun = null;
    }
    shownRunId = id;
    if (id != null) {
      shownRun =
          Gauge.builder("socialbench.run.info", () -> 1)
              .description("The run being served (1), none when absent")
              .tag("run_id", id)
              .register(registry);
    }
  }

  private void replaceGauge(String name, String help, DoubleSupplier value) {
    Gauge old = registry.find(name).gauge();
    if (old != null) {
      registry.remove(old);
    }
    Gauge.builder(name, value::getAsDouble).description(help).register(registry);
  }

  private Counter counter(String name, String help) {
    return Counter.builder(name).description(help).register(registry);
  }

  /** The heap figures and CPU time under the names /metrics had before Micrometer. */
  private void registerHeapAndCpu() {
    var memory = ManagementFactory.getMemoryMXBean();
    Gauge.builder("jvm.memory.heap.used.bytes", () -> memory.getHeapMemoryUsage().getUsed())
        .description("Heap in use")
        .register(registry);
    long heapLimit = heapLimit(memory.getHeapMemoryUsage().getMax());
    Gauge.builder("jvm.memory.heap.max.bytes", () -> heapLimit)
        .description("Heap limit (-Xmx)")
        .register(registry);
    Gauge.builder("jvm.memory.heap.peak.bytes", ServerMetrics::heapPeak)
        .description("Sum of the heap pools' peak use")
        .register(registry);
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      FunctionCounter.builder("process.cpu.seconds", os, o -> o.getProcessCpuTime() / 1e9)
          .description("CPU time of the server process")
          .register(registry);
    }
  }

  /**
   * The heap's limit as configured ({@code -Xmx}). The memory bean's maximum is not that under the
   * parallel collector, which leaves one survivor space out of it (456 MiB of a 512 MiB heap).
   */
  private static long heapLimit(long fallback) {
    try {
      HotSpotDiagnosticMXBean hotSpot =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return Long.parseLong(hotSpot.getVMOption("MaxHeapSize").getValue());
    } catch (RuntimeException notHotSpot) {
      return fallback;
    }
  }

  private static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static Duration[] renderBuckets() {
    Duration[] buckets = new Duration[RENDER_BUCKETS.length];
    for (int i = 0; i < buckets.length; i++) {
      buckets[i] = Duration.ofNanos(Math.round(RENDER_BUCKETS[i] * 1e9));
    }
    return buckets;
  }
}
