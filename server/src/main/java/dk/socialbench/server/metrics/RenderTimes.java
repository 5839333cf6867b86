package dk.socialbench.server.metrics;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of render durations in seconds, for one report and format. */
final class RenderTimes {
  static final double[] BUCKETS = {0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length);
  private final LongAdder total = new LongAdder();
  private final LongAdder sumNanos = new LongAdder();

  void observe(long nanos) {
    double seconds = nanos / 1e9;
    for (int i = 0; i < BUCKETS.length; i++) {
      if (seconds <= BUCKETS[i]) {
        counts.incrementAndGet(i);
      }
    }
    total.increment();
    sumNanos.add(nanos);
  }

  void write(StringBuilder out, String name, String labels) {
    for (int i = 0; i < BUCKETS.length; i++) {
      out.append(name)
          .append("_bucket{")
          .append(labels)
          .append(",le=\"")
          .append(BUCKETS[i])
          .append("\"} ")
          .append(counts.get(i))
          .append('\n');
    }
    out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ");
    out.append(total.sum()).append('\n');
    out.append(name).append("_sum{").append(labels).append("} ");
    out.append(sumNanos.sum() / 1e9).append('\n');
    out.append(name).append("_count{").append(labels).append("} ");
    out.append(total.sum()).append('\n');
  }
}
