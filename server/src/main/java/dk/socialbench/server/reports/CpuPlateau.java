package dk.socialbench.server.reports;

/**
 * Tells when a renderer is warm: renderings are counted in windows of a fixed size, and it is warm
 * when {@code flatWindows} windows in a row each failed to beat the cheapest window before them by
 * {@code minFall} (a fraction of its CPU time), and the JIT compiled for at most {@code
 * maxCompileShare} of the last window's CPU time. While the JIT still compiles, each window is
 * clearly cheaper than the last; on a busy machine the CPU time of a window varies by up to ±10 %
 * and can look flat early, so the JIT's own compilation time must have died down as well.
 *
 * <p>Example: {@code new CpuPlateau(20, 0.03, 2, 0.10)} is warm after two windows of 20 renderings
 * neither of which was 3 % cheaper than the cheapest before it, the last with at most 10 % of its
 * CPU time compiling.
 */
final class CpuPlateau {
  private final int window;
  private final double minFall;
  private final int flatWindows;
  private final double maxCompileShare;
  private long windowNanos;
  private long windowCompileMillis;
  private int inWindow;
  private double best = Double.POSITIVE_INFINITY;
  private double last;
  private double lastCompileShare = 1;
  private int flat;

  CpuPlateau(int window, double minFall, int flatWindows, double maxCompileShare) {
    if (window < 1 || flatWindows < 1 || minFall < 0 || minFall >= 1 || maxCompileShare < 0) {
      throw new IllegalArgumentException(
          "window "
              + window
              + ", minFall "
              + minFall
              + ", flatWindows "
              + flatWindows
              + ", maxCompileShare "
              + maxCompileShare);
    }
    this.window = window;
    this.minFall = minFall;
    this.flatWindows = flatWindows;
    this.maxCompileShare = maxCompileShare;
  }

  /**
   * Counts one rendering: the process CPU time it took and the JIT's compilation time meanwhile.
   * Returns whether the renderer is warm (now or before).
   */
  boolean add(long cpuNanos, long compileMillis) {
    windowNanos += cpuNanos;
    windowCompileMillis += compileMillis;
    if (++inWindow < window) {
      return reached();
    }
    last = windowNanos / 1e6 / window;
    lastCompileShare = windowNanos == 0 ? 0 : windowCompileMillis * 1e6 / windowNanos;
    windowNanos = 0;
    windowCompileMillis = 0;
    inWindow = 0;
    if (last <= best * (1 - minFall)) {
      flat = 0;
    } else if (best != Double.POSITIVE_INFINITY) {
      flat++;
    }
    best = Math.min(best, last);
    return reached();
  }

  boolean reached() {
    return flat >= flatWindows && lastCompileShare <= maxCompileShare;
  }

  /** The share of the last full window's CPU time the JIT spent compiling (1 before the first). */
  double lastCompileShare() {
    return lastCompileShare;
  }

  /** Whether the rendering just added closed a window. */
  boolean windowClosed() {
    return inWindow == 0;
  }

  /** The CPU time per rendering of the last full window, in ms (0 before the first). */
  double lastWindowMillis() {
    return last;
  }
}
