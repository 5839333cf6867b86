package dk.socialbench.cli;

import dk.socialbench.ingest.PseudonymKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole job on the bundled sample deliveries (data-samples/) with local Spark and"
          + " a fixed, public demo key; the launcher then serves the reports.",
      "",
      "Example:",
      "  ./socialbench demo            # then open the URL it prints",
      "  ./socialbench demo --no-serve # the job only",
    })
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--work", required = true, description = "Work directory for the demo run.")
  Path work;

  @Option(names = "--samples", required = true, description = "The data-samples directory.")
  Path samples;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master URL.")
  String master;

  @Option(
      names = "--profile",
      description = "Print, per analysis, its thread's CPU, planning phases and plan size.")
  boolean profile;

  @Override
  public Integer call() {
    System.out.println(
        "socialbench demo: synthetic sample deliveries from "
            + samples
            + ", local Spark, and the fixed DEMO pseudonymisation key (public; real runs need"
            + " SOCIALBENCH_PSEUDONYM_KEY or --key-file).");
    return RunCommand.execute(
        samples,
        work,
        PseudonymKey.demo(),
        StandardCharsets.UTF_8,
        5,
        profile,
        master,
        Map.of(),
        System.out);
  }
}
