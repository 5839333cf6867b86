package dk.socialbench.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code serve} in its own JVM with the heap the launcher gives it, on 127.0.0.1, so that its
 * heap is measured apart from the load generator's. Its output goes to a log file.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern GAUGE = Pattern.compile("(?m)^(\\w+) ([0-9.eE+-]+)$");

  /** The collector the launcher's {@code serve} runs with (see {@code run_server}). */
  static final String SERVE_COLLECTOR = "-XX:+UseParallelGC";

  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private ServerProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the server with {@code options} (such as {@code --cache-mb 0}) and waits until it serves
   * a run (or fails, with the log's end).
   */
  static ServerProcess start(Path work, String heap, List<String> options, String token, Path log)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx" + heap, SERVE_COLLECTOR));
    command.addAll(javaOptions(Runtime.version().feature()));
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.add("dk.socialbench.server.ServeCommand");
    command.addAll(List.of("--work", work.toString(), "--host", "127.0.0.1"));
    command.addAll(List.of("--port", Integer.toString(port)));
    command.addAll(options);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("SOCIALBENCH_ADMIN_TOKEN", token);
    ServerProcess server = new ServerProcess(builder.start(), port, log);
    // An idle machine serves within a minute; on a shared one the run's load and the start-up
    // renderings took 157 s (docs/benchmarks.md 5.0.17), so wait long enough not to fail there.
    server.awaitRun(Duration.ofMinutes(10));
    return server;
  }

  /**
   * The options the launcher's {@code serve} adds for the Java it runs on (see {@code
   * choose_server_java}): compact object headers from Java 25, where the flag is a product flag.
   */
  static List<String> javaOptions(int feature) {
    return feature >= 25 ? List.of("-XX:+UseCompactObjectHeaders") : List.of();
  }

  /**
   * The server's CPU time so far as {@code /proc} counts it; empty where there is no {@code /proc}.
   */
  Optional<CpuTicks> cpuTicks() {
    return CpuTicks.ofProcess(process.pid());
  }

  /** The server's CPU time so far by thread group ({@link CpuTicks#byThreadGroup}). */
  Map<String, CpuTicks> cpuTicksByThreadGroup() {
    return CpuTicks.byThreadGroup(process.pid());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** A gauge of {@code /metrics}, e.g. {@code jvm_memory_heap_used_bytes}. */
  long gauge(String name) throws IOException, InterruptedException {
    return (long) metric(name);
  }

  /** A value of {@code /metrics} without labels, e.g. {@code process_cpu_seconds_total}. */
  double metric(String name) throws IOException, InterruptedException {
    Matcher m = GAUGE.matcher(get("/metrics"));
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return Double.parseDouble(m.group(2));
      }
    }
    throw new IOException("/metrics has no " + name);
  }

  /** {@code /health}'s answer. */
  JsonNode health() throws IOException, InterruptedException {
    return new ObjectMapper().readTree(get("/health"));
  }

  /** The response to one GET with {@code token}, its body read and dropped. */
  HttpResponse<Void> fetch(String path, String token) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).build();
    return http.send(request, HttpResponse.BodyHandlers.discarding());
  }

  JsonNode currentRun(String token) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri("/api/v1/runs/current"))
            .header("Authorization", "Bearer " + token)
            .build();
    return new ObjectMapper()
        .readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  private String get(String path) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private void awaitRun(Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        HttpRequest health = HttpRequest.newBuilder(uri("/health")).build();
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // the JVM is still starting
      }
      Thread.sleep(200);
    }
    close();
    List<String> lines = Files.readAllLines(log);
    throw new IOException(
        "the server did not serve a run within "
            + limit.toSeconds()
            + " s; the end of "
            + log
            + ":\n"
            + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
