package dk.socialbench.cli;

import dk.socialbench.contract.RunManifest;
import dk.socialbench.ingest.PseudonymKey;
import dk.socialbench.pipeline.Pipeline;
import dk.socialbench.spark.ConsoleProgress;
import dk.socialbench.spark.SparkOptions;
import dk.socialbench.spark.SparkScratch;
import dk.socialbench.spark.SparkSessions;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests every delivery file (.csv, .xlsx) under --input, computes every analysis and"
          + " publishes the run under --work/runs/, pointing runs/LATEST at it.",
      "",
      "The pseudonymisation key comes from SOCIALBENCH_PSEUDONYM_KEY or --key-file.",
      "",
      "Examples:",
      "  SOCIALBENCH_PSEUDONYM_KEY=... ./socialbench run --input deliveries/ --work work/",
      "  ./socialbench run --input deliveries/ --work work/ --key-file /secure/key.txt"
          + " --encoding windows-1252",
      "  ./socialbench run --input /shared/deliveries --work /shared/work --master"
          + " spark://host:7077 --conf spark.executor.memory=8g",
      "",
      "On a cluster the executors get the job jar (jobs/target/socialbench-jobs-VERSION-job.jar)"
          + " through spark.jars unless --conf spark.jars=... names another.",
      "",
      "On a cluster, --input and --work must be a file system every node mounts at the same"
          + " path (see docs/cluster.md).",
    })
final class RunCommand implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Directory of delivery files.")
  Path input;

  @Option(names = "--work", required = true, description = "Work directory (curated, runs).")
  Path work;

  @Option(names = "--key-file", description = "File holding the pseudonymisation key.")
  Path keyFile;

  @Option(
      names = "--encoding",
      defaultValue = "UTF-8",
      description = "Charset of CSV files (default ${DEFAULT-VALUE}; or windows-1252).")
  Charset encoding;

  @Option(
      names = "--min-cell",
      defaultValue = "5",
      description =
          "Publish a mean only above this many persons, a median only from twice as many; counts"
              + " are perturbed (default ${DEFAULT-VALUE}, at least 3).")
  int minCell;

  @Option(
      names = "--profile",
      description =
          "Print, per analysis, its thread's CPU, Spark's planning phases and its plan's size"
              + " (where the analyses' fixed cost goes; docs/benchmarks.md 1.40).")
  boolean profile;

  @Mixin SparkOptions spark;

  @Override
  public Integer call() {
    PseudonymKey key = PseudonymKey.load(keyFile, System.getenv());
    return execute(
        input, work, key, encoding, minCell, profile, spark.master(), spark.conf(), System.out);
  }

  static int execute(
      Path input,
      Path work,
      PseudonymKey key,
      Charset encoding,
      int minCell,
      boolean profile,
      String master,
      Map<String, String> conf,
      PrintStream out) {
    SparkSessions builder =
        SparkSessions.builder(master).appName("socialbench run").scratchUnder(work);
    conf.forEach(builder::config);
    SparkSession spark = builder.create();
    try (ConsoleProgress progress = new ConsoleProgress(spark, out)) {
      Pipeline.Settings settings =
          new Pipeline.Settings(key, encoding, minCell, master, Clock.systemUTC(), profile);
      RunManifest manifest = new Pipeline(spark, settings, progress).run(input, work);
      progress.close();
      new RunReport(out).print(manifest, work);
      return 0;
    } finally {
      spark.stop();
      SparkScratch.removeOwn(work);
    }
  }
}
