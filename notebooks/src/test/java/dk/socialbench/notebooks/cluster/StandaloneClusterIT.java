package dk.socialbench.notebooks.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.spark.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job jar and a notebook on a real Spark standalone cluster (master, worker and executors in
 * their own JVMs on 127.0.0.1, Spark's own jars only), against the same work in {@code local[*]}.
 *
 * <p>The pipeline is submitted with Spark's own {@code SparkSubmit} (what the {@code spark-submit}
 * script runs) from the Spark home, so the driver too has nothing but Spark and the job jar.
 */
class StandaloneClusterIT {
  private static final Path ROOT = Path.of("target", "cluster-it").toAbsolutePath();
  private static final Path INPUT = ROOT.resolve("input");
  private static final Path LOGS = ROOT.resolve("logs");

  /**
   * The pipeline on the input in {@code local[*]}, made once: the cluster's run is compared with
   * it, and the notebook runs on it on both sides (it only reads the work).
   */
  private static final Path LOCAL_WORK = ROOT.resolve("work-local");

  private static final String NOTEBOOK = "03_opfoelgning_og_maalopfyldelse.ipynb";

  /**
   * The cluster submission's and the local run's shuffle partitions: the same, so results match.
   */
  private static final int SHUFFLE_PARTITIONS = 8;

  private static LoopbackCluster cluster;
  private static Path sparkHome;
  private static Path jobJar;

  @BeforeAll
  static void startCluster() throws Exception {
    sparkHome = Path.of(System.getProperty("socialbench.spark.home", "target/spark-home"));
    jobJar = Path.of(System.getProperty("socialbench.job.jar"));
    assertTrue(Files.isRegularFile(jobJar), "no job jar at " + jobJar + ": run 'mvn verify'");
    assertTrue(Files.isDirectory(sparkHome.resolve("jars")), "no Spark home at " + sparkHome);
    deleteTree(ROOT);
    SyntheticDeliveries.write(INPUT, 12, 4000, 11);
    // Rows that ingest rejects, so that the quarantine datasets have content on both sides.
    try (var invalid = Files.list(Path.of("..", "data-samples", "invalid"))) {
      for (Path f : invalid.toList()) {
        Files.copy(f, INPUT.resolve(f.getFileName()));
      }
    }
    cluster = LoopbackCluster.start(sparkHome, LOGS, 2, "2g");
    Runs.pipeline("local[*]", SHUFFLE_PARTITIONS, INPUT, LOCAL_WORK);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void pipeline_submitted_to_the_cluster_gives_the_local_results() throws Exception {
    Path clusterWork = ROOT.resolve("work-cluster");
    submitPipeline(clusterWork);

    SparkSession spark = SparkSessions.builder("local[2]").appName("compare").create();
    try {
      assertEquals(Runs.curated(spark, LOCAL_WORK), Runs.curated(spark, clusterWork), "curated");
      for (ResultDataset d : ResultCatalogue.all()) {
        for (boolean published : new boolean[] {false, true}) {
          List<String> local = Runs.result(spark, LOCAL_WORK, published, d.name());
          assertFalse(local.isEmpty(), d.name() + " is empty");
          assertEquals(
              local,
              Runs.result(spark, clusterWork, published, d.name()),
              (published ? "published " : "restricted ") + d.name());
        }
      }
    } finally {
      spark.stop();
    }
  }

  @Test
  void notebook_on_the_cluster_gives_the_local_outputs() throws Exception {
    Path onCluster = runNotebook(LOCAL_WORK, cluster.url(), "notebook-cluster");
    Path onLocal = runNotebook(LOCAL_WORK, "local[2]", "notebook-local");
    List<String> cluster = outputs(onCluster);
    assertTrue(cluster.size() > 5, "too few outputs: " + cluster);
    assertEquals(outputs(onLocal), cluster);
  }

  private static void submitPipeline(Path work) throws Exception {
    Path log = LOGS.resolve("submit-pipeline.log");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--master",
                cluster.url(),
                "--deploy-mode",
                "client",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.executor.cores=2",
                "--conf",
                "spark.executor.memory=1g",
                "--conf",
                "spark.sql.shuffle.partitions=" + SHUFFLE_PARTITIONS,
                jobJar.toString(),
                "--input",
                INPUT.toString(),
                "--work",
                work.toString()));
    Process p =
        JavaProcess.start(
            sparkHome.resolve("jars").toAbsolutePath() + "/*",
            Map.of(
                "SPARK_HOME",
                sparkHome.toAbsolutePath().toString(),
                "SPARK_SCALA_VERSION",
                "2.12",
                "SOCIALBENCH_PSEUDONYM_KEY",
                Runs.KEY),
            log,
            List.of("-Xmx1g"),
            "org.apache.spark.deploy.SparkSubmit",
            args);
    JavaProcess.run(p, log, Duration.ofMinutes(5));
  }

  private static Path runNotebook(Path work, String master, String name) throws Exception {
    Path out = ROOT.resolve(name);
    Path log = LOGS.resolve(name + ".log");
    Process p =
        JavaProcess.start(
            System.getProperty("java.class.path"),
            Map.of(),
            log,
            List.of("-Xmx1g"),
            "dk.socialbench.notebooks.run.NotebookCommand",
            List.of(
                "run",
                NOTEBOOK,
                "--work",
                work.toString(),
                "--out",
                out.toString(),
                "--master",
                master,
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.jars=" + jobJar.toUri(),
                "--conf",
                "spark.executor.cores=2",
                "--conf",
                "spark.executor.memory=1g"));
    JavaProcess.run(p, log, Duration.ofMinutes(5));
    return out.resolve(NOTEBOOK);
  }

  /** Each output's text and HTML, in order (charts by their description). */
  private static List<String> outputs(Path notebook) throws Exception {
    JsonNode nb = new ObjectMapper().readTree(notebook.toFile());
    List<String> out = new ArrayList<>();
    for (JsonNode cell : nb.path("cells")) {
      for (JsonNode o : cell.path("outputs")) {
        out.add(
            o.path("output_type").asText()
                + ": "
                + o.path("text")
                + o.path("data").path("text/plain")
                + o.path("data").path("text/html"));
      }
    }
    return out;
  }

  private static void deleteTree(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
