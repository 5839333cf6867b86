package dk.socialbench.spark;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Prints the current stage and the share of Spark tasks done to the console, every second while a
 * stage runs, and each stage's time when it ends. Close it when the job ends.
 */
public final class ConsoleProgress implements Progress, AutoCloseable {
  private final PrintStream out;
  private final long started = System.nanoTime();
  private final AtomicReference<String> stage = new AtomicReference<>();
  private final AtomicLong stageStarted = new AtomicLong();
  private final AtomicLong tasksSubmitted = new AtomicLong();
  private final AtomicLong tasksDone = new AtomicLong();
  private final ScheduledExecutorService ticker;

  public ConsoleProgress(SparkSession spark, PrintStream out) {
    this.out = out;
    spark.sparkContext().addSparkListener(new TaskCounter());
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "socialbench-progress");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  @Override
  public synchronized void stage(String description) {
    finishStage();
    stage.set(description);
    stageStarted.set(System.nanoTime());
    tasksSubmitted.set(0);
    tasksDone.set(0);
    out.printf(Locale.ROOT, "%7.1fs  %s%n", elapsed(started), description);
  }

  private void finishStage() {
    String previous = stage.get();
    if (previous != null) {
      long tasks = tasksDone.get();
      out.printf(
          Locale.ROOT,
          "          done in %.1fs (%d Spark task%s)%n",
          elapsed(stageStarted.get()),
          tasks,
          tasks == 1 ? "" : "s");
    }
  }

  private synchronized void tick() {
    long total = tasksSubmitted.get();
    if (stage.get() == null || total == 0 || System.console() == null) {
      return;
    }
    long done = tasksDone.get();
    out.printf(
        Locale.ROOT,
        "          %3d%% of %d Spark tasks\r",
        Math.min(100, done * 100 / total),
        total);
  }

  private static double elapsed(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  @Override
  public synchronized void close() {
    finishStage();
    stage.set(null);
    ticker.shutdownNow();
  }

  private final class TaskCounter extends SparkListener {
    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
      tasksSubmitted.addAndGet(submitted.stageInfo().numTasks());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      tasksDone.incrementAndGet();
    }
  }
}
