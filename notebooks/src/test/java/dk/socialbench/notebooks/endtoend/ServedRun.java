package dk.socialbench.notebooks.endtoend;

import dk.socialbench.notebooks.cluster.JavaProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real pipeline and the real server, each in its own JVM as the launcher starts them: {@code
 * run} on the test class path (jobs and Spark), {@code serve} from the server's jar and launcher
 * class path ({@code server/target/classpath.txt}), with a token file for two municipalities and
 * the admin token in the environment. Their console output goes to log files.
 */
final class ServedRun implements AutoCloseable {
  static final String ADMIN = "e2e-admin-token-Qw7rT2xZ";
  static final String FREDERIKSBERG = "e2e-frederiksberg-K9vB3nM5";
  static final String GENTOFTE = "e2e-gentofte-P4hJ8cL6dF";
  private static final String KEY = "end-to-end-test-key-4f1c";
  private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/");

  private final Process server;
  private final int port;
  private final Path serverLog;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ServedRun(Process server, int port, Path serverLog) {
    this.server = server;
    this.port = port;
    this.serverLog = serverLog;
  }

  /** Runs the pipeline on {@code input} into {@code work}; fails with the log's end if it fails. */
  static void runPipeline(Path input, Path work, Path log)
      throws IOException, InterruptedException {
    Process p =
        JavaProcess.start(
            System.getProperty("java.class.path"),
            Map.of("SOCIALBENCH_PSEUDONYM_KEY", KEY),
            log,
            List.of("-Xmx2g"),
            "dk.socialbench.cli.Main",
            List.of(
                "run",
                "--input",
                input.toString(),
                "--work",
                work.toString(),
                "--master",
                "local[2]"));
    JavaProcess.run(p, log, Duration.ofMinutes(15));
  }

  /** Starts {@code serve} on {@code work} on a free port and waits until it listens. */
  static ServedRun serve(Path work, Path dir) throws IOException, InterruptedException {
    Path tokens = dir.resolve("tokens");
    Files.writeString(
        tokens,
        tokenLine(FREDERIKSBERG, "municipality:147") + tokenLine(GENTOFTE, "municipality:157"));
    String classpath =
        System.getProperty("socialbench.server.jar")
            + ":"
            + Files.readString(Path.of(System.getProperty("socialbench.server.classpath"))).strip();
    Path log = dir.resolve("server.log");
    Process p =
        JavaProcess.start(
            classpath,
            Map.of("SOCIALBENCH_ADMIN_TOKEN", ADMIN),
            log,
            List.of("-Xmx512m"),
            "dk.socialbench.server.ServeCommand",
            // No background warm-up: its renderings are never served, and its minutes of CPU
            // would only compete with the downloads this test makes.
            List.of(
                "--work",
                work.toString(),
                "--port",
                "0",
                "--tokens",
                tokens.toString(),
                "--warm-up",
                "0"));
    JavaProcess.await(p, log, "access token(s)", Duration.ofMinutes(3));
    Matcher m = SERVING.matcher(Files.readString(log, StandardCharsets.UTF_8));
    if (!m.find()) {
      JavaProcess.stop(p);
      throw new AssertionError("serve printed no address:\n" + JavaProcess.tail(log));
    }
    return new ServedRun(p, Integer.parseInt(m.group(1)), log);
  }

  /** A token file line, the hash worked out here rather than by the server's code. */
  private static String tokenLine(String token, String role) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash) + " " + role + "\n";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** GET {@code path} with {@code token} as a bearer token (none if null). */
  HttpResponse<byte[]> get(String path, String token) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofMinutes(5));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Everything the server printed so far (stdout and stderr, its log included). */
  String console() throws IOException {
    return Files.readString(serverLog, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    JavaProcess.stop(server);
  }
}
