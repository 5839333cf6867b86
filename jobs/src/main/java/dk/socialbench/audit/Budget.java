package dk.socialbench.audit;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * The whole-system attacker's time for one component, in CPU seconds of the process by default: on
 * a loaded machine a budget of wall seconds buys little CPU (docs/benchmarks.md 1.41: 1,500 s wall
 * bought 350 s of CPU under load 7–30), so the proof stopped where an idle machine would have gone
 * on. The process's CPU includes the JVM's own threads (the collector, the compiler), a few per
 * cent of an attack that is mostly CP-SAT's native threads. A wall-clock budget is kept for
 * comparison ({@code audit --whole --wall-clock}).
 *
 * <p>Example: {@code Budget b = Budget.cpu(600); while (!b.spent()) { ... }}.
 */
final class Budget {
  private final LongSupplier clock;
  private final long end;

  private Budget(LongSupplier clock, long end) {
    this.clock = clock;
    this.end = end;
  }

  /** {@code seconds} of the process's CPU time from now. */
  static Budget cpu(double seconds) {
    return from(Budget::processCpuNanos, seconds);
  }

  /** {@code seconds} of wall time from now. */
  static Budget wall(double seconds) {
    return from(System::nanoTime, seconds);
  }

  /** No limit: for the tests' small systems. */
  static Budget unlimited() {
    return new Budget(System::nanoTime, Long.MAX_VALUE);
  }

  /** {@code seconds} on {@code clock} (nanoseconds) from now. */
  static Budget from(LongSupplier clock, double seconds) {
    long now = clock.getAsLong();
    double nanos = seconds * 1e9;
    return new Budget(clock, nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + (long) nanos);
  }

  /** Whether the time is used up. */
  boolean spent() {
    return clock.getAsLong() > end;
  }

  /** Half of what is left, on the same clock. */
  Budget half() {
    long now = clock.getAsLong();
    return new Budget(clock, end == Long.MAX_VALUE ? end : now + Math.max(0, end - now) / 2);
  }

  /** The CPU time of every thread of this process, native ones (CP-SAT's workers) included. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    throw new IllegalStateException("this JVM reports no process CPU time; use --wall-clock");
  }
}
