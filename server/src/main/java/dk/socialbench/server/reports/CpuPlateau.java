package dk.socialbench.server.reports;

/**
 * Tells when the CPU time per rendering has stopped falling: renderings are counted in windows of a
 * fixed size, and the plateau is reached when {@code flatWindows} windows in a row each fail to
 * beat the best window before them by at least {@code minFall} (a fraction). While the JIT still
 * compiles, each window is clearly cheaper than the last; once it is done, windows differ by noise.
 *
 * <p>Example: {@code new CpuPlateau(20, 0.03, 2)} is reached after two windows of 20 renderings
 * neither of which was 3 % cheaper than the cheapest window before it.
 */
final class CpuPlateau {
  private final int window;
  private final double minFall;
  private final int flatWindows;
  private long windowNanos;
  private int inWindow;
  private double best = Double.POSITIVE_INFINITY;
  private double last;
  private int flat;

  CpuPlateau(int window, double minFall, int flatWindows) {
    if (window < 1 || flatWindows < 1 || minFall < 0 || minFall >= 1) {
      throw new IllegalArgumentException(
          "window " + window + ", minFall " + minFall + ", flatWindows " + flatWindows);
    }
    this.window = window;
    this.minFall = minFall;
    this.flatWindows = flatWindows;
  }

  /** Counts one rendering's CPU time; returns whether the plateau is reached (now or before). */
  boolean add(long cpuNanos) {
    windowNanos += cpuNanos;
    if (++inWindow < window) {
      return reached();
    }
    last = windowNanos / 1e6 / window;
    windowNanos = 0;
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
    return flat >= flatWindows;
  }

  /** The CPU time per rendering of the last full window, in ms (0 before the first). */
  double lastWindowMillis() {
    return last;
  }
}
