package dk.socialbench.notebooks.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.socialbench.notebook.Notebook;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Executes one notebook headless: every code cell in order, outputs recorded in a copy of the
 * notebook, written with its HTML rendering to the output directory. Stops at the first failing
 * cell. The Spark session the notebook opened is stopped at the end.
 *
 * <p>Example: {@code NotebookRun.execute(Path.of("notebooks/01_tour.ipynb"), out, System.out)}.
 */
final class NotebookRun {
  /**
   * What happened: where the executed notebook and its HTML are, the failure if any, and timings
   * (JShell start-up, and each code cell's wall time).
   */
  record Outcome(
      Path notebook,
      Path html,
      Optional<String> failure,
      int outputs,
      double startupSeconds,
      List<Double> cellSeconds,
      double executingSeconds) {
    boolean ok() {
      return failure.isEmpty();
    }

    /** What the runner added: JShell start-up, and compiling and loading the cells. */
    double overheadSeconds() {
      return startupSeconds
          + cellSeconds.stream().mapToDouble(Double::doubleValue).sum()
          - executingSeconds;
    }
  }

  private NotebookRun() {}

  static Outcome execute(Path source, Path outDir, PrintStream log) throws IOException {
    Ipynb notebook = Ipynb.read(source).copy();
    String name = source.getFileName().toString().replaceFirst("\\.ipynb$", "");
    Files.createDirectories(outDir);
    Path classes = Files.createTempDirectory("socialbench-cells-");
    List<Double> cellSeconds = new ArrayList<>();
    String failure = null;
    int outputs = 0;
    long started = System.nanoTime();
    double startup;
    double executing;
    try (CellRunner runner = new CellRunner(classes)) {
      startup = seconds(started);
      log.printf(Locale.ROOT, "%s: JShell ready in %.2fs%n", name, startup);
      List<ObjectNode> cells = notebook.cells();
      int count = 0;
      for (int i = 0; i < cells.size(); i++) {
        ObjectNode cell = cells.get(i);
        if (!Ipynb.isCode(cell)) {
          continue;
        }
        cell.putArray("outputs");
        if (failure != null) {
          cell.putNull("execution_count");
          continue;
        }
        cell.put("execution_count", ++count);
        long t = System.nanoTime();
        CellRunner.Result result = runner.run(i + 1, count, Ipynb.source(cell));
        double s = seconds(t);
        cellSeconds.add(s);
        result.outputs().forEach(cell.withArray("outputs")::add);
        outputs += result.outputs().size();
        cell.with("metadata").with("socialbench").put("seconds", Math.round(s * 1000) / 1000.0);
        if (result.failure().isPresent()) {
          CellRunner.Failure f = result.failure().get();
          cell.withArray("outputs").add(Outputs.error(f));
          failure =
              String.format(
                  Locale.ROOT,
                  "%s: cell %d failed at line %d: %s%n  %s: %s",
                  source,
                  i + 1,
                  f.line(),
                  f.sourceLine(),
                  f.name(),
                  f.message());
          log.println(failure);
          f.trace().stream().limit(8).forEach(l -> log.println("  " + l.strip()));
        } else {
          log.printf(Locale.ROOT, "%s: cell %d done in %.2fs%n", name, i + 1, s);
        }
      }
      executing = runner.executingSeconds();
    } finally {
      Notebook.closeCurrent();
      deleteTree(classes);
    }
    Path executed = outDir.resolve(name + ".ipynb");
    Path html = outDir.resolve(name + ".html");
    notebook.write(executed);
    Files.writeString(html, HtmlExport.render(notebook, name));
    return new Outcome(
        executed,
        html,
        Optional.ofNullable(failure),
        outputs,
        startup,
        List.copyOf(cellSeconds),
        executing);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(NotebookRun::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
