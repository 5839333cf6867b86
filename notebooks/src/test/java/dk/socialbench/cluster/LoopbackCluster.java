package dk.socialbench.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Spark standalone cluster on 127.0.0.1: one master and one worker, each its own JVM running
 * Spark's own classes from {@code SPARK_HOME/jars}; the worker starts executor JVMs the same way.
 * Nothing of socialbench is on their classpath: the job arrives as the job jar.
 *
 * <p>Example: {@code try (var c = LoopbackCluster.start(sparkHome, logs, 2, "2g")) { c.url(); }}.
 */
final class LoopbackCluster implements AutoCloseable {
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
    int port = freePort();
    String url = "spark://127.0.0.1:" + port;
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
            List.of("--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0"));
    Process worker = null;
    try {
      JavaProcess.await(master, masterLog, "I have been elected leader", Duration.ofSeconds(60));
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

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    JavaProcess.stop(worker);
    JavaProcess.stop(master);
  }
}
