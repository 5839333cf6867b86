package dk.socialbench.notebooks.run;

import dk.socialbench.UserError;
import dk.socialbench.notebook.Notebook;
import dk.socialbench.spark.SparkOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Executes the code cells of each notebook in order (Java, in this JVM, with the socialbench"
          + " classes and Spark) and writes the executed notebook, with its outputs, and an HTML"
          + " rendering to --out. Stops at the first failing cell and exits 1.",
      "",
      "Examples:",
      "  ./socialbench notebook run notebooks/01_tour.ipynb --work work/",
      "  ./socialbench notebook run notebooks/*.ipynb --work work/ --out /tmp/executed",
      "  ./socialbench notebook run notebooks/02_price.ipynb --work /shared/work"
          + " --master spark://host:7077 --conf spark.executor.memory=4g",
    })
final class NotebookRunCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "NOTEBOOK", description = "Notebook files (.ipynb).")
  List<Path> notebooks;

  @Option(names = "--work", required = true, description = "Work directory (curated, runs).")
  Path work;

  @Option(
      names = "--out",
      description = "Where to write the executed notebooks and HTML (default WORK/notebooks).")
  Path out;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() throws IOException {
    return execute(notebooks, work, out, spark.master(), spark.conf(), System.out);
  }

  static int execute(
      List<Path> notebooks,
      Path work,
      Path out,
      String master,
      Map<String, String> conf,
      PrintStream log)
      throws IOException {
    for (Path nb : notebooks) {
      if (!Files.isRegularFile(nb)) {
        throw new UserError("no notebook at " + nb);
      }
    }
    if (!Files.isDirectory(work)) {
      throw new UserError("no work directory at " + work + "; run 'socialbench run' first");
    }
    System.setProperty(Notebook.WORK_PROPERTY, work.toAbsolutePath().toString());
    System.setProperty(Notebook.MASTER_PROPERTY, master);
    conf.forEach(System::setProperty);
    Path outDir = out != null ? out : work.resolve("notebooks");
    int status = 0;
    for (Path nb : notebooks) {
      NotebookRun.Outcome o = NotebookRun.execute(nb, outDir, log);
      double cells = o.cellSeconds().stream().mapToDouble(Double::doubleValue).sum();
      log.printf(
          Locale.ROOT,
          "%s: %s, %d outputs; cells %.2fs, of which the runner's own (JShell start-up,"
              + " compiling) %.2fs; wrote %s and %s%n",
          nb.getFileName(),
          o.ok() ? "ok" : "FAILED",
          o.outputs(),
          cells,
          o.overheadSeconds(),
          o.notebook(),
          o.html());
      if (!o.ok()) {
        status = 1;
        break;
      }
    }
    return status;
  }
}
