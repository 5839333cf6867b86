package dk.socialbench.cli;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the whole pipeline (ingest, analyses, publish) on generated national data: each"
          + " size is generated once, then run --repeat times, each run a fresh JVM as a user"
          + " starts it, so Spark start-up is included. Prints a Markdown table of wall time,"
          + " rows/s and peak memory per stage (medians), and appends it to --out.",
      "",
      "Example:",
      "  ./socialbench benchmark --sizes 10000,100000,1000000 --repeat 3 --out target/bench.md",
    })
final class BenchmarkCommand implements Callable<Integer> {
  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "10000,100000,1000000",
      description = "Registrations to generate, comma separated (default ${DEFAULT-VALUE}).")
  List<Long> sizes;

  @Option(
      names = "--repeat",
      defaultValue = "3",
      description = "Runs per size (default ${DEFAULT-VALUE}).")
  int repeat;

  @Option(
      names = "--municipalities",
      defaultValue = "98",
      description = "Municipalities (default ${DEFAULT-VALUE}).")
  int municipalities;

  @Option(
      names = "--data",
      defaultValue = "target/bench",
      description = "Where generated data and work dirs go.")
  Path data;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master URL.")
  String master;

  @Option(
      names = "--driver-memory",
      defaultValue = "8g",
      description = "-Xmx of each run (default ${DEFAULT-VALUE}).")
  String driverMemory;

  @Option(names = "--out", description = "Append the Markdown table to this file.")
  Path out;

  @Option(
      names = "--baseline",
      description =
          "A built checkout of the code before (its jobs/target/ holds the jar and"
              + " classpath.txt): each of its runs alternates with one of this code, and the"
              + " table has a row for each.")
  Path baseline;

  @Override
  public Integer call() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        "| registrations | code | runs | wall s (median) | CPU s (median) | ingest s | ingest rows/s | analyses s | end-to-end rows/s | peak RSS MiB | peak heap MiB ingest / analyses | load average at start |");
    lines.add("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
    for (long size : sizes) {
      Path input = data.resolve("data-" + size);
      if (!Files.isDirectory(input)) {
        System.out.println("generating " + size + " registrations in " + input);
        run(
            List.of(
                "generate",
                "--out",
                input.toString(),
                "--municipalities",
                String.valueOf(municipalities),
                "--registrations",
                String.valueOf(size),
                "--seed",
                "7"),
            List.of(),
            null,
            null);
      }
      List<Measurement> ms = new ArrayList<>();
      List<Measurement> before = new ArrayList<>();
      for (int i = 0; i < repeat; i++) {
        if (baseline != null) {
          before.add(measureOnce(input, size, i, baselineClasspath(), "before"));
        }
        ms.add(measureOnce(input, size, i, null, "this"));
      }
      if (baseline != null) {
        lines.add(row("before", before));
      }
      lines.add(row("this", ms));
    }
    String table = String.join("\n", lines) + "\n";
    System.out.println();
    System.out.print(table);
    if (out != null) {
      Files.writeString(
          out,
          "\n" + environment() + "\n\n" + table,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    return 0;
  }

  private record Measurement(
      long rows, double wall, double cpu, long rssMib, String load, RunManifest manifest) {}

  private record Usage(long rssMib, double cpuSeconds) {}

  private Measurement measureOnce(Path input, long size, int i, String classpath, String code)
      throws IOException, InterruptedException {
    Path work = data.resolve("work-" + size);
    delete(work);
    Measurement m = measure(input, work, classpath);
    System.out.printf(
        Locale.ROOT,
        "%,d registrations, %s code, run %d: %.1f s wall, %.1f s CPU, %,d MiB RSS, load %s%n",
        m.rows,
        code,
        i + 1,
        m.wall,
        m.cpu,
        m.rssMib,
        m.load);
    return m;
  }

  private Measurement measure(Path input, Path work, String classpath)
      throws IOException, InterruptedException {
    // Both sides with the JIT the launcher chooses for this input, so that only the code differs.
    List<String> jit = jitOptions(launcher(), input);
    String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    long start = System.nanoTime();
    Usage usage =
        run(
            List.of(
                "run", "--input", input.toString(), "--work", work.toString(), "--master", master),
            jit,
            "benchmark-key-not-secret-0123",
            classpath);
    double wall = (System.nanoTime() - start) / 1e9;
    RunLayout layout = new RunLayout(work);
    String id = Files.readString(layout.latest()).strip();
    RunManifest manifest = RunManifest.read(layout.manifest(id));
    return new Measurement(
        manifest.rows().read(), wall, usage.cpuSeconds(), usage.rssMib(), load, manifest);
  }

  /**
   * The JVM options for the JIT that the launcher's {@code run} starts with for this input ({@code
   * SOCIALBENCH_JIT}: auto, tiered or c1), asked of the launcher itself ({@code socialbench
   * jit-options --input DIR}), which holds the rule: runs are measured as users start them.
   *
   * @param launcher the {@code socialbench} script (the launcher passes its own path in {@code
   *     SOCIALBENCH_LAUNCHER})
   */
  static List<String> jitOptions(Path launcher, Path input)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(launcher.toString(), "jit-options", "--input", input.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(
          launcher
              + " jit-options failed (exit code "
              + p.exitValue()
              + "); see its message above");
    }
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  /** The launcher this command was started by, which chooses the JIT (see {@link #jitOptions}). */
  private static Path launcher() {
    String path = System.getenv("SOCIALBENCH_LAUNCHER");
    if (path == null || path.isBlank()) {
      throw new IllegalStateException(
          "benchmark chooses the JIT as the launcher does and needs it: start it as"
              + " './socialbench benchmark ...' (or set SOCIALBENCH_LAUNCHER to the socialbench"
              + " script)");
    }
    return Path.of(path);
  }

  /** The baseline's job classpath, as its launcher builds it. */
  private String baselineClasspath() throws IOException {
    Path target = baseline.resolve("jobs").resolve("target");
    try (Stream<Path> files = Files.list(target)) {
      Path jar =
          files
              .filter(p -> p.getFileName().toString().matches("socialbench-jobs-.*\\.jar"))
              .filter(p -> !p.getFileName().toString().matches(".*-(sources|tests|job)\\.jar"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no jobs jar in " + target));
      return jar + ":" + Files.readString(target.resolve("classpath.txt")).strip();
    }
  }

  /**
   * Runs the command line in a fresh JVM with the options {@code jit} (this code's classpath with
   * this JVM's own {@code -XX:} options, such as the CDS archive, or the baseline's without them);
   * returns its peak resident memory and CPU time.
   */
  private Usage run(List<String> args, List<String> jit, String key, String classpath)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(
                a ->
                    a.startsWith("--add-opens")
                        || a.startsWith("-XX:+Ignore")
                        || a.startsWith("-Djdk.reflect")
                        || a.startsWith("-Dshut.up.ojAlgo")
                        || (classpath == null && a.startsWith("-XX:")))
            .toList());
    command.addAll(jit);
    command.add("-Xmx" + driverMemory);
    command.add("-cp");
    command.add(classpath != null ? classpath : System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("last-run.log").toFile());
    Files.createDirectories(data);
    if (key != null) {
      pb.environment().put("SOCIALBENCH_PSEUDONYM_KEY", key);
    }
    Process p = pb.start();
    long peak = 0;
    double cpu = 0;
    Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
    while (p.isAlive()) {
      peak = Math.max(peak, residentKib(status));
      cpu = Math.max(cpu, cpuSeconds(p));
      Thread.sleep(100);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          "benchmark step failed: " + args + "; see " + data.resolve("last-run.log"));
    }
    return new Usage(peak >> 10, cpu);
  }

  /** User and system time of the process so far (sampled: the last 100 ms may be missed). */
  private static double cpuSeconds(Process p) {
    return p.info().totalCpuDuration().map(d -> d.toMillis() / 1e3).orElse(0.0);
  }

  private static long residentKib(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:") || line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process has just ended
    }
    return 0;
  }

  private static String row(String code, List<Measurement> ms) {
    double wall = median(ms.stream().mapToDouble(Measurement::wall).toArray());
    double cpu = median(ms.stream().mapToDouble(Measurement::cpu).toArray());
    String loads = String.join(", ", ms.stream().map(Measurement::load).toList());
    double ingest = median(ms.stream().mapToDouble(m -> stage(m, "ingest")).toArray());
    double analyses = median(ms.stream().mapToDouble(m -> stage(m, "analyses")).toArray());
    long rows = ms.get(0).rows;
    long rss = ms.stream().mapToLong(Measurement::rssMib).max().orElse(0);
    long heapIngest = ms.stream().mapToLong(m -> heap(m, "ingest")).max().orElse(0);
    long heapAnalyses = ms.stream().mapToLong(m -> heap(m, "analyses")).max().orElse(0);
    return String.format(
        Locale.ROOT,
        "| %,d | %s | %d | %.1f | %.1f | %.1f | %,.0f | %.1f | %,.0f | %,d | %,d / %,d | %s |",
        rows,
        code,
        ms.size(),
        wall,
        cpu,
        ingest,
        rows / ingest,
        analyses,
        rows / wall,
        rss,
        heapIngest,
        heapAnalyses,
        loads);
  }

  private static double stage(Measurement m, String name) {
    return m.manifest.stages().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .seconds();
  }

  private static long heap(Measurement m, String name) {
    return m.manifest.stages().stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow()
        .peakHeapMib();
  }

  static double median(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private String environment() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "`./socialbench benchmark --sizes %s --repeat %d --municipalities %d --master %s --driver-memory %s` — %d cores, Java %s",
        String.join(",", sizes.stream().map(String::valueOf).toList()),
        repeat,
        municipalities,
        master,
        driverMemory,
        rt.availableProcessors(),
        System.getProperty("java.version"));
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
