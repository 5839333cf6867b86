package dk.socialbench.server.reports;

import dk.socialbench.server.data.PrerenderStatus;
import dk.socialbench.server.data.WarmUpStatus;
import dk.socialbench.server.metrics.ServerMetrics;

/** The gauges of the render cache, the render queue and pre-rendering on {@code /metrics}. */
public final class RenderingMetrics {
  private RenderingMetrics() {}

  public static void register(
      ServerMetrics metrics, RenderCache cache, RenderQueue queue, Prerenderer prerenderer) {
    metrics.gauge("socialbench_render_cache_bytes", "Bytes of rendered files cached", cache::bytes);
    metrics.gauge("socialbench_render_cache_files", "Rendered files cached", cache::size);
    metrics.gauge(
        "socialbench_render_cache_limit_bytes",
        "Bytes the cache may hold now: the run's default reports and room for other files",
        cache::limitBytes);
    metrics.gauge(
        "socialbench_render_queue_waiting",
        "Users' renderings waiting for a render thread",
        queue::waiting);
    metrics.gauge(
        "socialbench_prerender_reports",
        "Default reports of the newest run, rendered before it is served",
        () -> prerenderer.status().map(PrerenderStatus::reports).orElse(0));
    metrics.gauge(
        "socialbench_prerender_rendered",
        "Default reports of the newest run done (rendered, or found in the cache)",
        () -> prerenderer.status().map(PrerenderStatus::rendered).orElse(0));
    metrics.gauge(
        "socialbench_prerender_failed",
        "Default reports of the newest run that could not be rendered (the log names them)",
        () -> prerenderer.status().map(PrerenderStatus::failed).orElse(0));
    metrics.gauge(
        "socialbench_prerender_done",
        "1 once every default report of the newest run has been tried",
        () -> prerenderer.status().map(s -> s.done() ? 1 : 0).orElse(0));
    metrics.gauge(
        "socialbench_warmup_done",
        "1 once the renderer's warm-up has ended (warm, its limit, or a new run)",
        () -> prerenderer.warmUpStatus().map(s -> s.done() ? 1 : 0).orElse(0));
    metrics.gauge(
        "socialbench_warmup_renderings",
        "Chosen-group benchmarks rendered to warm the renderer up",
        () -> prerenderer.warmUpStatus().map(WarmUpStatus::renderings).orElse(0));
    metrics.gaugeSeconds(
        "socialbench_warmup_seconds",
        "Time the renderer's warm-up took (so far)",
        () -> prerenderer.warmUpStatus().map(WarmUpStatus::seconds).orElse(0.0));
    metrics.gaugeSeconds(
        "socialbench_warmup_cpu_seconds",
        "Process CPU time during the renderer's warm-up (so far)",
        () -> prerenderer.warmUpStatus().map(WarmUpStatus::cpuSeconds).orElse(0.0));
    metrics.gaugeSeconds(
        "socialbench_prerender_seconds",
        "Time from loading the newest run until its default reports were done (so far)",
        () -> prerenderer.status().map(PrerenderStatus::seconds).orElse(0.0));
  }
}
