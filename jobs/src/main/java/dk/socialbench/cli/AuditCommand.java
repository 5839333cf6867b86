package dk.socialbench.cli;

import dk.socialbench.UserError;
import dk.socialbench.audit.AuditResult;
import dk.socialbench.audit.Auditor;
import dk.socialbench.audit.Finding;
import dk.socialbench.audit.InformationLoss;
import dk.socialbench.audit.WholeSystemLimits;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.publish.PerturbationTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Plays the attacker on a published run (docs/privacy.md, 'How it is audited'): (a) no"
          + " published count of persons lies in 1..4 and no cell key is published; (b) with the"
          + " run's restricted/ tables, every published count is the perturbation table applied to"
          + " its true count and cell key, and shares, intervals and means are derived from the"
          + " published counts; (c) from the published counts and every relation between them"
          + " (lines add up to totals, municipalities to all, stages, LinkedTables) it bounds"
          + " every true count and lists each one an attacker can pin to one value.",
      "",
      "Findings name dataset, row coordinates and column, never a value. Exit code 0 when"
          + " nothing is found, 1 when something is.",
      "",
      "Examples:",
      "  ./socialbench audit --work work/                  # the run in runs/LATEST",
      "  ./socialbench audit --work work/ --run 20261124-101500-ab12",
      "  ./socialbench audit --work work/ --loss           # and what the noise costs",
      "  ./socialbench audit --work work/ --whole          # and the whole-system attacker",
      "  ./socialbench audit --work work/ --whole --budget-seconds 600 --round-seconds 60",
    })
final class AuditCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--work", required = true, description = "Work directory (with runs/).")
  java.nio.file.Path work;

  @Option(names = "--run", description = "Run id (default: the run in runs/LATEST).")
  String run;

  @Option(
      names = "--loss",
      description =
          "Also print the information loss per dataset: mean absolute and largest deviation of"
              + " published from true counts (national and municipal rows), and how many counts"
              + " of 1..4 were published as 0 and as 5 (needs the run's restricted/).")
  boolean loss;

  @Option(
      names = "--whole",
      description =
          "Also play the attacker who solves the whole system at once (docs/privacy.md, 'What"
              + " remains', items 12 and 13) on the counts the audit leaves open, over their"
              + " integer solutions (CP-SAT), and list what it pins and how many sides stay"
              + " undecided; minutes on the sample. Not part of the gate's decision or the exit"
              + " code.")
  boolean whole;

  @Option(
      names = "--round-seconds",
      paramLabel = "S",
      description =
          "With --whole: CP-SAT's time for one round over every side left, on the whole component,"
              + " in its deterministic seconds (default: ${DEFAULT-VALUE}).")
  double roundSeconds = WholeSystemLimits.DEFAULTS.roundSeconds();

  @Option(
      names = "--side-seconds",
      paramLabel = "S",
      description =
          "With --whole: CP-SAT's time for one side's own solve, of a neighbourhood or of the whole"
              + " component, in its deterministic seconds (default: ${DEFAULT-VALUE}).")
  double sideSeconds = WholeSystemLimits.DEFAULTS.sideSeconds();

  @Option(
      names = "--budget-seconds",
      paramLabel = "S",
      description =
          "With --whole: CPU seconds of the process for one component at most; the sides left"
              + " then are reported as undecided, never as safe (default: ${DEFAULT-VALUE}).")
  double budgetSeconds = WholeSystemLimits.DEFAULTS.budgetSeconds();

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "With --whole: CP-SAT's search threads on the whole component (default:"
              + " ${DEFAULT-VALUE}).")
  int workers = WholeSystemLimits.DEFAULTS.workers();

  @Option(
      names = "--max-neighbourhood",
      paramLabel = "N",
      description =
          "With --whole: a side's neighbourhood model grows up to this many counts before the"
              + " side is left to the whole component (default: ${DEFAULT-VALUE}).")
  int maxNeighbourhood = WholeSystemLimits.DEFAULTS.maxNeighbourhood();

  @Option(
      names = "--every-side",
      description =
          "With --whole: try every side alike, instead of first one side of each count with no"
              + " side open (a count is pinned only if both are closed) and the others in the"
              + " budget left.")
  boolean everySide;

  @Option(
      names = "--region-seeds",
      paramLabel = "N",
      description =
          "With --whole: grow each region from this many counts left at once instead of a ball"
              + " around one (default: ${DEFAULT-VALUE}).")
  int regionSeeds = WholeSystemLimits.DEFAULTS.regionSeeds();

  @Option(
      names = "--wall-clock",
      description =
          "With --whole: the budget in wall seconds and each solve's time in wall seconds, as"
              + " before; by default the budget is CPU seconds of the process and a solve's time"
              + " CP-SAT's deterministic seconds, so that a loaded machine does not cut the attack"
              + " short.")
  boolean wallClock;

  @Option(
      names = "--export-system",
      paramLabel = "FILE",
      description =
          "With --whole: first write the attacked system (bounds, true counts, cells and"
              + " constraints named) to FILE, to attack it again without Spark; as confidential"
              + " as the run's restricted tables.")
  java.nio.file.Path exportSystem;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    WholeSystemLimits limits = limits();
    RunLayout layout = new RunLayout(work);
    String id = run != null ? run : latest(layout);
    if (!Files.isRegularFile(layout.manifest(id))) {
      throw new UserError("no run " + id + " in " + layout.runs() + " (no manifest.json)");
    }
    Auditor auditor = new Auditor(new PerturbationTable());
    out.println("Audit of run " + id + " in " + work + ", threshold " + auditor.threshold());
    AuditResult result = auditor.audit(layout, id);
    print(out, result);
    if (whole) {
      Auditor.WholeSystem w = auditor.wholeSystem(layout, id, limits, exportSystem);
      out.println("whole-system attack: " + w.summary());
      w.findings().forEach(f -> out.println("  " + f));
    }
    if (loss) {
      printLoss(out, new InformationLoss(auditor.threshold()).of(layout, id));
    }
    out.flush();
    return result.passed() ? 0 : 1;
  }

  /** The limits of --whole, checked before anything is read. */
  private WholeSystemLimits limits() {
    try {
      return new WholeSystemLimits(
          roundSeconds,
          sideSeconds,
          budgetSeconds,
          workers,
          maxNeighbourhood,
          everySide,
          regionSeeds,
          wallClock);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static void print(PrintWriter out, AuditResult r) {
    out.printf(
        Locale.ROOT,
        "%d published counts of persons and %d constraints between them examined in %.1f s%n",
        r.countsExamined(),
        r.constraints(),
        r.seconds());
    if (!r.exactStep().isEmpty()) {
      out.println("exact step: " + r.exactStep());
    }
    if (!r.meanStep().isEmpty()) {
      out.println("mean step: " + r.meanStep());
    }
    for (String relation : r.relationsNotExact()) {
      out.println("not exact in this run (left out of the attack): " + relation);
    }
    Map<String, Integer> byDataset = new TreeMap<>();
    r.findings().forEach(f -> byDataset.merge(f.dataset(), 1, Integer::sum));
    byDataset.forEach((d, n) -> out.println(d + ": " + n + " finding(s)"));
    for (Finding f : r.findings()) {
      out.println("  " + f);
    }
    out.println(
        r.passed() ? "PASSED: nothing found" : "FAILED: " + r.findings().size() + " finding(s)");
  }

  private static void printLoss(PrintWriter out, List<InformationLoss.Loss> losses) {
    if (losses.isEmpty()) {
      out.println("Information loss: the run kept no restricted tables");
      return;
    }
    out.println("Information loss (|published - true| over counts of persons; cells, mean, max):");
    out.printf(
        Locale.ROOT,
        "%-30s %22s %22s %8s %8s%n",
        "dataset",
        "national",
        "municipal",
        "1-4->0",
        "1-4->5");
    for (InformationLoss.Loss l : losses) {
      out.printf(
          Locale.ROOT,
          "%-30s %22s %22s %8d %8d%n",
          l.dataset(),
          deviation(l.national()),
          deviation(l.municipal()),
          l.smallAsZero(),
          l.smallAsThreshold());
    }
  }

  private static String deviation(InformationLoss.Deviation d) {
    return String.format(Locale.ROOT, "%d, %.3f, %d", d.cells(), d.meanAbsolute(), d.max());
  }

  private static String latest(RunLayout layout) {
    try {
      return Files.readString(layout.latest(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UserError(
          "no published run in " + layout.work() + ": " + layout.latest() + " is missing");
    }
  }
}
