package dk.socialbench.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the benchmark command end to end on a small run. The servers it starts find the test's
 * FakeRenderer through {@code META-INF/services} of the test classpath; the figures are not
 * checked, only that every level ran and every request got its PDF.
 */
class ServerBenchmarkTest {
  @TempDir Path work;

  @Test
  void benchmark_measures_uncached_and_cached_levels_and_heap_as_a_markdown_table()
      throws Exception {
    RunFixture.run(work, "20261124-101500-ab12")
        .municipalities("147", "157", "151")
        .write()
        .publish();
    Path out = work.resolve("bench.md");

    int code =
        new CommandLine(new ServerBenchmark())
            .execute(
                "--work",
                work.toString(),
                "--out",
                out.toString(),
                "--requests",
                "8",
                "--max-seconds",
                "60");

    String table = Files.readString(out);
    assertEquals(0, code, table);
    assertTrue(table.contains("Run 20261124-101500-ab12, 3 municipalities"), table);
    assertTrue(table.contains("| every municipality once | "), table);
    for (String mode : new String[] {"uncached", "cached"}) {
      assertTrue(table.contains("| " + mode + " | 1 | 8 | 0 |"), table);
      assertTrue(table.contains("| " + mode + " | 16 | 16 | 0 |"), table);
      assertTrue(table.contains("| " + mode + " | 64 | 64 | 0 |"), table);
      assertTrue(
          table.matches("(?s).*\\| " + mode + " \\| [1-9][0-9]* \\| [0-9]+ \\| 512 \\|.*"), table);
    }
  }

  @Test
  void benchmark_without_a_run_exits_2() {
    assertEquals(2, new CommandLine(new ServerBenchmark()).execute("--work", work.toString()));
  }
}
