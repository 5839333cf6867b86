package dk.socialbench.server.data;

/**
 * How far the server is with warming its renderer up, as {@code /health} shows it: chosen-group
 * benchmark PDFs rendered in the background until the CPU time per rendering stops falling (the JIT
 * has compiled what a rendering runs).
 *
 * @param done whether the renderer is warm (or the warm-up stopped, see {@code stoppedBy})
 * @param prerendered benchmark PDFs the server rendered before the warm-up (its start-up renderings
 *     and the first run's pre-rendering): they compile the same code, so they count toward the
 *     limit
 * @param renderings warm-up renderings so far
 * @param seconds the warm-up's time so far, until done
 * @param cpuSeconds the process CPU time meanwhile (all threads: the renderings, JIT and GC)
 * @param cpuMillisPerRendering the process CPU per rendering in the last full window, 0 before
 * @param stoppedBy why the warm-up ended: {@code "plateau"} (warm), {@code "limit"} (the most
 *     renderings allowed), {@code "new_run"} (a new run's pre-rendering warms instead), {@code
 *     "failure"}, or empty while it runs
 */
public record WarmUpStatus(
    boolean done,
    int prerendered,
    int renderings,
    double seconds,
    double cpuSeconds,
    double cpuMillisPerRendering,
    String stoppedBy) {}
