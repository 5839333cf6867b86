package dk.socialbench.notebooks.cluster;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import dk.socialbench.contract.RunLayout;
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
 * rebalance} hint, and salted with a hash of the case into 8 buckets per municipality, and prints,
 * for the write stage, the number of tasks, the records of the biggest and the median task, and the
 * number of files. A scratch program, not a test.
 *
 * <p>Usage: {@code PartitioningExperiment WORK MASTER OUT SHUFFLE_PARTITIONS}.
 */
public final class PartitioningExperiment {
  /** Row group size of the small-row-groups variant: big files become splittable. */
  static final int ROW_GROUP = 4 << 20;

  /**
   * Reads the written data back as a cluster of 64 cores would (splits of about 333 MB / 64, the
   * size Spark picks for 10⁷ registrations on 64 cores) and returns the biggest and the median read
   * task's records.
   */
  static String readTasks(SparkSession spark, Path dir) throws Exception {
    spark.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(5 << 20));
    Tasks reads = new Tasks(true);
    spark.sparkContext().addSparkListener(reads);
    spark.read().parquet(dir.toUri().toString()).selectExpr("sum(vum_score)").collect();
    spark.sparkContext().listenerBus().waitUntilEmpty();
    spark.sparkContext().removeSparkListener(reads);
    spark.conf().unset("spark.sql.files.maxPartitionBytes");
    return reads.readSummary();
  }

  /** Buckets per municipality in the salted variant. */
  static final int SALT = 8;

  private PartitioningExperiment() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    SparkSession spark =
        SparkSessions.builder(args[1])
            .appName("partitioning")
            .shufflePartitions(Integer.parseInt(args[3]))
            .create();
    Dataset<Row> curated =
        CuratedRegistrations.read(spark, new RunLayout(work).registrations(Runs.latest(work)));
    curated.cache().count();
    curated.createOrReplaceTempView("curated");
    for (String mode :
        List.of(
            "repartition",
            "rebalance",
            "salted",
            "small-row-groups",
            "repartition",
            "rebalance",
            "salted",
            "small-row-groups")) {
      Dataset<Row> shaped =
          switch (mode) {
            case "repartition", "small-row-groups" -> curated.repartition(col("municipality_code"));
            case "rebalance" ->
                spark.sql("SELECT /*+ REBALANCE(municipality_code) */ * FROM curated");
            default ->
                curated.repartition(
                    col("municipality_code"), pmod(xxhash64(col("case_id")), lit(SALT)));
          };
      Tasks tasks = new Tasks();
      spark.sparkContext().addSparkListener(tasks);
      long start = System.nanoTime();
      shaped
          .sortWithinPartitions("municipality_code", "case_id", "registration_number")
          .write()
          .option("parquet.block.size", mode.equals("small-row-groups") ? ROW_GROUP : 128 << 20)
          .mode(SaveMode.Overwrite)
          .partitionBy("municipality_code")
          .parquet(Path.of(args[2], mode).toUri().toString());
      double seconds = (System.nanoTime() - start) / 1e9;
      spark.sparkContext().listenerBus().waitUntilEmpty();
      spark.sparkContext().removeSparkListener(tasks);
      System.out.println(
          tasks.summary(mode, seconds) + " " + readTasks(spark, Path.of(args[2], mode)));
    }
    spark.stop();
  }

  /** Records written and run time of each task of the last stage that wrote output. */
  static final class Tasks extends SparkListener {
    private final List<long[]> writers = Collections.synchronizedList(new ArrayList<>());
    private final boolean reading;

    Tasks() {
      this(false);
    }

    Tasks(boolean reading) {
      this.reading = reading;
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      if (end.taskMetrics() == null) {
        return;
      }
      long records =
          reading
              ? end.taskMetrics().inputMetrics().recordsRead()
              : end.taskMetrics().outputMetrics().recordsWritten();
      if (records > 0 || reading) {
        writers.add(new long[] {records, end.taskInfo().duration()});
      }
    }

    String readSummary() {
      List<Long> r = writers.stream().map(a -> a[0]).filter(x -> x > 0).sorted().toList();
      return String.format(
          Locale.ROOT,
          "read: %d tasks with rows, biggest %d, median %d",
          r.size(),
          r.get(r.size() - 1),
          r.get(r.size() / 2));
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
