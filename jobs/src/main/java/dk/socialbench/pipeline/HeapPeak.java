package dk.socialbench.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The highest JVM heap use seen since the last {@link #reset()}, sampled every 50 ms by a daemon
 * thread: what each stage of a run needs (in local mode the executors share the driver's heap).
 */
final class HeapPeak implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  HeapPeak() {
    sampler =
        new Thread(
            () -> {
              while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "socialbench-heap-peak");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts a new stage: the peak restarts from the current use. */
  void reset() {
    peak.set(memory.getHeapMemoryUsage().getUsed());
  }

  /** The peak since the last reset, in MiB. */
  long peakMib() {
    return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed()) >> 20;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
