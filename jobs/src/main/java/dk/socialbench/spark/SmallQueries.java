package dk.socialbench.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.OneRowRelation;
import org.apache.spark.sql.execution.CachedData;
import org.apache.spark.sql.execution.SQLExecution;
import org.apache.spark.sql.execution.columnar.CachedRDDBuilder;
import org.apache.spark.sql.execution.columnar.InMemoryRelation;
import scala.Option;
import scala.collection.JavaConverters;
import scala.runtime.AbstractFunction0;

/**
 * Queries that read only small tables already in the cache, evaluated without generated code, in a
 * second session of the same Spark application whose settings are the first's but for the two of
 * code generation ({@link InputSizedSettings}' {@code WHOLE_STAGE} and {@code FACTORY_MODE}).
 *
 * <p>Why: at 10⁴ registrations half of the analyses' CPU was Spark generating Java for each query
 * and compiling it, a fixed cost per query that a query over the registrations repays and one over
 * a few thousand cells does not (docs/benchmarks.md 1.58, 1.61). The session is chosen per query
 * from what its plan reads, when the query is built: every leaf a cached table that has been filled
 * and holds at most {@link #MAX_ROWS} rows (or a local table that small). A table not yet filled
 * sends its reader to the generating session, so the fill, which reads the registrations, keeps
 * generated code. A second session rather than a setting changed around the query: the analyses run
 * three at a time, and a session's settings are shared by its threads.
 *
 * <p>The second session shares the first's SparkContext and cache manager, so the cached tables are
 * the same blocks: a plan built in the first session is handed over as it is (its leaves the cached
 * tables' in-memory relations) and only optimised, planned and run in the second.
 *
 * <p>Example: {@code SmallQueries small = SmallQueries.of(spark); small.evaluate(query)}.
 */
public final class SmallQueries {
  /**
   * Rows a table read by an interpreted query may hold: the size to which a whole run is cheaper
   * interpreted ({@link InputSizedSettings}, up to 1 MiB of input: about 4,500 delivery rows). The
   * analyses' cells of the first registrations, their case-mix ratios and the yearly totals stay
   * below it at any input; the registrations and the person-years grow with it.
   */
  public static final long MAX_ROWS = 4_096;

  private static final SmallQueries NONE = new SmallQueries(null, 0);

  private final SparkSession interpreted;
  private final long maxRows;

  private SmallQueries(SparkSession interpreted, long maxRows) {
    this.interpreted = interpreted;
    this.maxRows = maxRows;
  }

  /**
   * The small queries of {@code spark}'s application, or none where {@code spark} already evaluates
   * without generated code or was started with its own choice of whole-stage code generation (a
   * user who chose keeps the choice for every query).
   */
  public static SmallQueries of(SparkSession spark) {
    Objects.requireNonNull(spark, "spark == null");
    if (spark.sparkContext().getConf().contains(InputSizedSettings.WHOLE_STAGE)
        || !generatesCode(spark.conf())) {
      return NONE;
    }
    return new SmallQueries(interpretedSession(spark), MAX_ROWS);
  }

  /** Every query in the session it was built in. */
  public static SmallQueries none() {
    return NONE;
  }

  private static boolean generatesCode(RuntimeConfig conf) {
    return Boolean.parseBoolean(conf.get(InputSizedSettings.WHOLE_STAGE, "true"))
        && !"NO_CODEGEN".equals(conf.get(InputSizedSettings.FACTORY_MODE, "FALLBACK"));
  }

  /**
   * A new session of {@code spark}'s application (its SparkContext, cache and catalogue) with every
   * setting of {@code spark}'s, changed at run time included, but code generation off.
   */
  static SparkSession interpretedSession(SparkSession spark) {
    SparkSession session = spark.newSession();
    RuntimeConfig from = spark.conf();
    RuntimeConfig to = session.conf();
    Map<String, String> wanted = JavaConverters.mapAsJavaMap(from.getAll());
    Map<String, String> present = JavaConverters.mapAsJavaMap(to.getAll());
    for (String key : List.copyOf(present.keySet())) {
      if (!wanted.containsKey(key) && to.isModifiable(key)) {
        to.unset(key);
      }
    }
    wanted.forEach(
        (key, value) -> {
          if (!value.equals(present.get(key)) && to.isModifiable(key)) {
            to.set(key, value);
          }
        });
    to.set(InputSizedSettings.WHOLE_STAGE, "false");
    to.set(InputSizedSettings.FACTORY_MODE, "NO_CODEGEN");
    return session;
  }

  /**
   * {@code query} in the interpreted session if every table it reads is a cached table or a local
   * table of at most {@link #MAX_ROWS} rows, else {@code query} itself; the rows are the same
   * either way. A cached table it reads that is not filled yet is filled first, in {@code query}'s
   * own session (as the query would have filled it), so that its rows are known and its fill, which
   * reads a larger table, keeps generated code.
   */
  public Dataset<Row> evaluate(Dataset<Row> query) {
    if (interpreted == null || query.sparkSession() == interpreted) {
      return query;
    }
    LogicalPlan plan = query.queryExecution().analyzed();
    List<LogicalPlan> leaves = leaves(plan);
    for (LogicalPlan leaf : leaves) {
      OptionalLong rows = rows(leaf);
      boolean unfilled = leaf instanceof InMemoryRelation && rows.isEmpty();
      if (!unfilled && (rows.isEmpty() || rows.getAsLong() > maxRows)) {
        return query;
      }
    }
    for (LogicalPlan leaf : leaves) {
      if (leaf instanceof InMemoryRelation cached && rows(leaf).isEmpty()) {
        fill(query.sparkSession(), cached.cacheBuilder());
        if (rows(leaf).orElse(Long.MAX_VALUE) > maxRows) {
          return query;
        }
      }
    }
    return new Dataset<>(interpreted, plan, Encoders.row(query.schema()));
  }

  /**
   * Computes and keeps every block of {@code cached} now, with its session's settings, so that its
   * rows are known before any query reads it: its readers are then chosen for the interpreted
   * session from the start, not by which of them happens to read it first. E.g. the analyses' small
   * shared tables, filled before the analyses start ({@code AnalysisInputs.cache()}).
   *
   * @param cached a Dataset whose {@code cache()} has been called
   */
  public static void fill(Dataset<Row> cached) {
    SparkSession spark = cached.sparkSession();
    Option<CachedData> data = spark.sharedState().cacheManager().lookupCachedData(cached);
    if (data.isEmpty()) {
      throw new IllegalArgumentException(
          "fill: the Dataset is not cached: " + cached.logicalPlan());
    }
    fill(spark, data.get().cachedRepresentation().cacheBuilder());
  }

  /** Computes and keeps every block of a cached table, with {@code spark}'s settings. */
  private static void fill(SparkSession spark, CachedRDDBuilder cache) {
    SQLExecution.withSQLConfPropagated(
        spark,
        new AbstractFunction0<Long>() {
          @Override
          public Long apply() {
            return cache.cachedColumnBuffers().count();
          }
        });
  }

  /** The leaves of {@code plan} and of its subqueries. */
  private static List<LogicalPlan> leaves(LogicalPlan plan) {
    List<LogicalPlan> plans = new ArrayList<>();
    plans.add(plan);
    plans.addAll(JavaConverters.seqAsJavaList(plan.subqueriesAll()));
    List<LogicalPlan> leaves = new ArrayList<>();
    for (LogicalPlan p : plans) {
      leaves.addAll(JavaConverters.seqAsJavaList(p.collectLeaves()));
    }
    return leaves;
  }

  /** Rows of a filled cached table or a local table; empty for anything else. */
  private static OptionalLong rows(LogicalPlan leaf) {
    if (leaf instanceof InMemoryRelation cached) {
      CachedRDDBuilder cache = cached.cacheBuilder();
      return cache.isCachedColumnBuffersLoaded()
          ? OptionalLong.of(cache.rowCountStats().value())
          : OptionalLong.empty();
    }
    if (leaf instanceof LocalRelation local) {
      return OptionalLong.of(local.data().size());
    }
    if (leaf instanceof OneRowRelation) {
      return OptionalLong.of(1);
    }
    return OptionalLong.empty();
  }
}
