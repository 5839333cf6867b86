package dk.socialbench.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dk.socialbench.server.comparison.ComparisonGroup;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the server on a national run against the targets of the report server: the time from a
 * new LATEST until the server serves it with every default report rendered, the server's CPU time
 * per cached download (and latency at 1 and 16 clients), uncached latency at 1 client once warm, a
 * restart with the cache, and each server's peak heap. Servers run in their own JVM ({@code
 * -Xmx512m}) on 127.0.0.1, on a scratch copy of the work directory (the run linked, never changed);
 * the result is Markdown.
 */
@Command(
    name = "server-benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the report server on the run in WORK/runs/LATEST and print Markdown tables.",
      "Example: server-benchmark --work /data/sep --out target/server-benchmark.md"
    })
public final class ServerBenchmark implements Callable<Integer> {
  @Option(names = "--work", required = true, paramLabel = "DIR", description = "Work directory.")
  Path work;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the tables here.")
  Path out;

  @Option(
      names = "--requests",
      defaultValue = "196",
      description =
          "Requests of the uncached level (default ${DEFAULT-VALUE}: each PDF twice at 98).")
  int requests;

  @Option(
      names = "--cached-requests",
      defaultValue = "980",
      description =
          "Requests per cached level (default ${DEFAULT-VALUE}: each PDF ten times at 98), enough"
              + " for the server's CPU time per download to stand out from its idle time.")
  int cachedRequests;

  @Option(
      names = "--warm-requests",
      defaultValue = "10",
      description = "Unmeasured requests before the uncached level (default ${DEFAULT-VALUE}).")
  int warmRequests;

  @Option(names = "--heap", defaultValue = "512m", description = "The servers' -Xmx.")
  String heap;

  @Option(
      names = "--max-seconds",
      defaultValue = "300",
      description = "Time limit of each load level and of pre-rendering.")
  int maxSeconds;

  /** The JIT's most share of a warm-up round's CPU time before the cached levels are measured. */
  static final double MAX_WARM_JIT_SHARE = 0.10;

  /** Warm-up rounds before the cached levels at most, each of {@code --cached-requests}. */
  static final int MAX_WARM_ROUNDS = 20;

  private final String token = randomToken();
  private final List<String> facts = new ArrayList<>();
  private final List<String> levels = new ArrayList<>();
  private final List<String> heaps = new ArrayList<>();

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServerBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(work.resolve("runs").resolve("LATEST"))) {
      System.err.println("server-benchmark: no run in " + work + " (runs/LATEST is missing)");
      return 2;
    }
    JsonNode run;
    try (ScratchWork scratch = ScratchWork.of(work)) {
      Thread cleanUp = new Thread(() -> stopped(scratch));
      Runtime.getRuntime().addShutdownHook(cleanUp); // when the benchmark itself is stopped
      run = prepared(scratch);
      restarted(scratch);
      uncached(scratch);
      Runtime.getRuntime().removeShutdownHook(cleanUp);
    }
    String tables = report(run);
    System.out.println(tables);
    if (out != null) {
      Files.writeString(out, tables);
    }
    return 0;
  }

  /** Stops the servers this benchmark started and deletes its scratch directory. */
  private static void stopped(ScratchWork scratch) {
    ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
    try {
      scratch.close();
    } catch (IOException e) {
      System.err.println("server-benchmark: cannot delete " + scratch.dir() + ": " + e);
    }
  }

  /** A server with the default cache: the first run, a new run published, cached downloads. */
  private JsonNode prepared(ScratchWork scratch) throws IOException, InterruptedException {
    Path log = Files.createTempFile("socialbench-server-prepared-", ".log");
    long start = System.nanoTime();
    try (ServerProcess server = ServerProcess.start(scratch.dir(), heap, List.of(), token, log)) {
      fact("server start until it serves (warm-up included), empty cache", seconds(start), "");
      JsonNode run = server.currentRun(token);
      awaitPrerendered(server, run.get("run_id").asText());
      fact(
          "first run's default reports rendered in the background after start",
          server.metric("socialbench_prerender_seconds"),
          "");
      warmedUp(server, "prepared server");
      String next = newRunId();
      try (HeapSampler sampler = new HeapSampler(server)) {
        double cpu = server.metric("process_cpu_seconds_total");
        long published = System.nanoTime();
        scratch.publish(next);
        awaitServing(server, next);
        double switched = seconds(published);
        double cpuSeconds = server.metric("process_cpu_seconds_total") - cpu;
        int reports = (int) server.metric("socialbench_prerender_reports");
        fact(
            "new run: LATEST written until served with all "
                + reports
                + " default reports rendered",
            switched,
            "≤ 30 s");
        fact(
            "of which loading and pre-rendering (socialbench_prerender_seconds)",
            server.metric("socialbench_prerender_seconds"),
            "");
        fact(
            "server CPU time meanwhile (÷ 2 cores: the least it can take on an idle machine)",
            cpuSeconds,
            "");
        fact("default reports that failed", server.metric("socialbench_prerender_failed"), "0");
        heap("prepared server, during pre-rendering", sampler, server);
      }
      // No heap sampling here: its /metrics requests would count in the CPU time per download.
      List<URI> pdfs = benchmarkPdfs(server, run);
      LoadGenerator load = new LoadGenerator(token, Duration.ofSeconds(maxSeconds));
      warmDownloads(server, load, pdfs);
      for (int clients : new int[] {1, 16}) {
        level(server, load, "cached", pdfs, clients, cachedRequests);
      }
      heaps.add(
          String.format(
              Locale.ROOT,
              "| prepared server, after the cached downloads (not sampled) | %.0f | %.0f |",
              server.gauge("jvm_memory_heap_used_bytes") / 1048576.0,
              server.gauge("jvm_memory_heap_max_bytes") / 1048576.0));
      return run;
    }
  }

  /**
   * Steady use before the cached levels: the download path compiled, and the JIT done with what
   * pre-rendering left it, since otherwise its compiler threads' CPU falls inside the short levels
   * (half of a level's CPU in docs/benchmarks.md 5.0.6 and 5.0.27). Rounds of cached downloads at
   * 16 clients until the JIT's compiler threads used at most {@link #MAX_WARM_JIT_SHARE} of a
   * round's CPU time, or {@link #MAX_WARM_ROUNDS} rounds; one round where {@code /proc} cannot
   * tell.
   */
  private void warmDownloads(ServerProcess server, LoadGenerator load, List<URI> pdfs)
      throws IOException, InterruptedException {
    int round = Math.max(pdfs.size(), cachedRequests);
    int rounds = 0;
    double jitShare;
    do {
      Optional<CpuTicks> before = server.cpuTicks();
      CpuTicks jitBefore = server.cpuTicksByThreadGroup().get("jit");
      load.run("warm-up", pdfs, 16, round);
      rounds++;
      Optional<CpuTicks> spent = before.flatMap(b -> server.cpuTicks().map(now -> now.minus(b)));
      CpuTicks jitNow = server.cpuTicksByThreadGroup().get("jit");
      if (spent.isEmpty() || jitBefore == null || jitNow == null) {
        facts.add(
            "| prepared server: cached downloads at 16 clients before the levels | "
                + round
                + " | |");
        return;
      }
      CpuTicks jit = jitNow.minus(jitBefore);
      long all = spent.get().user() + spent.get().system();
      jitShare = all == 0 ? 0 : Math.max(0, jit.user() + jit.system()) / (double) all;
    } while (jitShare > MAX_WARM_JIT_SHARE && rounds < MAX_WARM_ROUNDS);
    facts.add(
        String.format(
            Locale.ROOT,
            "| prepared server: cached downloads at 16 clients before the levels, until the JIT"
                + " used ≤ %.0f %% of a round's CPU (%d rounds; the last round's JIT share %.0f %%)"
                + " | %d | |",
            100 * MAX_WARM_JIT_SHARE,
            rounds,
            100 * jitShare,
            rounds * round));
  }

  /** The same work directory again: the cache is kept, so the server has nothing to render. */
  private void restarted(ScratchWork scratch) throws IOException, InterruptedException {
    Path log = Files.createTempFile("socialbench-server-restarted-", ".log");
    long start = System.nanoTime();
    try (ServerProcess server = ServerProcess.start(scratch.dir(), heap, List.of(), token, log)) {
      fact("restart with the cache kept: start until it serves", seconds(start), "");
      JsonNode run = server.currentRun(token);
      String code = run.get("municipalities").get(0).get("code").asText();
      HttpResponse<Void> first = server.fetch("/reports/benchmark/" + code + ".pdf", token);
      facts.add(
          "| restart: the first download's "
              + "X-Socialbench-Cache | "
              + first.headers().firstValue("X-Socialbench-Cache").orElse("(none)")
              + " | hit |");
    }
  }

  /** A server without a cache: every request renders; warm first, then one client. */
  private void uncached(ScratchWork scratch) throws IOException, InterruptedException {
    Path log = Files.createTempFile("socialbench-server-uncached-", ".log");
    try (ServerProcess server =
            ServerProcess.start(scratch.dir(), heap, List.of("--cache-mb", "0"), token, log);
        HeapSampler sampler = new HeapSampler(server)) {
      List<URI> pdfs = comparedPdfs(server, server.currentRun(token));
      LoadGenerator load = new LoadGenerator(token, Duration.ofSeconds(maxSeconds));
      LoadResult first = load.run("uncached, first request after start", pdfs, 1, 1);
      levels.add(first.markdownRow() + "  |  |  |  |");
      warmedUp(server, "uncached server");
      load.run("warm-up", pdfs, 1, warmRequests);
      level(server, load, "uncached, warm, a chosen group", pdfs, 1, requests);
      heap("uncached server (--cache-mb 0)", sampler, server);
    }
  }

  /** Each municipality's benchmark PDF, compared with its default group (pre-rendered). */
  private static List<URI> benchmarkPdfs(ServerProcess server, JsonNode run) {
    List<URI> pdfs = new ArrayList<>();
    for (JsonNode m : run.get("municipalities")) {
      pdfs.add(server.uri("/reports/benchmark/" + m.get("code").asText() + ".pdf"));
    }
    return pdfs;
  }

  /**
   * Each municipality's benchmark PDF compared with a chosen group ({@code ?compare=}): the (up to)
   * five municipalities after it in the run's list, so that every request asks for another group,
   * as users choosing their own do. A run too small for a chosen group gets the default groups.
   */
  private static List<URI> comparedPdfs(ServerProcess server, JsonNode run) {
    List<String> codes = new ArrayList<>();
    run.get("municipalities").forEach(m -> codes.add(m.get("code").asText()));
    if (codes.size() - 1 < ComparisonGroup.MIN_MEMBERS) {
      return benchmarkPdfs(server, run);
    }
    List<URI> pdfs = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      List<String> group = new ArrayList<>();
      for (int j = 1; j <= 5 && j < codes.size(); j++) {
        group.add(codes.get((i + j) % codes.size()));
      }
      pdfs.add(
          server.uri(
              "/reports/benchmark/" + codes.get(i) + ".pdf?compare=" + String.join(",", group)));
    }
    return pdfs;
  }

  private void level(
      ServerProcess server,
      LoadGenerator load,
      String scenario,
      List<URI> pdfs,
      int clients,
      int count)
      throws IOException, InterruptedException {
    double cpu = server.metric("process_cpu_seconds_total");
    double misses = server.metric("socialbench_render_cache_misses_total");
    Optional<CpuTicks> ticks = server.cpuTicks();
    CpuTicks jit = server.cpuTicksByThreadGroup().get("jit");
    LoadResult r = load.run(scenario, pdfs, clients, Math.max(count, clients));
    Optional<CpuTicks> spent = ticks.flatMap(t -> server.cpuTicks().map(now -> now.minus(t)));
    CpuTicks jitNow = server.cpuTicksByThreadGroup().get("jit");
    int n = r.latenciesNanos().length;
    double cpuPerDownload = (server.metric("process_cpu_seconds_total") - cpu) * 1000 / n;
    levels.add(
        r.markdownRow()
            + String.format(
                Locale.ROOT,
                " %.0f | %.2f | %s | %s |",
                server.metric("socialbench_render_cache_misses_total") - misses,
                cpuPerDownload,
                spent
                    .map(
                        t ->
                            String.format(
                                Locale.ROOT,
                                "%.2f / %.2f",
                                t.userMillis() / n,
                                t.systemMillis() / n))
                    .orElse("–"),
                jit == null || jitNow == null
                    ? "–"
                    : String.format(
                        Locale.ROOT,
                        "%.2f",
                        jitNow.minus(jit).userMillis() / n
                            + jitNow.minus(jit).systemMillis() / n)));
  }

  /**
   * Waits until the server says its renderer is warm ({@code /health} → {@code warm_up.done}) and
   * notes the warm-up's time, CPU time and renderings; a server without a warm-up is warm at once.
   */
  private void warmedUp(ServerProcess server, String which)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
    JsonNode w = server.health().path("warm_up");
    while (!w.isMissingNode() && !w.path("done").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IOException("the server was not warm in " + maxSeconds + " s");
      }
      Thread.sleep(200);
      w = server.health().path("warm_up");
    }
    if (w.isMissingNode()) {
      facts.add("| " + which + ": warm-up | none | |");
      return;
    }
    facts.add(
        String.format(
            Locale.ROOT,
            "| %s: warm-up until warm (%d chosen-group renderings after %d benchmark PDFs, ended"
                + " by %s; last %.0f ms CPU per rendering): seconds / CPU seconds | %.1f / %.1f |"
                + " |",
            which,
            w.path("renderings").asInt(),
            w.path("prerendered").asInt(),
            w.path("stopped_by").asText(),
            w.path("cpu_millis_per_rendering").asDouble(),
            w.path("seconds").asDouble(),
            w.path("cpu_seconds").asDouble()));
  }

  private void awaitPrerendered(ServerProcess server, String runId)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode p = server.health().path("prerender");
      if (p.path("run_id").asText().equals(runId) && p.path("done").asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IOException("run " + runId + " was not pre-rendered in " + maxSeconds + " s");
  }

  private void awaitServing(ServerProcess server, String runId)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
    while (System.nanoTime() < deadline) {
      if (server.health().path("run_id").asText().equals(runId)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IOException("the server did not switch to run " + runId + " in " + maxSeconds + " s");
  }

  private void fact(String what, double seconds, String target) {
    facts.add(String.format(Locale.ROOT, "| %s | %.1f | %s |", what, seconds, target));
  }

  private void heap(String server, HeapSampler sampler, ServerProcess process)
      throws IOException, InterruptedException {
    heaps.add(
        String.format(
            Locale.ROOT,
            "| %s | %.0f | %.0f |",
            server,
            sampler.maxBytes() / 1048576.0,
            process.gauge("jvm_memory_heap_max_bytes") / 1048576.0));
  }

  private String report(JsonNode run) {
    return String.format(
            Locale.ROOT,
            "## Server benchmark%n%n"
                + "Run %s (and the same data published again under a new run id), %d"
                + " municipalities, %s. Servers -Xmx%s, %d cores, loopback, %s.%n%n",
            run.get("run_id").asText(),
            run.get("municipalities").size(),
            work,
            heap,
            Runtime.getRuntime().availableProcessors(),
            Instant.now())
        + "| measurement | seconds or value | target |\n|---|---:|---|\n"
        + String.join("\n", facts)
        + "\n\n"
        + LoadResult.markdownHeader()
        + "\n"
        + String.join("\n", levels)
        + "\n\n| server | peak heap used, sampled (MiB) | max heap (MiB) |\n|---|---:|---:|\n"
        + String.join("\n", heaps)
        + "\n";
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** A run id of now that no pipeline run has: its hex part spells "bec4". */
  private static String newRunId() {
    return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-bec4";
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
