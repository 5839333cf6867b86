package dk.socialbench.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the benchmark command end to end on a small run. The servers it starts find the test's
 * FakeRenderer through {@code META-INF/services} of the test classpath; the figures are not
 * checked, only that every measurement ran, every request got its PDF, cached downloads were all
 * hits, and the measured work directory was left as it was.
 */
class ServerBenchmarkTest {
  @TempDir Path work;

  @Test
  void benchmark_measures_the_switch_cached_and_uncached_levels_restart_and_heap()
      throws Exception {
    RunFixture.run(work, "20261124-101500-ab12")
        .municipalities("147", "157", "151", "153")
        .write()
        .publish();
    List<Path> before = files(work);
    Path out = Files.createTempFile("server-benchmark-", ".md");

    int code =
        new CommandLine(new ServerBenchmark())
            .execute(
                "--work",
                work.toString(),
                "--out",
                out.toString(),
                "--requests",
                "8",
                "--cached-requests",
                "8",
                "--warm-requests",
                "2",
                "--max-seconds",
                "60");

    String tables = Files.readString(out);
    assertEquals(0, code, tables);
    assertTrue(tables.contains("Run 20261124-101500-ab12 (and the same data"), tables);
    assertTrue(tables.contains("4 municipalities"), tables);
    assertTrue(
        tables.matches(
            "(?s).*\\| new run: LATEST written until served with all 27 default reports rendered"
                + " \\| [0-9.]+ \\| ≤ 30 s \\|.*"),
        tables);
    assertTrue(tables.contains("| default reports that failed | 0.0 | 0 |"), tables);
    assertTrue(tables.contains("| server CPU time meanwhile (÷ 2 cores"), tables);
    assertTrue(tables.contains("| restart: the first download's X-Socialbench-Cache | hit |"));
    assertTrue(
        tables.matches(
            "(?s).*\\| prepared server: cached downloads at 16 clients before the levels, until the"
                + " JIT used ≤ 10 % of a round's CPU \\(([1-9]|1[0-9]|20) rounds; the last round's JIT"
                + " share [0-9]+ %\\) \\| [0-9]+ \\| \\|.*"),
        tables);
    // Misses, process CPU per download, its user and system parts and the JIT's from /proc.
    assertTrue(
        tables.matches(
            "(?s).*\\| cached \\| 1 \\| 8 \\| 0 \\|[^\\n]*\\| 0 \\| [0-9.]+ \\| [0-9.]+ / [0-9.]+ \\| [0-9.]+ \\|\n.*"),
        tables);
    assertTrue(
        tables.matches(
            "(?s).*\\| cached \\| 16 \\| 16 \\| 0 \\|[^\\n]*\\| 0 \\| [0-9.]+ \\| [0-9.]+ / [0-9.]+ \\| [0-9.]+ \\|\n.*"),
        tables);
    assertTrue(tables.contains("| uncached, first request after start | 1 | 1 | 0 |"), tables);
    assertTrue(
        tables.matches(
            "(?s).*\\| uncached, warm, a chosen group \\| 1 \\| 8 \\| 0 \\|[^\\n]*\\| 8 \\|.*"),
        tables);
    assertTrue(
        tables.matches(
            "(?s).*\\| prepared server, during pre-rendering \\| [1-9][0-9]* \\| 512 \\|.*"),
        tables);
    assertTrue(
        tables.contains("| prepared server, after the cached downloads (not sampled) |"), tables);
    assertEquals(before, files(work), "the measured work directory is not changed");
  }

  @Test
  void servers_start_with_the_options_serve_adds_for_their_java() {
    // As the launcher's choose_server_java: the flag is a product flag from 25, unknown on 17.
    assertEquals(List.of("-XX:+UseCompactObjectHeaders"), ServerProcess.javaOptions(25));
    assertEquals(List.of(), ServerProcess.javaOptions(17));
  }

  @Test
  void benchmark_without_a_run_exits_2() {
    assertEquals(2, new CommandLine(new ServerBenchmark()).execute("--work", work.toString()));
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.sorted().toList();
    }
  }
}
