package dk.socialbench.spark;

import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Shuffle partitions sized to a run's input, set on the session before the run's first query. On
 * {@code local[*]} every shuffle costs a task per partition per stage, and a run does about a
 * hundred stages, so a small input gets one shuffle partition and a large one at most four per
 * core, and above 64 MiB of input per partition one more per 64 MiB; an input of one partition runs
 * without adaptive execution. Only for sessions that ask for it ({@link #ENABLED}: {@link
 * SparkSessions} sets it on local masters unless the shuffle partitions were chosen); a cluster, a
 * {@code --conf spark.sql.shuffle.partitions=N} and the tests' session keep theirs.
 *
 * <p>Example: {@code InputSizedSettings.applyTo(spark, deliveries.bytes())}.
 */
public final class InputSizedSettings {
  /** The session setting that turns sizing on. */
  public static final String ENABLED = "socialbench.shufflePartitions.fromInput";

  private static final String ADAPTIVE = "spark.sql.adaptive.enabled";

  private static final String CACHE_COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";

  /** Above this many paths Spark lists a directory tree with a job of one task per path. */
  static final String LISTING_THRESHOLD = "spark.sql.sources.parallelPartitionDiscovery.threshold";

  /**
   * Input bytes above which cached tables are compressed: about 2.5 million delivery rows. Below,
   * the caches (ingest's checked rows, the analyses' inputs) fit the default heap uncompressed, and
   * choosing and applying an encoding per column and batch was about a tenth of a 10⁶ run's CPU
   * (docs/benchmarks.md 1.8); above, memory is what limits a run.
   */
  static final long COMPRESS_CACHE_ABOVE = 512L << 20;

  /**
   * Input bytes up to which Spark evaluates expressions without generating code: about 4,500
   * delivery rows. A run this small is mostly fixed cost, and most of it was generating and
   * compiling Java for each query's operators (Janino in the analysis threads and the tasks):
   * interpreted, the demo (248 KB) took about a third less CPU. At 10^4 registrations (2.2 MB) the
   * tasks' rows already repay the compiling: no less CPU interpreted (docs/benchmarks.md 1.27).
   */
  static final long INTERPRET_UP_TO = 1L << 20;

  static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";

  /** Spark's choice of generated or interpreted projections, orderings and predicates. */
  static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

  /**
   * Spark's object hash aggregation (a median, a {@code collect_list}) falls back to sorting every
   * remaining row of a task by its group's key once its hash map holds this many groups; Spark's
   * default is 128. The analyses' medians are taken over thousands of cells (the first
   * registrations' means: about 3,000 at 10⁶), so their tasks sorted nearly all their rows by
   * string keys: 14 % of the analyses' task CPU at 10⁶ (docs/benchmarks.md 1.53). A buffer holds at
   * most its group's values, and a task's share of the input is bounded by the shuffle partitions
   * below (at most about 300,000 registrations), so a task's buffers stay small without the
   * fallback; a task with more groups than this still falls back.
   */
  static final int OBJECT_AGGREGATION_GROUPS = 1 << 14;

  private static final String OBJECT_AGGREGATION_FALLBACK =
      "spark.sql.objectHashAggregate.sortBased.fallbackThreshold";

  /** Input bytes per shuffle partition: about 25,000 delivery rows. */
  static final long BYTES_PER_PARTITION = 8L << 20;

  /**
   * The most input bytes a shuffle partition holds, whatever the cores: about 300,000 delivery
   * rows. Four partitions per core kept a partition's rows growing with the input (at 10⁷ rows a
   * partition of ingest's case sort held about 1.25 million rows), and with it the memory a task
   * needs to sort, window and cache it; above this the partitions grow with the input instead, so
   * that a task's memory stays what it is at 10⁶ and a fixed heap holds any input
   * (docs/benchmarks.md 1.44).
   */
  static final long MAX_BYTES_PER_PARTITION = 64L << 20;

  private InputSizedSettings() {}

  /**
   * {@code ceil(bytes / 8 MiB)}, at least 1 and at most {@code 4 × cores}; but at least {@code
   * ceil(bytes / 64 MiB)}, rounded up to a multiple of {@code cores}, for a large input.
   */
  static int shufflePartitions(long inputBytes, int cores) {
    if (inputBytes < 0 || cores < 1) {
      throw new IllegalArgumentException(
          "input bytes must be >= 0 and cores >= 1, got " + inputBytes + " and " + cores);
    }
    long wanted = (inputBytes + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    long bySize = Math.max(1, Math.min(4L * cores, wanted));
    long bounded = (inputBytes + MAX_BYTES_PER_PARTITION - 1) / MAX_BYTES_PER_PARTITION;
    if (bounded > bySize) {
      bySize = (bounded + cores - 1) / cores * cores;
    }
    return (int) Math.min(Integer.MAX_VALUE, bySize);
  }

  /**
   * Sets the shuffle partitions for {@code inputBytes} if the session asks for it, and turns
   * adaptive execution off for one partition: it would have nothing to coalesce, yet it submits
   * each shuffle stage of each query as a Spark job of its own (the demo: 143 jobs with it, 53
   * without; docs/benchmarks.md 1.6). Cached tables are compressed only for an input above {@link
   * #COMPRESS_CACHE_ABOVE}, unless the session was started with its own choice; uncompressed, they
   * are kept as rows ({@link RowCache}, where the session's serializer is that). Code is generated
   * only for an input above {@link #INTERPRET_UP_TO}, unless the session was started with its own
   * {@code spark.sql.codegen.wholeStage}. Directories are listed on the driver, never by a Spark
   * job. Object hash aggregation keeps up to {@link #OBJECT_AGGREGATION_GROUPS} groups in a task's
   * hash map before it sorts, unless the session was started with its own threshold.
   */
  public static void applyTo(SparkSession spark, long inputBytes) {
    Objects.requireNonNull(spark, "spark == null");
    if (Boolean.parseBoolean(spark.conf().get(ENABLED, "false"))) {
      int cores = spark.sparkContext().defaultParallelism();
      int partitions = shufflePartitions(inputBytes, cores);
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
      // Back on for a larger input in the same session (a notebook runs several), unless the
      // session was started with it off.
      boolean adaptive = spark.sparkContext().getConf().getBoolean(ADAPTIVE, true);
      spark.conf().set(ADAPTIVE, partitions > 1 && adaptive);
      // Listed on the driver: a local file system lists a run's curated data (a directory per
      // municipality, 98 nationally) in milliseconds; the default threshold (32) made reading it a
      // job of 98 tasks.
      spark.conf().set(LISTING_THRESHOLD, Integer.MAX_VALUE);
      Boolean compressed = cacheCompressed(inputBytes, spark.sparkContext().getConf());
      if (compressed != null) {
        spark.conf().set(CACHE_COMPRESSED, compressed);
        // Uncompressed, a cached table is kept as rows (where the session's serializer can):
        // copied whole instead of built column by column (docs/benchmarks.md 1.59).
        spark.conf().set(RowCache.ROWS, !compressed);
      }
      if (!spark.sparkContext().getConf().contains(OBJECT_AGGREGATION_FALLBACK)) {
        spark.conf().set(OBJECT_AGGREGATION_FALLBACK, OBJECT_AGGREGATION_GROUPS);
      }
      if (!spark.sparkContext().getConf().contains(WHOLE_STAGE)) {
        boolean interpreted = interpreted(inputBytes);
        spark.conf().set(WHOLE_STAGE, !interpreted);
        spark.conf().set(FACTORY_MODE, interpreted ? "NO_CODEGEN" : "FALLBACK");
      }
    }
  }

  /** Whether a run of {@code inputBytes} evaluates its queries without generating code. */
  static boolean interpreted(long inputBytes) {
    return inputBytes <= INTERPRET_UP_TO;
  }

  /**
   * Whether cached tables should be compressed for {@code inputBytes}, or null where the session
   * was started with a choice of its own ({@code --conf spark.sql.inMemoryColumnarStorage
   * .compressed=...}): a user who chose it, e.g. to fit a small driver, keeps it.
   */
  static Boolean cacheCompressed(long inputBytes, SparkConf started) {
    if (started.contains(CACHE_COMPRESSED)) {
      return null;
    }
    return inputBytes > COMPRESS_CACHE_ABOVE;
  }
}
