package dk.socialbench.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.metrics.source.CodegenMetrics;
import org.apache.spark.sql.Encoders;
import org.junit.Assert;
import org.junit.Test;

/** The analysis threads run under the local tasks' class loader: generated code compiled once. */
public class TaskClassLoaderTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static String describe(ClassLoader loader) {
    return loader.getClass().getName() + "@" + System.identityHashCode(loader);
  }

  @Test
  public void finds_the_class_loader_that_local_tasks_run_under() {
    List<String> underTasks =
        spark()
            .range(1)
            .map(
                (MapFunction<Long, String>)
                    x -> describe(Thread.currentThread().getContextClassLoader()),
                Encoders.STRING())
            .collectAsList();

    ClassLoader found = TaskClassLoader.find().orElseThrow();

    assertEquals(underTasks.get(0), describe(found));
  }

  @Test
  public void only_a_loader_that_asks_the_callers_loader_for_every_class_is_shared()
      throws Exception {
    ClassLoader own = Thread.currentThread().getContextClassLoader();
    URL jar = Path.of("some.jar").toUri().toURL();
    try (URLClassLoader empty = new URLClassLoader(new URL[0], own);
        URLClassLoader withJar = new URLClassLoader(new URL[] {jar}, own);
        URLClassLoader otherParent = new URLClassLoader(new URL[0], own.getParent())) {
      Assert.assertTrue(TaskClassLoader.resolvesAs(empty, own));
      Assert.assertFalse(TaskClassLoader.resolvesAs(withJar, own));
      Assert.assertFalse(TaskClassLoader.resolvesAs(otherParent, own));
      Assert.assertFalse(TaskClassLoader.resolvesAs(own, own));
      Assert.assertFalse(TaskClassLoader.resolvesAs(null, own));
    }
  }

  /** Classes compiled by Spark (whole-stage code, projections) while one query runs on a thread. */
  private long compilations(ClassLoader loader) throws Exception {
    // A constant of its own makes the query's generated code new to the cache.
    long bound = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    AtomicLong compiled = new AtomicLong();
    Thread t =
        new Thread(
            () -> {
              long before = CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
              spark().range(100).filter(col("id").plus(bound).gt(bound + 50)).count();
              compiled.set(CodegenMetrics.METRIC_COMPILATION_TIME().getCount() - before);
            });
    t.setContextClassLoader(loader);
    t.start();
    t.join();
    return compiled.get();
  }

  @Test
  public void a_query_run_under_the_tasks_loader_is_not_compiled_again_by_its_task()
      throws Exception {
    spark().range(1).collectAsList(); // a task has run: its thread and loader exist
    ClassLoader tasks = TaskClassLoader.find().orElseThrow();
    ClassLoader own = Thread.currentThread().getContextClassLoader();

    long underOwn = compilations(own);
    long underTasks = compilations(tasks);

    // Each stage's whole-stage code: on the query's thread and again by its task, or once.
    Assert.assertTrue(underTasks + " against " + underOwn, underTasks < underOwn);
  }
}
