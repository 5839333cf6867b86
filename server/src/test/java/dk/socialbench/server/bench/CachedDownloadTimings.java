package dk.socialbench.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drives a running server's cached benchmark downloads as {@code benchmark server}'s cached levels
 * do, and prints the server's CPU time per download from {@code /proc} (so that measuring costs the
 * server nothing): user and system, and by thread group (Jetty's request threads, the JIT, the
 * collector, the rest). Levels of 1 and 16 clients alternate after a warm-up at 16. Run by hand
 * beside a {@code serve} whose process id is PID (it asserts nothing):
 *
 * <pre>
 * java -cp server/target/test-classes:server/target/classes:$(cat server/target/classpath.txt) \
 *     dk.socialbench.server.bench.CachedDownloadTimings PORT TOKEN PID [rounds] [downloads] [warm-up]
 * </pre>
 */
final class CachedDownloadTimings {
  private CachedDownloadTimings() {}

  public static void main(String[] args) throws Exception {
    String base = "http://127.0.0.1:" + args[0];
    String token = args[1];
    long pid = Long.parseLong(args[2]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int downloads = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
    int warm = args.length > 5 ? Integer.parseInt(args[5]) : 2000;
    List<URI> pdfs = benchmarkPdfs(base, token);
    LoadGenerator load = new LoadGenerator(token, Duration.ofMinutes(10));
    load.run("warm-up", pdfs, 16, warm);
    System.out.println(
        "round clients downloads requests/s | CPU ms per download: all = user + system"
            + " | by thread group (ms per download)");
    for (int round = 1; round <= rounds; round++) {
      for (int clients : new int[] {1, 16}) {
        Map<String, CpuTicks> before = CpuTicks.byThreadGroup(pid);
        CpuTicks processBefore = CpuTicks.ofProcess(pid).orElseThrow();
        LoadResult r = load.run("cached", pdfs, clients, downloads);
        CpuTicks process = CpuTicks.ofProcess(pid).orElseThrow().minus(processBefore);
        Map<String, CpuTicks> after = CpuTicks.byThreadGroup(pid);
        int n = r.latenciesNanos().length;
        StringBuilder groups = new StringBuilder();
        after.forEach(
            (group, t) -> {
              CpuTicks d = t.minus(before.getOrDefault(group, new CpuTicks(0, 0)));
              groups.append(
                  String.format(
                      Locale.ROOT,
                      " %s %.3f+%.3f",
                      group,
                      d.userMillis() / n,
                      d.systemMillis() / n));
            });
        System.out.printf(
            Locale.ROOT,
            "%d %2d %d %.0f | %.3f = %.3f + %.3f |%s%n",
            round,
            clients,
            n,
            r.requestsPerSecond(),
            (process.userMillis() + process.systemMillis()) / n,
            process.userMillis() / n,
            process.systemMillis() / n,
            groups);
      }
    }
  }

  private static List<URI> benchmarkPdfs(String base, String token)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/api/v1/runs/current"))
            .header("Authorization", "Bearer " + token)
            .build();
    JsonNode run =
        new ObjectMapper()
            .readTree(
                HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .body());
    List<URI> pdfs = new ArrayList<>();
    for (JsonNode m : run.get("municipalities")) {
      pdfs.add(URI.create(base + "/reports/benchmark/" + m.get("code").asText() + ".pdf"));
    }
    return pdfs;
  }
}
