package dk.socialbench.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dk.socialbench.server.ServerSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the server on a work directory: the benchmark PDF at 1, 16 and 64 concurrent clients,
 * uncached (a server with {@code --cache-mb 0}) and cached (the default cache, warmed), every
 * municipality's PDF rendered once, and each server's peak heap. Each server runs in its own JVM
 * with {@code -Xmx512m} on 127.0.0.1; the result is a Markdown table.
 */
@Command(
    name = "server-benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the report server on the run in WORK/runs/LATEST and print a Markdown table.",
      "Example: server-benchmark --work /data/sep --out target/server-benchmark.md"
    })
public final class ServerBenchmark implements Callable<Integer> {
  static final int[] CLIENTS = {1, 16, 64};

  @Option(names = "--work", required = true, paramLabel = "DIR", description = "Work directory.")
  Path work;

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the table here.")
  Path out;

  @Option(names = "--requests", defaultValue = "128", description = "Requests per load level.")
  int requests;

  @Option(names = "--heap", defaultValue = "512m", description = "The servers' -Xmx.")
  String heap;

  @Option(
      names = "--max-seconds",
      defaultValue = "300",
      description = "Time limit of each load level.")
  int maxSeconds;

  private final String token = randomToken();

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServerBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(work.resolve("runs").resolve("LATEST"))) {
      System.err.println("server-benchmark: no run in " + work + " (runs/LATEST is missing)");
      return 2;
    }
    List<String> rows = new ArrayList<>();
    List<String> heaps = new ArrayList<>();
    JsonNode run = measure("uncached", 0, rows, heaps);
    measure("cached", (int) (ServerSettings.DEFAULT_CACHE_BYTES >> 20), rows, heaps);
    String table = report(run, rows, heaps);
    System.out.println(table);
    if (out != null) {
      Files.writeString(out, table);
    }
    return 0;
  }

  /** One server: its load levels, plus every municipality once (uncached) or the warm-up. */
  private JsonNode measure(String mode, int cacheMb, List<String> rows, List<String> heaps)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("socialbench-server-" + mode + "-", ".log");
    try (ServerProcess server = ServerProcess.start(work, heap, cacheMb, token, log);
        HeapSampler sampler = new HeapSampler(server)) {
      JsonNode run = server.currentRun(token);
      List<URI> pdfs = new ArrayList<>();
      for (JsonNode m : run.get("municipalities")) {
        pdfs.add(server.uri("/reports/benchmark/" + m.get("code").asText() + ".pdf"));
      }
      LoadGenerator load = new LoadGenerator(token, Duration.ofSeconds(maxSeconds));
      requireOnePdf(load, pdfs.get(0), log);
      int cores = Runtime.getRuntime().availableProcessors();
      String once = mode.equals("uncached") ? "every municipality once" : "warm-up (all once)";
      LoadResult all = load.run(once, pdfs, cores, pdfs.size());
      if (mode.equals("uncached")) {
        rows.add(all.markdownRow());
      }
      for (int clients : CLIENTS) {
        rows.add(load.run(mode, pdfs, clients, Math.max(requests, clients)).markdownRow());
      }
      heaps.add(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %.0f | %.0f |",
              mode,
              sampler.maxBytes() / 1048576.0,
              server.gauge("jvm_memory_heap_peak_bytes") / 1048576.0,
              server.gauge("jvm_memory_heap_max_bytes") / 1048576.0));
      return run;
    }
  }

  private static void requireOnePdf(LoadGenerator load, URI pdf, Path log) throws IOException {
    if (!load.fetch(pdf)) {
      throw new IOException(
          "the server does not serve " + pdf + " (is a report renderer installed?); see " + log);
    }
  }

  private String report(JsonNode run, List<String> rows, List<String> heaps) {
    return String.format(
            Locale.ROOT,
            "## Server benchmark: benchmark PDF%n%n"
                + "Run %s, %d municipalities, %s. Server -Xmx%s, %d cores, loopback, %s."
                + " Uncached = a server with --cache-mb 0 (requests for a file already being"
                + " rendered wait for that rendering); cached = the default cache, warmed.%n%n",
            run.get("run_id").asText(),
            run.get("municipalities").size(),
            work,
            heap,
            Runtime.getRuntime().availableProcessors(),
            Instant.now())
        + LoadResult.markdownHeader()
        + "\n"
        + String.join("\n", rows)
        + "\n\n| server | peak heap used, sampled (MiB) | heap pools' peaks summed (MiB) | max heap"
        + " (MiB) |\n|---|---:|---:|---:|\n"
        + String.join("\n", heaps)
        + "\n";
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
