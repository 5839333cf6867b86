package dk.socialbench.spark;

import java.net.URLClassLoader;
import java.util.Optional;

/**
 * The class loader Spark's local executor runs its tasks under, for the threads that run queries in
 * the same JVM to run under too.
 *
 * <p>Why: Spark 3.5 keeps the classes it compiles from generated code in a cache keyed by the
 * compiling thread's context class loader as well as the code. A query's whole-stage code is
 * compiled once on the thread that runs the query (Spark checks that it compiles before it starts
 * tasks) and, in local mode, again by the query's first task, whose thread runs under a loader of
 * the executor's own: at 10⁴ registrations about 100 of a run's 615 compilations were such repeats
 * (docs/benchmarks.md 1.58). A thread under the tasks' loader compiles each class once, and the
 * tasks find it in the cache.
 *
 * <p>Only a loader that resolves every class as the caller's does is returned: a URL class loader
 * with no URLs of its own (no jars added to the executor) whose parent is the caller's context
 * class loader. Anything else (a cluster's driver, which runs no tasks; a local run given jars; no
 * task run yet) gives nothing, and threads keep the loader they have.
 *
 * <p>Every thread that runs queries in a local run starts under it where it can: the analysis
 * threads, ingest's output threads, the threads that plan the analyses' shared inputs ({@link
 * #shareWith}), and Spark's own broadcast threads ({@link #shareWithBroadcastThreads}), which
 * compile the code of the side of a join they collect, and which the thread that first needs one
 * starts, often ingest's.
 *
 * <p>Example: {@code TaskClassLoader.shareWith(new Thread(r, "socialbench-inputs"))}.
 */
public final class TaskClassLoader {
  /** How Spark's executor names the threads that run tasks. */
  static final String TASK_THREAD = "Executor task launch worker";

  /** How Spark names the threads that collect and broadcast the small side of a join. */
  static final String BROADCAST_THREAD = "broadcast-exchange";

  private TaskClassLoader() {}

  /** {@code thread}, set to start under the local tasks' loader if there is one to share. */
  public static Thread shareWith(Thread thread) {
    find().ifPresent(thread::setContextClassLoader);
    return thread;
  }

  /**
   * Spark's broadcast threads alive now run under the local tasks' loader from their next query,
   * where there is one to share: a thread of that pool keeps the loader of the thread that started
   * it and lives on for a minute idle, so one started under another loader compiles the code its
   * tasks compile again.
   */
  public static void shareWithBroadcastThreads() {
    find()
        .ifPresent(
            loader -> {
              for (Thread t : threads()) {
                if (t.getName().startsWith(BROADCAST_THREAD)) {
                  t.setContextClassLoader(loader);
                }
              }
            });
  }

  /** The local tasks' loader, if a task has run in this JVM and its loader is safe to share. */
  public static Optional<ClassLoader> find() {
    ClassLoader own = Thread.currentThread().getContextClassLoader();
    for (Thread t : threads()) {
      if (t.getName().startsWith(TASK_THREAD)) {
        ClassLoader loader = t.getContextClassLoader();
        if (resolvesAs(loader, own)) {
          return Optional.of(loader);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code loader} finds every class where {@code own} does: it only asks {@code own}. */
  static boolean resolvesAs(ClassLoader loader, ClassLoader own) {
    return loader != null
        && own != null
        && loader != own
        && loader instanceof URLClassLoader urls
        && urls.getURLs().length == 0
        && loader.getParent() == own;
  }

  private static Thread[] threads() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 64];
    int n = root.enumerate(threads, true);
    return java.util.Arrays.copyOf(threads, n);
  }
}
