package dk.socialbench.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Independent pieces of the audit (one count's programmes, one dataset's files) on a few threads,
 * their results in the order of their indices whatever the number of threads, so that the audit
 * finds the same with one thread as with several. The audit runs on the driver after the analyses,
 * when Spark's executor threads are idle.
 *
 * <p>Example: {@code Workers.map(4, names.size(), i -> read(names.get(i)))}.
 */
final class Workers {
  private Workers() {}

  /** The threads the audit uses unless told otherwise: one per processor. */
  static int available() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * {@code task} applied to {@code 0..n-1} on at most {@code threads} threads (the caller's one of
   * them), the results by index. The first exception a task throws is thrown here once all threads
   * have stopped.
   */
  static <T> List<T> map(int threads, int n, IntFunction<T> task) {
    if (threads <= 1 || n <= 1) {
      List<T> results = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        results.add(task.apply(i));
      }
      return results;
    }
    Object[] results = new Object[n];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work =
        () -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            if (failure.get() != null) {
              return;
            }
            try {
              results[i] = task.apply(i);
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
              return;
            }
          }
        };
    Thread[] helpers = new Thread[Math.min(threads, n) - 1];
    for (int t = 0; t < helpers.length; t++) {
      helpers[t] = new Thread(work, "audit-worker-" + (t + 1));
      helpers[t].setDaemon(true);
      helpers[t].start();
    }
    work.run();
    try {
      for (Thread helper : helpers) {
        helper.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the audit's workers ran", e);
    }
    Throwable f = failure.get();
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f != null) {
      throw (Error) f;
    }
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) Arrays.asList(results);
    return list;
  }
}
