package dk.socialbench.notebooks.cluster;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.ingest.CuratedRegistrations;
import dk.socialbench.ingest.PseudonymKey;
import dk.socialbench.pipeline.Pipeline;
import dk.socialbench.spark.SparkSessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Runs the pipeline in this JVM and reads runs back as comparable text, for the cluster tests. */
public final class Runs {
  static final String KEY = "cluster-test-key-0123456789";

  private Runs() {}

  public static PseudonymKey key() {
    return PseudonymKey.load(null, Map.of(PseudonymKey.ENVIRONMENT_VARIABLE, KEY));
  }

  /** The whole pipeline on {@code master} in this JVM; stops its session afterwards. */
  public static void pipeline(String master, Path input, Path work) {
    pipeline(SparkSessions.builder(master), master, input, work);
  }

  /**
   * The pipeline with a fixed number of shuffle partitions, as a cluster submission sets it: sums
   * of doubles then add up in the same order, so a mean on a rounding tie rounds the same way.
   */
  public static void pipeline(String master, int shufflePartitions, Path input, Path work) {
    pipeline(
        SparkSessions.builder(master).shufflePartitions(shufflePartitions), master, input, work);
  }

  private static void pipeline(SparkSessions sessions, String master, Path input, Path work) {
    SparkSession spark = sessions.appName("socialbench test run").create();
    try {
      Pipeline.Settings settings =
          new Pipeline.Settings(key(), StandardCharsets.UTF_8, 5, master, Clock.systemUTC());
      new Pipeline(spark, settings, stage -> {}).run(input, work);
    } finally {
      spark.stop();
    }
  }

  static String latest(Path work) throws IOException {
    return Files.readString(new RunLayout(work).latest()).strip();
  }

  /** The newest run's dataset as sorted lines, doubles to 9 significant digits. */
  static List<String> result(SparkSession spark, Path work, boolean published, String dataset)
      throws IOException {
    RunLayout layout = new RunLayout(work);
    String run = latest(work);
    Path dir = published ? layout.published(run, dataset) : layout.restricted(run, dataset);
    return lines(spark.read().parquet(dir.toUri().toString()));
  }

  static List<String> curated(SparkSession spark, Path work) throws IOException {
    return lines(CuratedRegistrations.read(spark, new RunLayout(work).registrations(latest(work))));
  }

  static List<String> lines(Dataset<Row> table) {
    List<String> lines = new ArrayList<>();
    String[] columns = table.columns();
    for (Row r : table.collectAsList()) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < columns.length; i++) {
        Object v = r.get(i);
        b.append(i == 0 ? "" : " | ").append(columns[i]).append('=');
        b.append(v instanceof Double d ? String.format(Locale.ROOT, "%.9g", d) : String.valueOf(v));
      }
      lines.add(b.toString());
    }
    lines.sort(null);
    return lines;
  }
}
