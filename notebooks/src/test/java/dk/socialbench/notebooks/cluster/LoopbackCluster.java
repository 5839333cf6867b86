package dk.socialbench.notebooks.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Spark standalone cluster on 127.0.0.1: one master and one worker, each its own JVM running
 * Spark's own classes from {@code SPARK_HOME/jars}; the worker starts executor JVMs the same way.
 * Nothing of socialbench is on their classpath: the job arrives as the job jar.
 *
 * <p>Example: {@code try (var c = LoopbackCluster.start(sparkHome, logs, 2, "2g")) { c.url(); }}.
 */
final class LoopbackCluster implements AutoCloseable {
  private static final Pattern MASTER_URL = Pattern.compile("spark://127\\.0\\.0\\.1:\\d+");

  private final Process master;
  private final Process worker;
  private final String url;

  private LoopbackCluster(Process master, Process worker, String url) {
    this.master = master;
    this.worker = worker;
    this.url = url;
  }

  static LoopbackCluster start(Path sparkHome, Path logs, int cores, String memory)
      throws IOException, InterruptedException {
    String cp = sparkHome.resolve("jars").toAbsolutePath() + "/*";
    Map<String, String> env =
        Map.of("SPARK_HOME", sparkHome.toAbsolutePath().toString(), "SPARK_SCALA_VERSION", "2.12");
    Path masterLog = logs.resolve("master.log");
    Process master =
        JavaProcess.start(
            cp,
            env,
            masterLog,
            List.of("-Xmx512m"),
            "org.apache.spark.deploy.master.Master",
            // Port 0: the master binds a free port itself (a port found free here and passed
            // on could be taken by someone else before the master binds it).
            List.of("--host", "127.0.0.1", "--port", "0", "--webui-port", "0"));
    Process worker = null;
    try {
      JavaProcess.await(master, masterLog, "I have been elected leader", Duration.ofSeconds(60));
      String url = masterUrl(masterLog);
      Path workerLog = logs.resolve("worker.log");
      worker =
          JavaProcess.start(
              cp,
              env,
              workerLog,
              List.of("-Xmx512m"),
              "org.apache.spark.deploy.worker.Worker",
              List.of(
                  "--host",
                  "127.0.0.1",
                  "--cores",
                  String.valueOf(cores),
                  "--memory",
                  memory,
                  "--webui-port",
                  "0",
                  "--work-dir",
                  logs.resolve("worker").toAbsolutePath().toString(),
                  url));
      JavaProcess.await(
          worker, workerLog, "Successfully registered with master", Duration.ofSeconds(60));
      return new LoopbackCluster(master, worker, url);
    } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
      if (worker != null) {
        JavaProcess.stop(worker);
      }
      JavaProcess.stop(master);
      throw e;
    }
  }

  /** The master URL, {@code spark://127.0.0.1:PORT}. */
  String url() {
    return url;
  }

  /** The URL the master logged at start ("Starting Spark master at spark://127.0.0.1:PORT"). */
  private static String masterUrl(Path masterLog) throws IOException {
    Matcher m = MASTER_URL.matcher(Files.readString(masterLog, StandardCharsets.UTF_8));
    if (!m.find()) {
      throw new AssertionError("the master logged no URL:\n" + JavaProcess.tail(masterLog));
    }
    return m.group();
  }

  @Override
  public void close() throws InterruptedException {
    JavaProcess.stop(worker);
    JavaProcess.stop(master);
  }
}
