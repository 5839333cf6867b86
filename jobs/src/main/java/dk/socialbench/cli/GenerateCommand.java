package dk.socialbench.cli;

import dk.socialbench.generate.DeliveryGenerator;
import dk.socialbench.generate.GeneratedFile;
import dk.socialbench.generate.GenerationSummary;
import dk.socialbench.generate.GeneratorSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code socialbench generate}: synthetic delivery files calibrated to KL's SEP report. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Writes synthetic delivery files (one per municipality, <code>_<name>.csv) in the input"
          + " format, calibrated to KL's SEP report. The data is synthetic; CPR numbers and names"
          + " are fictitious. Same arguments give byte-identical files.",
      "",
      "Without a size it writes the SEP profile: the 10 municipalities of the report, 401 cases,"
          + " every published count reproduced, Ishøj (183) as .xlsx.",
      "",
      "Examples:",
      "  socialbench generate --out data-samples/sep",
      "  socialbench generate --out /tmp/national --municipalities 98 --registrations 10000000",
      "  socialbench generate --out /tmp/small --seed 7 --municipalities 20 --cases 2000"
          + " --xlsx 147 101",
      ""
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write into (created if missing).")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Random seed (default: ${DEFAULT-VALUE}, the committed sample's).")
  long seed = GeneratorSettings.DEFAULT_SEED;

  @Option(
      names = "--municipalities",
      paramLabel = "N",
      description =
          "Number of municipalities, 1 to 98: the 10 SEP ones first, then kommuner.csv order."
              + " Gives the national profile (sizes skewed, biggest about 10x the median).")
  Integer municipalities;

  @ArgGroup(exclusive = true)
  Size size;

  static final class Size {
    @Option(
        names = "--cases",
        paramLabel = "N",
        description = "Total cases (default 40 per municipality).")
    Long cases;

    @Option(
        names = "--registrations",
        paramLabel = "N",
        description = "Total registrations (rows); the number of cases follows.")
    Long registrations;
  }

  @Option(
      names = "--xlsx",
      arity = "1..*",
      paramLabel = "CODE",
      description =
          "Municipality codes to write as .xlsx instead of .csv ('none' for none)."
              + " Default: 183 in the SEP profile, none otherwise.")
  List<String> xlsx;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Municipalities written in parallel (default: the number of processors).")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    GenerationSummary summary = new DeliveryGenerator(settings()).writeTo(out);
    PrintWriter stdout = spec.commandLine().getOut();
    for (GeneratedFile f : summary.files()) {
      stdout.printf(
          Locale.ROOT,
          "  %-32s %,10d cases %,12d registrations%n",
          f.path().getFileName(),
          f.cases(),
          f.registrations());
    }
    stdout.printf(
        Locale.ROOT,
        "Wrote %d files to %s: %,d cases, %,d registrations in %.1f s (seed %d).%n",
        summary.files().size(),
        out,
        summary.cases(),
        summary.registrations(),
        summary.elapsed().toMillis() / 1000.0,
        seed);
    stdout.flush();
    return 0;
  }

  GeneratorSettings settings() {
    GeneratorSettings.Builder b = GeneratorSettings.builder().seed(seed);
    if (municipalities != null) {
      b.municipalities(municipalities);
    }
    if (size != null && size.cases != null) {
      b.cases(size.cases);
    }
    if (size != null && size.registrations != null) {
      b.registrations(size.registrations);
    }
    if (xlsx != null) {
      TreeSet<String> codes = new TreeSet<>();
      xlsx.forEach(x -> codes.addAll(Arrays.asList(x.split(","))));
      codes.remove("none");
      b.xlsx(codes);
    }
    if (threads != null) {
      b.threads(threads);
    }
    return b.build();
  }
}
