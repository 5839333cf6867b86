package dk.socialbench.server.bench;

import java.util.Arrays;

/**
 * The outcome of one load level: every request's latency, how many did not get 200, and the wall
 * time, as the figures of a Markdown table row.
 */
record LoadResult(String scenario, int clients, long[] latenciesNanos, int errors, long wallNanos) {

  double percentileMillis(double p) {
    if (latenciesNanos.length == 0) {
      return Double.NaN;
    }
    long[] sorted = latenciesNanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
  }

  double maxMillis() {
    return Arrays.stream(latenciesNanos).max().orElse(0) / 1e6;
  }

  double requestsPerSecond() {
    return latenciesNanos.length / (wallNanos / 1e9);
  }

  String markdownRow() {
    return String.format(
        java.util.Locale.ROOT,
        "| %s | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |",
        scenario,
        clients,
        latenciesNanos.length,
        errors,
        percentileMillis(50),
        percentileMillis(95),
        maxMillis(),
        requestsPerSecond());
  }

  /**
   * The header of rows of {@link #markdownRow} with the cache misses and CPU time added: the
   * process's (from its {@code /metrics}), its user and system parts, and its JIT compiler threads'
   * share (from {@code /proc}, in 10 ms ticks).
   */
  static String markdownHeader() {
    return "| scenario | clients | requests | not 200 | p50 ms | p95 ms | max ms | requests/s"
        + " | cache misses | server CPU ms per download | of which user / system"
        + " | of which the JIT |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  }
}
