package dk.socialbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher alone decides the JIT by input size ({@code socialbench jit-options}), and the
 * benchmark starts its runs with what the launcher's {@code run} would: the same options for a
 * small and a large input.
 */
class JitChoiceTest {
  /** The repository's launcher; tests run in the module's directory. */
  private static final Path LAUNCHER = Path.of("..", "socialbench").toAbsolutePath().normalize();

  private static final List<String> C1 =
      List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m", "-XX:+UseParallelGC");

  @TempDir Path dir;

  @BeforeEach
  void chosenBySize() {
    // An explicit choice in the environment would override the size for the benchmark's call.
    assumeTrue(System.getenv("SOCIALBENCH_JIT") == null, "SOCIALBENCH_JIT is set");
    // A collector chosen there leaves the launcher's out (C1 below has it).
    String opts = System.getenv("SOCIALBENCH_JAVA_OPTS");
    assumeTrue(opts == null || !opts.contains("GC"), "SOCIALBENCH_JAVA_OPTS names a collector");
  }

  @Test
  void a_small_input_runs_with_c1_alone_in_the_launcher_and_the_benchmark() throws Exception {
    Path input = Files.createDirectories(dir.resolve("small"));
    Files.writeString(input.resolve("101_koebenhavn.csv"), "a;b\n1;2\n", StandardCharsets.UTF_8);

    assertEquals(C1, launcherChoice(input, null));
    assertEquals(C1, BenchmarkCommand.jitOptions(LAUNCHER, input));
  }

  @Test
  void a_large_input_keeps_the_tiered_jit_in_the_launcher_and_the_benchmark() throws Exception {
    Path input = Files.createDirectories(dir.resolve("large"));
    // Sparse: 1 GiB as the launcher's du -sbL counts it (apparent size), no disk used.
    try (RandomAccessFile f = new RandomAccessFile(input.resolve("all.csv").toFile(), "rw")) {
      f.setLength(1L << 30);
    }

    assertEquals(List.of(), launcherChoice(input, null));
    assertEquals(List.of(), BenchmarkCommand.jitOptions(LAUNCHER, input));
  }

  @Test
  void an_input_of_a_hundred_thousand_registrations_keeps_the_tiered_jit() throws Exception {
    // 10^5 generated registrations are 21.7 MB (docs/benchmarks.md 1.19): over the 10 MB line.
    Path input = Files.createDirectories(dir.resolve("national"));
    try (RandomAccessFile f = new RandomAccessFile(input.resolve("all.csv").toFile(), "rw")) {
      f.setLength(21_726_417L);
    }

    assertEquals(List.of(), launcherChoice(input, null));
    assertEquals(List.of(), BenchmarkCommand.jitOptions(LAUNCHER, input));
  }

  @Test
  void a_collector_in_socialbench_java_opts_is_the_only_one() throws Exception {
    Path input = Files.createDirectories(dir.resolve("small"));
    Files.writeString(input.resolve("101_koebenhavn.csv"), "a;b\n1;2\n", StandardCharsets.UTF_8);

    assertEquals(C1.subList(0, 2), launcherChoice(input, null, "-Xss2m -XX:+UseG1GC"));
  }

  @Test
  void socialbench_jit_chooses_regardless_of_size() throws Exception {
    Path input = Files.createDirectories(dir.resolve("small"));
    Files.writeString(input.resolve("101_koebenhavn.csv"), "a;b\n1;2\n", StandardCharsets.UTF_8);

    assertEquals(List.of(), launcherChoice(input, "tiered"));
  }

  /** What {@code socialbench jit-options --input DIR} prints, one option a line. */
  private static List<String> launcherChoice(Path input, String jit)
      throws IOException, InterruptedException {
    return launcherChoice(input, jit, null);
  }

  /** As above, with {@code SOCIALBENCH_JAVA_OPTS} set to {@code javaOpts} (null: unset). */
  private static List<String> launcherChoice(Path input, String jit, String javaOpts)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(LAUNCHER.toString(), "jit-options", "--input", input.toString());
    pb.environment().remove("SOCIALBENCH_JIT");
    pb.environment().remove("SOCIALBENCH_JAVA_OPTS");
    if (javaOpts != null) {
      pb.environment().put("SOCIALBENCH_JAVA_OPTS", javaOpts);
    }
    if (jit != null) {
      pb.environment().put("SOCIALBENCH_JIT", jit);
    }
    Process p = pb.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out.lines().toList();
  }
}
