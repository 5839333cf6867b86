package dk.socialbench.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * Ingest's queries evaluated without generated code for an input up to {@link #UP_TO}, set on the
 * session while ingest runs and put back as they were when closed (the analyses after it keep the
 * session's choice). Ingest's queries are few but wide (about 45 columns through the case window,
 * the cache and the writes), and on such an input generating and compiling their Java, and the JIT
 * compiling that again, cost more than the rows repay: at 10⁴ registrations ingest took 12–18 %
 * less CPU interpreted, at 10⁵ 5–9 % (docs/benchmarks.md 1.56). A session started with its own
 * {@code spark.sql.codegen.wholeStage} keeps it. The same two settings as {@link
 * InputSizedSettings}' choice for the whole run (interpreted only up to 1 MiB), here for one stage.
 * A larger input, up to {@link #WHOLE_STAGE_UP_TO}, keeps generated expressions but no whole
 * stages.
 *
 * <p>Example: {@code try (InterpretedQueries q = InterpretedQueries.upTo(spark, bytes)) { ... }}.
 */
public final class InterpretedQueries implements AutoCloseable {
  /** Input bytes up to which ingest is interpreted: about 150,000 delivery rows. */
  public static final long UP_TO = 32L << 20;

  /**
   * Input bytes up to which ingest's queries, above {@link #UP_TO}, run without whole-stage code
   * generation (each operator's expressions still generated): about 2.4 million delivery rows. A
   * whole stage of ingest's is one method over about 45 columns that the JIT compiled to 140–220 KB
   * of machine code, some of it twice; at 10⁶ registrations ingest took 6–11 % less CPU without it,
   * its tasks' share −8 % and +3 % (two trios started together; docs/benchmarks.md 1.62). Not
   * measured at 10⁷, where the tasks' rows weigh more than the compiling: whole stages stay above
   * this.
   */
  public static final long WHOLE_STAGE_UP_TO = 512L << 20;

  private final RuntimeConfig conf;

  /** Each setting changed, and its value before (empty: it was not set). */
  private final Map<String, Optional<String>> before = new LinkedHashMap<>();

  private InterpretedQueries(RuntimeConfig conf) {
    this.conf = conf;
  }

  /**
   * Interprets the session's queries until closed, if {@code inputBytes} is at most UP_TO; runs
   * them without whole-stage code generation if it is at most {@link #WHOLE_STAGE_UP_TO}.
   */
  public static InterpretedQueries upTo(SparkSession spark, long inputBytes) {
    Objects.requireNonNull(spark, "spark == null");
    InterpretedQueries q = new InterpretedQueries(spark.conf());
    if (spark.sparkContext().getConf().contains(InputSizedSettings.WHOLE_STAGE)) {
      return q;
    }
    if (inputBytes <= WHOLE_STAGE_UP_TO) {
      q.set(InputSizedSettings.WHOLE_STAGE, "false");
    }
    if (inputBytes <= UP_TO) {
      q.set(InputSizedSettings.FACTORY_MODE, "NO_CODEGEN");
    }
    return q;
  }

  private void set(String key, String value) {
    before.put(key, conf.contains(key) ? Optional.of(conf.get(key)) : Optional.empty());
    conf.set(key, value);
  }

  /** Puts back what was set before. */
  @Override
  public void close() {
    before.forEach(
        (key, value) -> value.ifPresentOrElse(v -> conf.set(key, v), () -> conf.unset(key)));
    before.clear();
  }
}
