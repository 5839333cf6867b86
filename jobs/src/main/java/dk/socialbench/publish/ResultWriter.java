package dk.socialbench.publish;

import dk.socialbench.analyses.Analysis;
import dk.socialbench.analyses.AnalysisInputs;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.spark.Progress;
import dk.socialbench.spark.SmallQueries;
import dk.socialbench.spark.SparkTypes;
import dk.socialbench.spark.TaskClassLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.QueryPlanningTracker;
import org.apache.spark.sql.execution.QueryExecution;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Computes each analysis once and writes it twice: in full, with each count's cell key, to {@code
 * restricted/} (for analysts, never served) and perturbed by the cell-key method ({@link
 * CellPerturbation}) to {@code published/} (all the server may read). Rows are sorted by their
 * dimensions, so a run's files are stable for the same input.
 */
public final class ResultWriter {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** Analyses computed at once: enough to overlap one's planning with another's tasks. */
  private static final int THREADS = 3;

  private final CellPerturbation perturbation;
  private final Progress progress;
  private final boolean profile;

  /**
   * @param minCell the documented n of publishing: means need a perturbed n above it, medians twice
   *     it ({@link CellPerturbation})
   */
  public ResultWriter(int minCell, Progress progress) {
    this(minCell, progress, false);
  }

  /**
   * @param profile report, per analysis, its thread's CPU from building the query to the collected
   *     rows, Spark's planning phases and the size of its analysed plan, as a progress line: where
   *     the analyses' fixed cost goes (docs/benchmarks.md 1.36, 1.40)
   */
  public ResultWriter(int minCell, Progress progress, boolean profile) {
    this.perturbation = new CellPerturbation(minCell);
    this.progress = Objects.requireNonNull(progress, "progress == null");
    this.profile = profile;
  }

  /**
   * A dataset as written: its restricted rows (cell keys included), how many rows were published
   * (fewer: a row of categories published as 0 is left out, see {@link CellPerturbation}), how many
   * counts publishing changed (perturbed), and the published rows themselves, in {@link
   * ResultDataset#publishedColumns()}: the publication gate audits both as held here instead of
   * reading them back from the files (it checks the files against them).
   */
  public record Written(
      ResultDataset dataset,
      List<Row> rows,
      long publishedRows,
      long suppressedCells,
      List<Row> published) {}

  /**
   * Computes and writes every analysis; returns them in the given order.
   *
   * @param restricted where a dataset's full rows go, by dataset name
   * @param published where its published rows go
   */
  public List<Written> writeAll(
      List<Analysis> analyses,
      AnalysisInputs inputs,
      Function<String, Path> restricted,
      Function<String, Path> published) {
    progress.stage("analyses: " + analyses.size() + " datasets");
    // Under the local tasks' class loader, the code a query generates is compiled once, not once
    // here and again by its first task (TaskClassLoader).
    ClassLoader loader =
        TaskClassLoader.find().orElse(Thread.currentThread().getContextClassLoader());
    TaskClassLoader.shareWithBroadcastThreads();
    // The queries over small cached tables without generated code (SmallQueries).
    SmallQueries small =
        inputs == null
            ? SmallQueries.none()
            : SmallQueries.of(inputs.registrations().sparkSession());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> daemon(r, loader));
    try {
      // Every query built first: its plan tells whether it reads only small cached tables
      // (SmallQueries). The others, which read the registrations or a file and take longest, then
      // start first, so that the stage does not end on one thread running a long query while the
      // other core idles; the small ones fill in after them.
      List<Future<Built>> builds = new ArrayList<>();
      for (Analysis analysis : analyses) {
        builds.add(pool.submit(() -> named(analysis, () -> build(analysis, inputs, small))));
      }
      List<Built> built = new ArrayList<>();
      for (Future<Built> f : builds) {
        built.add(f.get());
      }
      List<Built> order = new ArrayList<>(built);
      order.sort(Comparator.comparing(Built::small));
      Map<Built, Future<Written>> runs = new IdentityHashMap<>();
      for (Built b : order) {
        runs.put(b, pool.submit(() -> named(b.analysis(), () -> write(b, restricted, published))));
      }
      List<Written> written = new ArrayList<>();
      for (Built b : built) {
        written.add(runs.get(b).get());
      }
      return written;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing the analyses", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r, ClassLoader loader) {
    Thread t = new Thread(r, "socialbench-analysis");
    t.setDaemon(true);
    t.setContextClassLoader(loader);
    return t;
  }

  /** {@code work} for {@code analysis}, with a failure that says which dataset it was. */
  private static <T> T named(Analysis analysis, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "analysis " + analysis.dataset().name() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * An analysis's query as built, and as it runs: in the interpreted session if it reads only small
   * cached tables ({@code small}); the thread CPU its building took.
   */
  private record Built(
      Analysis analysis, Dataset<Row> query, Dataset<Row> result, long cpuNanos, boolean small) {}

  private static Built build(Analysis analysis, AnalysisInputs inputs, SmallQueries small) {
    ResultDataset d = analysis.dataset();
    long cpuStart = CPU.getCurrentThreadCpuTime();
    Dataset<Row> built = analysis.compute(inputs);
    requireContract(d, built.schema());
    Dataset<Row> result;
    // Named for the fill a small query may run first (SmallQueries.evaluate).
    built.sparkSession().sparkContext().setJobDescription("analysis " + d.name());
    try {
      result = small.evaluate(built);
    } finally {
      built.sparkSession().sparkContext().setJobDescription(null);
    }
    return new Built(
        analysis, built, result, CPU.getCurrentThreadCpuTime() - cpuStart, result != built);
  }

  private Written write(
      Built b, Function<String, Path> restricted, Function<String, Path> published) {
    ResultDataset d = b.analysis().dataset();
    long cpuStart = CPU.getCurrentThreadCpuTime();
    Dataset<Row> result = b.result();
    List<Row> rows;
    // Names the dataset on its Spark jobs (a property of this thread), for the UI and event log.
    b.query().sparkSession().sparkContext().setJobDescription("analysis " + d.name());
    try {
      rows = sorted(d, result.collectAsList());
    } finally {
      b.query().sparkSession().sparkContext().setJobDescription(null);
    }
    if (profile) {
      long cpu = b.cpuNanos() + CPU.getCurrentThreadCpuTime() - cpuStart;
      progress.stage(profileLine(d, cpu, result));
      if (b.small()) {
        progress.stage("interpreted " + d.name() + ": it reads only small cached tables");
      }
    }
    ResultFiles.write(rows, d.restrictedColumns(), restricted.apply(d.name()));
    List<Object[]> values = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Object[] v = new Object[r.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = r.get(i);
      }
      values.add(v);
    }
    CellPerturbation.Outcome outcome = perturbation.apply(d, values);
    List<Row> publishedRows = outcome.rows().stream().map(RowFactory::create).toList();
    ResultFiles.write(publishedRows, d.publishedColumns(), published.apply(d.name()));
    return new Written(d, rows, publishedRows.size(), outcome.changedCells(), publishedRows);
  }

  /**
   * One analysis's cost, e.g. {@code "profile casemix_funnel: thread CPU 412 ms; analysis 35 ms,
   * optimization 120 ms, planning 18 ms; analysed plan 45156 chars"}. The phases are wall time of
   * the final query only (the DataFrame's earlier steps were analysed as they were built).
   */
  static String profileLine(ResultDataset d, long cpuNanos, Dataset<Row> result) {
    QueryExecution qe = result.queryExecution();
    Map<String, Long> phases = new TreeMap<>();
    JavaConverters.mapAsJavaMap(qe.tracker().phases())
        .forEach((phase, summary) -> phases.put(phase, summary.durationMs()));
    return String.format(
        Locale.ROOT,
        "profile %s: thread CPU %d ms; analysis %d ms, optimization %d ms, planning %d ms;"
            + " analysed plan %d chars",
        d.name(),
        cpuNanos / 1_000_000,
        phases.getOrDefault(QueryPlanningTracker.ANALYSIS(), 0L),
        phases.getOrDefault(QueryPlanningTracker.OPTIMIZATION(), 0L),
        phases.getOrDefault(QueryPlanningTracker.PLANNING(), 0L),
        qe.analyzed().toString().length());
  }

  /**
   * An analysis whose columns differ from its contract's {@link ResultDataset#restrictedColumns()}
   * (each count followed by its cell key) is a bug: stop, naming both.
   */
  public static void requireContract(ResultDataset d, StructType actual) {
    List<String> expected =
        d.restrictedColumns().stream()
            .map(c -> c.name() + ":" + SparkTypes.of(c.type()).simpleString())
            .toList();
    List<String> got =
        Arrays.stream(actual.fields())
            .map(f -> f.name() + ":" + f.dataType().simpleString())
            .toList();
    if (!expected.equals(got)) {
      throw new IllegalStateException(
          "analysis "
              + d.name()
              + " produced columns "
              + got
              + " but its contract says "
              + expected);
    }
  }

  private static List<Row> sorted(ResultDataset d, List<Row> rows) {
    Comparator<Row> order = (a, b) -> 0;
    for (int i = 0; i < d.columns().size(); i++) {
      if (d.columns().get(i).role() == Column.Role.DIMENSION) {
        int k = i;
        Comparator<Row> byKey =
            Comparator.comparing(
                r -> comparable(r.get(k)), Comparator.nullsFirst(Comparator.naturalOrder()));
        order = order.thenComparing(byKey);
      }
    }
    List<Row> copy = new ArrayList<>(rows);
    copy.sort(order);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> comparable(Object value) {
    return (Comparable<Object>) value;
  }
}
