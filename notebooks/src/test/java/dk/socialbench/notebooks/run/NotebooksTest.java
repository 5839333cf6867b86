package dk.socialbench.notebooks.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.socialbench.notebooks.cluster.Runs;
import dk.socialbench.notebooks.cluster.SyntheticDeliveries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Executes every notebook of {@code notebooks/} on the sample data, as CI does: each must run
 * without a failing cell, give every code cell's output a place and produce output, and be a valid
 * nbformat 4 notebook for Jupyter's own validator.
 */
class NotebooksTest {
  private static final Path SEP_SAMPLE = Path.of("..", "data-samples", "sep");
  private static final Path INVALID_SAMPLE = Path.of("..", "data-samples", "invalid");

  @TempDir static Path dir;
  private static Path work;

  /** Runs the pipeline once on the SEP sample (or, until it exists, SEP-sized synthetic data). */
  @BeforeAll
  static void work() throws IOException {
    Path input = dir.resolve("input");
    if (Files.isDirectory(SEP_SAMPLE)) {
      copyDirectory(SEP_SAMPLE, input);
    } else {
      SyntheticDeliveries.write(input, 10, 1000, 3);
    }
    copyDirectory(INVALID_SAMPLE, input);
    work = dir.resolve("work");
    Runs.pipeline("local[2]", input, work);
  }

  static Stream<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("."))) {
      List<Path> found = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
      assertTrue(found.size() >= 4, "expected the analyst notebooks in notebooks/, found " + found);
      return found.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void notebook_runs_on_the_sample_data_with_output(Path notebook) throws Exception {
    Path out = dir.resolve("out");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status =
        NotebookRunCommand.execute(
            List.of(notebook),
            work,
            out,
            "local[2]",
            Map.of("spark.ui.enabled", "false", "spark.sql.shuffle.partitions", "2"),
            new PrintStream(log, true, StandardCharsets.UTF_8));
    String printed = log.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, printed);

    String name = notebook.getFileName().toString();
    JsonNode executed = Ipynb.JSON.readTree(out.resolve(name).toFile());
    int outputs = 0;
    for (JsonNode cell : executed.path("cells")) {
      for (JsonNode o : cell.path("outputs")) {
        outputs++;
        assertTrue(!"error".equals(o.path("output_type").asText()), name + ": " + o);
      }
    }
    assertTrue(outputs > 0, name + " produced no output:\n" + printed);
    assertTrue(
        Files.readString(out.resolve(name.replace(".ipynb", ".html"))).contains("<img"),
        name + ": no chart in the HTML rendering");
    Nbformat.assertValid(out.resolve(name));
  }

  private static void copyDirectory(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }
}
