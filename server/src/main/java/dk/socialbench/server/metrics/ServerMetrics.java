package dk.socialbench.server.metrics;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The server's counters, written in the Prometheus text format on {@code /metrics}: requests by
 * route and status, render durations, cache hits and misses, the run being served (as a label), and
 * JVM heap. Lock-free to count, so measuring does not slow the requests measured.
 */
public final class ServerMetrics {
  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, RenderTimes> renders = new ConcurrentHashMap<>();
  private final LongAdder cacheHits = new LongAdder();
  private final LongAdder cacheMisses = new LongAdder();
  private final LongAdder renderFailures = new LongAdder();
  private final LongAdder renderQueueFull = new LongAdder();

  private record Gauge(String help, LongSupplier value) {}

  private record SecondsGauge(String help, DoubleSupplier value) {}

  private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();
  private final Map<String, SecondsGauge> secondsGauges = new ConcurrentHashMap<>();
  private volatile Supplier<String> runId = () -> null;

  /** Counts a finished request; {@code route} is the matched path pattern, not the raw path. */
  public void countRequest(String method, String route, int status) {
    String labels =
        "method=\"" + method + "\",route=\"" + escape(route) + "\",status=\"" + status + "\"";
    requests.computeIfAbsent(labels, k -> new LongAdder()).increment();
  }

  public void observeRender(String report, String format, long nanos) {
    String labels = "report=\"" + report + "\",format=\"" + format + "\"";
    renders.computeIfAbsent(labels, k -> new RenderTimes()).observe(nanos);
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
    gauges.put(name, new Gauge(help, supplier));
  }

  /** Reports the value of {@code supplier}, in seconds, as gauge {@code name}. */
  public void gaugeSeconds(String name, String help, DoubleSupplier supplier) {
    secondsGauges.put(name, new SecondsGauge(help, supplier));
  }

  /** Where the id of the run being served comes from (null while there is none). */
  public void runId(Supplier<String> supplier) {
    this.runId = supplier;
  }

  public long cacheHits() {
    return cacheHits.sum();
  }

  public long cacheMisses() {
    return cacheMisses.sum();
  }

  /** All metrics in the Prometheus text exposition format 0.0.4. */
  public String prometheusText() {
    StringBuilder out = new StringBuilder(4096);
    header(out, "socialbench_http_requests_total", "counter", "HTTP requests by route and status");
    new TreeMap<>(requests)
        .forEach((l, n) -> line(out, "socialbench_http_requests_total", l, n.sum()));
    header(out, "socialbench_render_duration_seconds", "histogram", "Time to render a report file");
    new TreeMap<>(renders)
        .forEach((l, h) -> h.write(out, "socialbench_render_duration_seconds", l));
    counter(out, "socialbench_render_cache_hits_total", "ReportKind files served from the cache");
    line(out, "socialbench_render_cache_hits_total", null, cacheHits.sum());
    counter(
        out, "socialbench_render_cache_misses_total", "ReportKind files that had to be rendered");
    line(out, "socialbench_render_cache_misses_total", null, cacheMisses.sum());
    counter(out, "socialbench_render_failures_total", "Renders that failed (HTTP 500)");
    line(out, "socialbench_render_failures_total", null, renderFailures.sum());
    counter(
        out,
        "socialbench_render_queue_full_total",
        "Requests refused (HTTP 503) because too many renderings were waiting");
    line(out, "socialbench_render_queue_full_total", null, renderQueueFull.sum());
    new TreeMap<>(gauges)
        .forEach(
            (name, gauge) -> {
              header(out, name, "gauge", gauge.help());
              line(out, name, null, gauge.value().getAsLong());
            });
    new TreeMap<>(secondsGauges)
        .forEach(
            (name, gauge) -> {
              header(out, name, "gauge", gauge.help());
              out.append(name).append(' ').append(gauge.value().getAsDouble()).append('\n');
            });
    writeRun(out);
    writeHeap(out);
    writeCpu(out);
    return out.toString();
  }

  private void writeRun(StringBuilder out) {
    String id = runId.get();
    header(out, "socialbench_run_info", "gauge", "The run being served (1), none when absent");
    if (id != null) {
      line(out, "socialbench_run_info", "run_id=\"" + escape(id) + "\"", 1);
    }
  }

  private static void writeHeap(StringBuilder out) {
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    header(out, "jvm_memory_heap_used_bytes", "gauge", "Heap in use");
    line(out, "jvm_memory_heap_used_bytes", null, heap.getUsed());
    header(out, "jvm_memory_heap_max_bytes", "gauge", "Heap limit (-Xmx)");
    line(out, "jvm_memory_heap_max_bytes", null, heap.getMax());
    header(out, "jvm_memory_heap_peak_bytes", "gauge", "Sum of the heap pools' peak use");
    line(out, "jvm_memory_heap_peak_bytes", null, peak);
  }

  /** The process's CPU time, all threads and the JVM's own: what a download costs the server. */
  private static void writeCpu(StringBuilder out) {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      header(out, "process_cpu_seconds_total", "counter", "CPU time of the server process");
      out.append("process_cpu_seconds_total ").append(os.getProcessCpuTime() / 1e9).append('\n');
    }
  }

  private static void counter(StringBuilder out, String name, String help) {
    header(out, name, "counter", help);
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static void line(StringBuilder out, String name, String labels, long value) {
    out.append(name);
    if (labels != null) {
      out.append('{').append(labels).append('}');
    }
    out.append(' ').append(value).append('\n');
  }

  private static String escape(String label) {
    return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
