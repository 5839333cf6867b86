package dk.socialbench.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession for a job, the same way for the command line, notebooks and tests.
 *
 * <p>Example: {@code SparkSessions.builder("local[*]").appName("socialbench run").create()}.
 */
public final class SparkSessions {
  private final String master;
  private String appName = "socialbench";
  private int shufflePartitions;
  private boolean shufflePartitionsChosen;
  private boolean ui;
  private Path scratchUnder;
  private final Map<String, String> extra = new java.util.LinkedHashMap<>();

  /** Spark's setting of optimizer rules left out. */
  public static final String EXCLUDED_RULES = "spark.sql.optimizer.excludedRules";

  /**
   * Optimizer rules that changed no plan of a whole run (the demo: 42 optimized queries, 42 to 582
   * runs of each rule, 0 effective; Catalyst's {@code RuleExecutor} metrics) yet took 1.5 s of the
   * rules' 16.9 s there (summed over the threads, loaded): each walks every plan on every pass of
   * its batch, and the demo's time is mostly planning (docs/benchmarks.md 1.51). An optimizer rule
   * never changes what a query returns, so leaving one out can cost only a plan it would have
   * improved; {@code --conf spark.sql.optimizer.excludedRules=} (empty) runs them all again.
   */
  public static final List<String> UNUSED_OPTIMIZER_RULES =
      List.of(
          "org.apache.spark.sql.catalyst.optimizer.PruneFilters",
          "org.apache.spark.sql.catalyst.optimizer.OptimizeUpdateFields",
          "org.apache.spark.sql.catalyst.optimizer.ReorderAssociativeOperator",
          "org.apache.spark.sql.catalyst.optimizer.MergeScalarSubqueries",
          "org.apache.spark.sql.catalyst.optimizer.ReplaceNullWithFalseInPredicate",
          "org.apache.spark.sql.catalyst.optimizer.RemoveRedundantAggregates",
          "org.apache.spark.sql.execution.datasources.SchemaPruning",
          "org.apache.spark.sql.execution.datasources.PruneFileSourcePartitions",
          "org.apache.spark.sql.catalyst.optimizer.OptimizeOneRowRelationSubquery",
          "org.apache.spark.sql.catalyst.optimizer.UnwrapCastInBinaryComparison",
          "org.apache.spark.sql.catalyst.optimizer.OptimizeCsvJsonExprs",
          "org.apache.spark.sql.catalyst.optimizer.ConstantPropagation",
          "org.apache.spark.sql.catalyst.optimizer.PushProjectionThroughLimit");

  /** Spark's (static) setting of how many compiled classes of generated code it keeps. */
  static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";

  /** More than a run compiles (about 500), so that none is compiled twice. */
  static final int CODEGEN_CACHE_CLASSES = 2000;

  /**
   * Spark's setting that puts a second, generated hash map in front of every keyed aggregation's
   * own: more generated code in every such query, compiled once per query. Off, the analyses stage
   * took about a second less CPU at 10⁴ registrations (docs/benchmarks.md 1.63; 10⁵ measured only
   * with the other cuts, 10⁶ not at all); the groups and their values are the same.
   */
  public static final String TWO_LEVEL_AGGREGATION =
      "spark.sql.codegen.aggregate.map.twolevel.enabled";

  /** {@link #UNUSED_OPTIMIZER_RULES} as the value of {@link #EXCLUDED_RULES}. */
  public static String excludedRules() {
    return String.join(",", UNUSED_OPTIMIZER_RULES);
  }

  private SparkSessions(String master) {
    this.master = Objects.requireNonNull(master, "master == null");
    this.shufflePartitions = defaultShufflePartitions(master);
  }

  /** A builder for the given master URL, e.g. {@code local[*]} or {@code spark://host:7077}. */
  public static SparkSessions builder(String master) {
    return new SparkSessions(master);
  }

  public SparkSessions appName(String name) {
    this.appName = Objects.requireNonNull(name, "name == null");
    return this;
  }

  /** Shuffle partitions; the default suits local mode (four per core, not Spark's 200). */
  public SparkSessions shufflePartitions(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("shuffle partitions must be at least 1, got " + n);
    }
    this.shufflePartitions = n;
    this.shufflePartitionsChosen = true;
    return this;
  }

  public SparkSessions ui(boolean enabled) {
    this.ui = enabled;
    return this;
  }

  /**
   * In local mode, Spark's shuffle files, spills and cached blocks go to a private folder under
   * {@code work} ({@link SparkScratch}) rather than {@code java.io.tmpdir}, unless {@code
   * spark.local.dir} is given (or Spark's own {@code SPARK_LOCAL_DIRS}, which wins over both).
   */
  public SparkSessions scratchUnder(Path work) {
    this.scratchUnder = Objects.requireNonNull(work, "work == null");
    return this;
  }

  /** Any other Spark setting, e.g. {@code spark.executor.memory}. */
  public SparkSessions config(String key, String value) {
    extra.put(key, value);
    return this;
  }

  /** Spark's static setting of the class that builds and reads cached tables. */
  public static final String CACHE_SERIALIZER = "spark.sql.cache.serializer";

  public SparkSession create() {
    SparkSession.Builder b =
        SparkSession.builder()
            .master(master)
            .appName(appName)
            .config("spark.ui.enabled", String.valueOf(ui))
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
            .config("spark.sql.adaptive.enabled", "true")
            // Coalesce small shuffle outputs to the advisory size rather than keep one
            // partition per core: most of a run's shuffles end in a few hundred result rows.
            .config("spark.sql.adaptive.coalescePartitions.parallelismFirst", "false")
            .config("spark.sql.session.timeZone", "Europe/Copenhagen")
            .config("spark.sql.parquet.compression.codec", "snappy")
            .config("spark.sql.sources.partitionOverwriteMode", "static")
            // Results and curated data are small files per partition; no _SUCCESS markers needed.
            .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
            .config("spark.hadoop.parquet.summary.metadata.level", "NONE")
            // Every query's plan is written out for the SQL listener as it starts; "formatted"
            // (the default) numbers and lists every operator, and was the largest single part of
            // the analysis threads' planning CPU (docs/benchmarks.md 1.54, 1.55). The UI and the
            // event log show the plan as a tree instead.
            .config("spark.sql.ui.explainMode", "simple")
            // Spark keeps the last 100 classes it compiled from generated code; a run compiles
            // about 500 different ones (ingest's, then 29 analyses' of a few stages and
            // projections each), so a class evicted by the others' was compiled again when the
            // next query or task needed it: at 10^4 about 40 of a run's 615 compilations
            // (docs/benchmarks.md 1.58). The classes stay loaded for the run (their memory not
            // measured).
            .config(CODEGEN_CACHE, String.valueOf(CODEGEN_CACHE_CLASSES))
            .config(TWO_LEVEL_AGGREGATION, "false")
            .config(EXCLUDED_RULES, excludedRules());
    if (master.startsWith("local")
        && !shufflePartitionsChosen
        && !extra.containsKey("spark.sql.shuffle.partitions")) {
      b.config(InputSizedSettings.ENABLED, "true");
    }
    if (master.startsWith("local")) {
      // Only loopback: without this Spark binds the machine's interface address.
      b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
      // Cached tables kept as rows where the input is sized for it (InputSizedSettings): the
      // serializer is fixed when the session starts, before the input's size is known.
      b.config(CACHE_SERIALIZER, RowCache.class.getName());
      // One chmod process per file written is Hadoop's default without its native library.
      b.config("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
      // Ingest shuffles and caches rows before every name in them is redacted: encrypted on disk
      // under a key that lives in this process only, what a killed run leaves is unreadable.
      b.config("spark.io.encryption.enabled", "true");
      // The driver's block and RPC ports listen on the loopback address, where every local user
      // can connect: without authentication any of them can fetch blocks, the task that carries
      // the pseudonymisation key among them. Spark makes a secret of its own in local mode.
      b.config("spark.authenticate", "true");
      if (scratchUnder != null && !extra.containsKey("spark.local.dir")) {
        b.config("spark.local.dir", SparkScratch.create(scratchUnder).toString());
      }
    }
    extra.forEach(b::config);
    if (!master.startsWith("local")
        && !extra.containsKey("spark.jars")
        && System.getProperty("spark.jars") == null) {
      // Executors need the analyses' classes, which a driver started by the launcher has only
      // on its own classpath (spark-submit sets spark.jars itself).
      JobJar.locate().ifPresent(jar -> b.config("spark.jars", jar.toUri().toString()));
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  static int defaultShufflePartitions(String master) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (master.startsWith("local[")) {
      String n = master.substring(6, master.length() - 1);
      if (!n.equals("*") && n.matches("\\d+")) {
        cores = Integer.parseInt(n);
      }
    } else if (!master.startsWith("local")) {
      return 64; // a cluster: a starting point; AQE coalesces small partitions
    }
    return Math.max(2, cores * 4);
  }
}
