package dk.socialbench.notebook;

import dk.socialbench.analyses.AnalysisCatalogue;
import dk.socialbench.analyses.AnalysisInputs;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.ingest.CuratedRegistrations;
import dk.socialbench.spark.SparkSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What a notebook needs from one work directory, in one line of set-up: the Spark session, the
 * curated registrations, the analysis inputs, every analysis of the catalogue and the results of
 * the newest run.
 *
 * <p>Example (the first code cell of every notebook):
 *
 * <pre>{@code
 * var nb = Notebook.open();                       // WORK and master from the runner or the kernel
 * Dataset<Row> vum = nb.compute("vum_development"); // the analysis of figures 3.4-3.5
 * Tables.show(vum.filter("municipality_code = 'all'"));
 * }</pre>
 *
 * <p>{@link #open()} reads the work directory from the system property {@value #WORK_PROPERTY} (set
 * by {@code socialbench notebook run --work}) or the environment variable {@value #WORK_VARIABLE}
 * (for an interactive kernel), and the Spark master from {@value #MASTER_PROPERTY} or {@value
 * #MASTER_VARIABLE}, default {@code local[*]}. Every {@code spark.*} system property is passed on
 * to the session ({@code --conf} of the runner).
 */
public final class Notebook implements AutoCloseable {
  public static final String WORK_PROPERTY = "socialbench.work";
  public static final String WORK_VARIABLE = "SOCIALBENCH_WORK";
  public static final String MASTER_PROPERTY = "socialbench.master";
  public static final String MASTER_VARIABLE = "SOCIALBENCH_MASTER";

  private static Notebook current;

  private final RunLayout layout;
  private final SparkSession spark;
  private AnalysisInputs inputs;

  private Notebook(RunLayout layout, SparkSession spark) {
    this.layout = layout;
    this.spark = spark;
  }

  /** The notebook of the work directory and master the runner or the environment names. */
  public static synchronized Notebook open() {
    String work = setting(WORK_PROPERTY, WORK_VARIABLE, null);
    if (work == null) {
      throw new IllegalStateException(
          "no work directory: run the notebook with 'socialbench notebook run NOTEBOOK --work DIR',"
              + " or set "
              + WORK_VARIABLE
              + "=DIR before starting the Jupyter kernel");
    }
    return open(Path.of(work), setting(MASTER_PROPERTY, MASTER_VARIABLE, "local[*]"));
  }

  /**
   * The notebook of {@code work} on {@code master}; a second call in the same JVM returns the same
   * notebook (one Spark session per JVM).
   */
  public static synchronized Notebook open(Path work, String master) {
    Objects.requireNonNull(work, "work == null");
    Objects.requireNonNull(master, "master == null");
    if (current != null && !current.spark.sparkContext().isStopped()) {
      return current;
    }
    RunLayout layout = new RunLayout(work.toAbsolutePath().normalize());
    Path registrations =
        Files.isRegularFile(layout.latest()) ? layout.registrations(latestRun(layout)) : null;
    if (registrations == null || !Files.isDirectory(registrations)) {
      throw new IllegalStateException(
          "no curated data in "
              + layout.work()
              + ": expected the curated registrations of the run "
              + layout.latest()
              + " names; run 'socialbench run --input DELIVERIES --work "
              + layout.work()
              + "' first");
    }
    current = new Notebook(layout, session(master));
    NotebookClasses.attach(current.spark);
    return current;
  }

  private static SparkSession session(String master) {
    SparkSessions builder = SparkSessions.builder(master).appName("socialbench notebook");
    Map<String, String> conf = new TreeMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith("spark."))
        .forEach(k -> conf.put(k, System.getProperty(k)));
    conf.forEach(builder::config);
    return builder.create();
  }

  private static String setting(String property, String variable, String fallback) {
    String p = System.getProperty(property);
    if (p != null && !p.isBlank()) {
      return p;
    }
    String v = System.getenv(variable);
    return v != null && !v.isBlank() ? v : fallback;
  }

  public SparkSession spark() {
    return spark;
  }

  /** Where everything is under the work directory. */
  public RunLayout layout() {
    return layout;
  }

  /** The id of the newest complete run ({@code WORK/runs/LATEST}). */
  public String latestRun() {
    return latestRun(layout);
  }

  private static String latestRun(RunLayout layout) {
    Path latest = layout.latest();
    try {
      return Files.readString(latest, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "no published run: " + latest + " is missing; run 'socialbench run' first", e);
    }
  }

  /** The newest run's manifest (JSON text): sizes, period, timings, the key's fingerprint. */
  public String manifest() {
    try {
      return Files.readString(layout.manifest(latestRun()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every curated registration of the newest run ({@code CuratedRegistrations} schema): one row per
   * registration.
   */
  public Dataset<Row> curated() {
    return CuratedRegistrations.read(spark, layout.registrations(latestRun()));
  }

  /**
   * What the analyses read (registrations with {@code price}, first registrations, transitions to
   * the next registration), derived once and cached, with every curated column (a run's inputs hold
   * only what its analyses read: an analyst's new question may need any).
   */
  public AnalysisInputs inputs() {
    synchronized (Notebook.class) {
      if (inputs == null) {
        Dataset<Row> quarantine =
            spark.read().parquet(layout.quarantine(latestRun()).resolve("rows").toUri().toString());
        inputs = AnalysisInputs.withEveryColumn(curated(), quarantine).cache();
      }
      return inputs;
    }
  }

  /**
   * Computes the analysis behind a result dataset on the curated data, unsuppressed, e.g. {@code
   * compute("price_by_vum")}: the same code as the run, so a drill-down starts from the published
   * figure.
   */
  public Dataset<Row> compute(String dataset) {
    return AnalysisCatalogue.forDataset(dataset).compute(inputs());
  }

  /** The newest run's full result (restricted: small cells not suppressed; for analysts only). */
  public Dataset<Row> result(String dataset) {
    return spark.read().parquet(layout.restricted(latestRun(), dataset).toUri().toString());
  }

  /**
   * The newest run's published result: counts perturbed (cell-key method), as municipalities see
   * it.
   */
  public Dataset<Row> published(String dataset) {
    return spark.read().parquet(layout.published(latestRun(), dataset).toUri().toString());
  }

  /** Releases the cached inputs and stops the Spark session. */
  @Override
  public void close() {
    synchronized (Notebook.class) {
      if (inputs != null) {
        inputs.unpersist();
        inputs = null;
      }
      spark.stop();
      if (current == this) {
        current = null;
      }
    }
  }

  /** Closes the notebook of this JVM, if one is open (the runner does this after the last cell). */
  public static synchronized void closeCurrent() {
    if (current != null) {
      current.close();
    }
  }
}
