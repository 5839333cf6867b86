package dk.socialbench.analyses;

import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.generate.DeliveryGenerator;
import dk.socialbench.generate.GeneratorSettings;
import dk.socialbench.ingest.CuratedRegistrations;
import dk.socialbench.ingest.QuarantinedRows;
import dk.socialbench.pipeline.PipelineRun;
import dk.socialbench.pipeline.SampleRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every analysis gives the same restricted rows, to the last bit of every double, however Spark
 * partitions and evaluates the work (issue 13): on a cluster, on {@code local[*]} with the input's
 * shuffle partitions and interpreted or generated code alike. A floating-point sum adds in the
 * order rows arrive, which all of these change; the analyses sum exactly ({@link ExactSum}, {@link
 * ExactMean}). Each setting computes the run's inputs afresh (cached, as a run does) from the
 * curated registrations, and its rows are compared as text ({@link Double#toString} tells every
 * double apart) with those of the first setting.
 *
 * <p>The input is the samples and a small generated national delivery (98 municipalities, {@value
 * #REGISTRATIONS} registrations) curated together, so that each setting runs every analysis once:
 * its time is the three settings' 29 analyses, not the rows (docs/benchmarks.md). {@code
 * -Dinvariance.registrations=N} generates N registrations instead, for a bigger national input.
 */
public class PartitioningInvarianceTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final String PARTITIONS = "spark.sql.shuffle.partitions";
  private static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
  private static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

  /** Shuffle partitions and whether code is generated: a run's choices and a cluster's. */
  private record Setting(int partitions, boolean generated) {
    @Override
    public String toString() {
      return partitions + " partitions, " + (generated ? "generated code" : "interpreted");
    }
  }

  /** Against the first: other partitions, each mode of evaluation. */
  private static final List<Setting> SETTINGS =
      List.of(new Setting(1, true), new Setting(3, false), new Setting(8, true));

  /** The national delivery's size by default: with the samples, every analysis has rows. */
  private static final int REGISTRATIONS = 600;

  @Rule public final TemporaryFolder folder = new TemporaryFolder();

  @Test
  public void the_samples_and_a_national_delivery_give_identical_rows_under_every_setting()
      throws IOException {
    SampleRun samples = SampleRun.get(spark());
    Path national = folder.newFolder("national").toPath();
    int registrations = Integer.getInteger("invariance.registrations", REGISTRATIONS);
    new DeliveryGenerator(
            GeneratorSettings.builder()
                .seed(13)
                .municipalities(98)
                .registrations(registrations)
                .threads(1)
                .build())
        .writeTo(national.resolve("input"));
    Path work = national.resolve("work");
    RunManifest manifest = new PipelineRun().run(spark(), national.resolve("input"), work);
    Dataset<Row> curated = curated(samples.work(), samples.manifest().runId());
    Dataset<Row> quarantine = quarantine(samples.work(), samples.manifest().runId());
    assertSameEverywhere(
        curated.unionByName(curated(work, manifest.runId())),
        quarantine.unionByName(quarantine(work, manifest.runId())));
  }

  private Dataset<Row> curated(Path work, String runId) {
    return CuratedRegistrations.read(spark(), new RunLayout(work).registrations(runId));
  }

  private Dataset<Row> quarantine(Path work, String runId) {
    return QuarantinedRows.read(spark(), new RunLayout(work).quarantine(runId));
  }

  private void assertSameEverywhere(Dataset<Row> curated, Dataset<Row> quarantine) {
    Map<String, List<String>> first = rows(SETTINGS.get(0), curated, quarantine);
    List<String> differing = new ArrayList<>();
    for (Setting s : SETTINGS.subList(1, SETTINGS.size())) {
      Map<String, List<String>> rows = rows(s, curated, quarantine);
      first.forEach(
          (dataset, expected) -> {
            List<String> actual = rows.get(dataset);
            if (!expected.equals(actual)) {
              differing.add(dataset + " with " + s + ": " + firstDifference(expected, actual));
            }
          });
    }
    assertEquals("datasets that differ from " + SETTINGS.get(0), List.of(), differing);
  }

  /** Every analysis's rows under {@code s}, as sorted text, by dataset. */
  private Map<String, List<String>> rows(Setting s, Dataset<Row> curated, Dataset<Row> quarantine) {
    RuntimeConfig conf = spark().conf();
    Map<String, String> before = new LinkedHashMap<>();
    for (String key : List.of(PARTITIONS, WHOLE_STAGE, FACTORY_MODE)) {
      before.put(key, conf.getOption(key).getOrElse(() -> null));
    }
    conf.set(PARTITIONS, s.partitions());
    conf.set(WHOLE_STAGE, s.generated());
    conf.set(FACTORY_MODE, s.generated() ? "FALLBACK" : "NO_CODEGEN");
    long start = System.nanoTime();
    AnalysisInputs inputs = AnalysisInputs.of(curated, quarantine).cache();
    try {
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (Analysis a : AnalysisCatalogue.all()) {
        List<String> lines = new ArrayList<>();
        for (Row r : a.compute(inputs).collectAsList()) {
          lines.add(r.toString());
        }
        lines.sort(null);
        out.put(a.dataset().name(), lines);
      }
      // The test's cost is here: printed, so that its share of a build can be read off.
      System.out.printf("%s: %.1f s%n", s, (System.nanoTime() - start) / 1e9);
      return out;
    } finally {
      inputs.unpersist();
      before.forEach(
          (key, value) -> {
            if (value == null) {
              conf.unset(key);
            } else {
              conf.set(key, value);
            }
          });
    }
  }

  /** How many rows differ and the first of them, for the failure message. */
  private static String firstDifference(List<String> expected, List<String> actual) {
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(expected);
    return missing.size()
        + " of "
        + expected.size()
        + " rows differ, e.g. "
        + missing.stream().findFirst().orElse("-")
        + " against "
        + extra.stream().findFirst().orElse("-");
  }
}
