package dk.socialbench.pipeline;

import dk.socialbench.analyses.AnalysisCatalogue;
import dk.socialbench.analyses.AnalysisInputs;
import dk.socialbench.audit.Auditor;
import dk.socialbench.audit.PublicationGate;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.contract.Version;
import dk.socialbench.ingest.CuratedRegistrations;
import dk.socialbench.ingest.DeliveryFiles;
import dk.socialbench.ingest.Ingest;
import dk.socialbench.ingest.IngestResult;
import dk.socialbench.ingest.PseudonymKey;
import dk.socialbench.ingest.QuarantinedRows;
import dk.socialbench.publish.PerturbationTable;
import dk.socialbench.publish.ResultWriter;
import dk.socialbench.spark.InputSizedSettings;
import dk.socialbench.spark.Progress;
import dk.socialbench.spark.SparkScratch;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A whole run: ingest every delivery under the input directory, compute every analysis, publish,
 * and point {@code runs/LATEST} at the new run, atomically (see {@link RunStaging}).
 *
 * <p>Example: {@code new Pipeline(spark, settings, progress).run(input, work)}.
 */
public final class Pipeline {
  static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

  /**
   * How to run.
   *
   * @param key the pseudonymisation key
   * @param encoding the charset of CSV deliveries
   * @param minCell the publication threshold: cells describing fewer persons are suppressed
   * @param master the Spark master, for the manifest
   * @param clock the run's time (registration dates after its date are in the future)
   */
  public record Settings(
      PseudonymKey key,
      Charset encoding,
      int minCell,
      String master,
      Clock clock,
      boolean profileAnalyses) {
    /** Settings without the analyses' profile lines. */
    public Settings(PseudonymKey key, Charset encoding, int minCell, String master, Clock clock) {
      this(key, encoding, minCell, master, clock, false);
    }

    public Settings {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(encoding, "encoding == null");
      if (minCell < 3) {
        throw new IllegalArgumentException(
            "--min-cell must be at least 3: cells of fewer than 3 persons are never published");
      }
    }
  }

  private final SparkSession spark;

  private final Settings settings;
  private final Progress progress;

  public Pipeline(SparkSession spark, Settings settings, Progress progress) {
    this.spark = Objects.requireNonNull(spark, "spark == null");
    this.settings = Objects.requireNonNull(settings, "settings == null");
    this.progress = Objects.requireNonNull(progress, "progress == null");
  }

  /** Runs everything and returns the committed run's manifest. */
  public RunManifest run(Path input, Path work) {
    long start = System.nanoTime();
    Instant now = settings.clock().instant();
    DeliveryFiles deliveries = DeliveryFiles.under(input);
    InputSizedSettings.applyTo(spark, deliveries.bytes());
    RunLayout layout = new RunLayout(work);
    try (RunStaging staging = RunStaging.begin(layout, newRunId(now));
        HeapPeak heap = new HeapPeak()) {
      // Under the lock no other run uses WORK's scratch: what is there, a killed run left.
      SparkScratch.removeLeftovers(work, spark);
      List<RunManifest.StageTiming> stages = new ArrayList<>();
      LocalDate today = now.atZone(DANISH_TIME).toLocalDate();
      heap.reset();
      IngestResult ingest =
          new Ingest(spark, settings.key(), settings.encoding(), today, progress)
              .run(deliveries, staging.registrations(), staging.quarantine());
      stages.add(new RunManifest.StageTiming("ingest", ingest.seconds(), heap.peakMib()));
      long analysed = System.nanoTime();
      heap.reset();
      List<ResultWriter.Written> written = analyse(staging);
      stages.add(
          new RunManifest.StageTiming(
              "analyses", (System.nanoTime() - analysed) / 1e9, heap.peakMib()));
      Overview overview = Overview.of(written);
      RunManifest unaudited =
          new RunManifest(
              staging.runId(),
              Version.current(),
              now,
              settings.master(),
              settings.minCell(),
              ingest.keyFingerprint(),
              ingest.demoKey(),
              overview.period(),
              overview.municipalities(),
              new RunManifest.Rows(
                  ingest.rowsRead(),
                  ingest.accepted(),
                  ingest.quarantined(),
                  ingest.blankRows(),
                  ingest.cases()),
              ingest.files(),
              ingest.ignoredFiles(),
              ingest.quarantinedByRule(),
              List.copyOf(stages),
              written.stream()
                  .map(
                      w ->
                          new RunManifest.DatasetSummary(
                              w.dataset().name(), w.publishedRows(), w.suppressedCells()))
                  .toList(),
              (System.nanoTime() - start) / 1e9,
              null);
      // Fails closed: a run with a publishing error or an exposure is not committed and
      // runs/LATEST is unchanged (PublicationGate).
      progress.stage("auditing the published results");
      long audited = System.nanoTime();
      heap.reset();
      RunManifest checked =
          new PublicationGate(new Auditor(new PerturbationTable()))
              .check(unaudited, written, staging::published, staging::restricted);
      // The audit is a stage of the run like the others: in the timings and in the run's total.
      stages.add(
          new RunManifest.StageTiming(
              "audit", (System.nanoTime() - audited) / 1e9, heap.peakMib()));
      RunManifest manifest = timed(checked, stages, (System.nanoTime() - start) / 1e9);
      java.nio.file.Files.createDirectories(staging.run());
      manifest.write(staging.manifest());
      progress.stage("publishing run " + staging.runId());
      staging.commit();
      return manifest;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code m} with {@code stages} and the run's wall time {@code seconds}. */
  private static RunManifest timed(
      RunManifest m, List<RunManifest.StageTiming> stages, double seconds) {
    return new RunManifest(
        m.runId(),
        m.version(),
        m.created(),
        m.master(),
        m.minCell(),
        m.keyFingerprint(),
        m.demoKey(),
        m.dataPeriod(),
        m.municipalities(),
        m.rows(),
        m.inputs(),
        m.ignoredFiles(),
        m.quarantinedByRule(),
        List.copyOf(stages),
        m.datasets(),
        seconds,
        m.audit());
  }

  /** Every analysis, from the staged curated data, written to the staged run. */
  private List<ResultWriter.Written> analyse(RunStaging staging) {
    // Its own line: planning and caching the inputs is about a second of the demo, which the
    // line before (ingest's writes) would otherwise seem to take.
    progress.stage("analyses: their shared inputs");
    Dataset<Row> curated = CuratedRegistrations.read(spark, staging.registrations());
    Dataset<Row> quarantine = QuarantinedRows.read(spark, staging.quarantine());
    AnalysisInputs inputs = AnalysisInputs.of(curated, quarantine).cache();
    try {
      return new ResultWriter(settings.minCell(), progress, settings.profileAnalyses())
          .writeAll(AnalysisCatalogue.all(), inputs, staging::restricted, staging::published);
    } finally {
      inputs.unpersist();
    }
  }

  static String newRunId(Instant now) {
    String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(DANISH_TIME).format(now);
    return stamp + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(1 << 16));
  }
}
