package dk.socialbench.server.reports;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The renderings to do, on a fixed number of threads: that number bounds both the CPU and the heap
 * rendering takes. A user's rendering goes before any background one (pre-rendering a new run); at
 * most {@code maxWaiting} users' renderings wait for a thread, and one more is refused with {@link
 * RenderQueueFullException} rather than queued for as long as it takes. Nobody waits on a request
 * thread: a rendering's result is a future.
 */
public final class RenderQueue implements AutoCloseable {
  /** Who a rendering is for. */
  public enum Priority {
    /** A request waits for it. */
    USER,
    /** Nobody waits yet: pre-rendering, warming up. */
    BACKGROUND
  }

  private final ThreadPoolExecutor threads;
  private final int maxWaiting;
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong order = new AtomicLong();

  /** {@code renderThreads} renderings at once; at most {@code maxWaiting} users' waiting. */
  public RenderQueue(int renderThreads, int maxWaiting) {
    if (renderThreads < 1) {
      throw new IllegalArgumentException("renderThreads < 1: " + renderThreads);
    }
    if (maxWaiting < 0) {
      throw new IllegalArgumentException("maxWaiting < 0: " + maxWaiting);
    }
    this.maxWaiting = maxWaiting;
    AtomicInteger n = new AtomicInteger();
    this.threads =
        new ThreadPoolExecutor(
            renderThreads,
            renderThreads,
            0,
            TimeUnit.SECONDS,
            new PriorityBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "report-renderer-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Queues {@code work}; the future completes with its result or exception.
   *
   * @throws RenderQueueFullException for a user's rendering when {@code maxWaiting} wait already
   */
  public <T> CompletableFuture<T> submit(Priority priority, Callable<T> work) {
    if (priority == Priority.USER && waiting.incrementAndGet() > maxWaiting) {
      waiting.decrementAndGet();
      throw new RenderQueueFullException(maxWaiting);
    }
    Job<T> job = new Job<>(priority, order.incrementAndGet(), work);
    threads.execute(job);
    return job.result;
  }

  /** Users' renderings waiting for a thread now. */
  public int waiting() {
    return waiting.get();
  }

  /** Stops the threads; renderings still queued never run, and their futures never complete. */
  @Override
  public void close() {
    threads.shutdownNow();
    // A rendering under way does not stop on interrupt: wait for it, so that nothing writes into
    // the cache after the server is closed (a test's work directory is deleted right after).
    try {
      threads.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A rendering in the queue: users' first, then in the order they came. */
  private final class Job<T> implements Runnable, Comparable<Job<?>> {
    final Priority priority;
    final long sequence;
    final Callable<T> work;
    final CompletableFuture<T> result = new CompletableFuture<>();

    Job(Priority priority, long sequence, Callable<T> work) {
      this.priority = priority;
      this.sequence = sequence;
      this.work = work;
    }

    @Override
    public void run() {
      if (priority == Priority.USER) {
        waiting.decrementAndGet();
      }
      try {
        result.complete(work.call());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }

    @Override
    public int compareTo(Job<?> other) {
      int byPriority = priority.compareTo(other.priority);
      return byPriority != 0 ? byPriority : Long.compare(sequence, other.sequence);
    }
  }
}
