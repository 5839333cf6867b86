package dk.socialbench.cluster;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.ingest.CuratedRegistrations;
import dk.socialbench.spark.SparkSessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The measurement behind {@code docs/partitioning.md}: rewrites existing curated registrations the
 * way ingest writes them ({@code repartition(municipality_code)}) and with Spark's {@code
 * rebalance} hint, and prints, for the write stage, the number of tasks, the records of the biggest
 * and the median task, and the number of files. A scratch program, not a test.
 *
 * <p>Usage: {@code PartitioningExperiment WORK MASTER OUT}.
 */
public final class PartitioningExperiment {
  private PartitioningExperiment() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    SparkSession spark = SparkSessions.builder(args[1]).appName("partitioning").create();
    Dataset<Row> curated =
        CuratedRegistrations.read(spark, work.resolve("curated").resolve("registrations"));
    curated.cache().count();
    for (String mode : List.of("repartition", "rebalance", "repartition", "rebalance")) {
      Dataset<Row> shaped =
          mode.equals("repartition")
              ? curated.repartition(col("municipality_code"))
              : curated.hint("rebalance", col("municipality_code"));
      Tasks tasks = new Tasks();
      spark.sparkContext().addSparkListener(tasks);
      long start = System.nanoTime();
      shaped
          .sortWithinPartitions("municipality_code", "case_id", "registration_number")
          .write()
          .mode(SaveMode.Overwrite)
          .partitionBy("municipality_code")
          .parquet(Path.of(args[2], mode).toUri().toString());
      double seconds = (System.nanoTime() - start) / 1e9;
      spark.sparkContext().listenerBus().waitUntilEmpty();
      spark.sparkContext().removeSparkListener(tasks);
      System.out.println(tasks.summary(mode, seconds));
    }
    spark.stop();
  }

  /** Records written and run time of each task of the last stage that wrote output. */
  static final class Tasks extends SparkListener {
    private final List<long[]> writers = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() != null && end.taskMetrics().outputMetrics().recordsWritten() > 0) {
        writers.add(
            new long[] {
              end.taskMetrics().outputMetrics().recordsWritten(), end.taskInfo().duration()
            });
      }
    }

    String summary(String mode, double seconds) {
      List<long[]> w = new ArrayList<>(writers);
      w.sort((a, b) -> Long.compare(a[0], b[0]));
      long total = w.stream().mapToLong(a -> a[0]).sum();
      long[] max = w.get(w.size() - 1);
      long[] median = w.get(w.size() / 2);
      long maxMs = w.stream().mapToLong(a -> a[1]).max().orElse(0);
      long medianMs =
          w.stream().mapToLong(a -> a[1]).sorted().skip(w.size() / 2).findFirst().orElse(0);
      return String.format(
          Locale.ROOT,
          "| %s | %.1f | %d | %d | %d (%.1f%%) | %d | %d | %d |",
          mode,
          seconds,
          w.size(),
          total,
          max[0],
          100.0 * max[0] / total,
          median[0],
          maxMs,
          medianMs);
    }
  }
}
