package dk.socialbench.server.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a server's heap in use from {@code /metrics} every 200 ms and keeps the highest value, the
 * heap the server actually needed (the pools' peaks, summed, only bound it from above).
 */
final class HeapSampler implements AutoCloseable {
  private final AtomicLong max = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  HeapSampler(ServerProcess server) {
    this.thread =
        new Thread(
            () -> {
              while (running) {
                try {
                  max.accumulateAndGet(server.gauge("jvm_memory_heap_used_bytes"), Math::max);
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  return;
                } catch (java.io.IOException e) {
                  // a busy server may miss a sample; the next one counts
                }
              }
            },
            "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  long maxBytes() {
    return max.get();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(2000);
  }
}
