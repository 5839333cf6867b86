package dk.socialbench.audit;

import dk.socialbench.UserError;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.publish.ResultWriter;
import dk.socialbench.publish.WithheldCounts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Publishing that fails closed: a staged run is audited after its datasets are written and before
 * {@code runs/LATEST} moves to it. Exposures are repaired first ({@link PublicationRepair}): the
 * counts the attack pins, and as few others as break the pattern, are withheld in the staged
 * datasets and the run is audited again, from the files rewritten. A run the audit does not pass
 * after the repair is refused with a message naming the first findings (dataset, row, column; never
 * a value), and {@code LATEST} keeps naming the run before it: a publishing error (a count of 1-4
 * published, a count not perturbed as its key says, a value derived from a true count) and an
 * exposure (a count under the threshold the linear attack tells exactly from everything published
 * together) alike.
 *
 * <p>Example, in {@code Pipeline} before the manifest is written, with the datasets {@code
 * ResultWriter} wrote: {@code manifest = new PublicationGate(new Auditor(new
 * PerturbationTable())).check(manifest, written, staging::published, staging::restricted);}
 */
public final class PublicationGate {
  /** Findings named in the refusal message. */
  static final int SHOWN = 5;

  private final Auditor auditor;
  private final int maxRounds;

  public PublicationGate(Auditor auditor) {
    this(auditor, PublicationRepair.MAX_ROUNDS);
  }

  /**
   * @param maxRounds audits at most, the first included: 1 refuses whatever the first finds
   */
  PublicationGate(Auditor auditor, int maxRounds) {
    this.auditor = Objects.requireNonNull(auditor, "auditor == null");
    this.maxRounds = maxRounds;
  }

  /** Thrown when the audit fails: the run is not published; {@link #audit()} says why. */
  public static final class Refused extends UserError {
    private static final long serialVersionUID = 1L;
    private final transient RunManifest.Audit audit;

    Refused(String message, RunManifest.Audit audit) {
      super(message);
      this.audit = audit;
    }

    public RunManifest.Audit audit() {
      return audit;
    }
  }

  /**
   * @return {@code manifest} with the passed audit recorded
   * @throws Refused when the audit finds anything: the caller must not commit the run
   */
  public RunManifest check(
      RunManifest manifest, Function<String, Path> published, Function<String, Path> restricted) {
    return check(manifest, published, restricted, System.nanoTime());
  }

  private RunManifest check(
      RunManifest manifest,
      Function<String, Path> published,
      Function<String, Path> restricted,
      long start) {
    Map<String, Table> truth = auditor.restricted(restricted);
    Map<String, Table> tables = auditor.read(published);
    return judged(manifest, repair(tables, truth), truth, published, start);
  }

  /**
   * As {@link #check(RunManifest, Function, Function)}, auditing the tables as {@code written}
   * holds them instead of reading them back first (docs/privacy.md, "How it is audited"). The files
   * are read back meanwhile on a thread of their own; where they do not hold exactly those tables,
   * what was audited is not what was written, and the files are audited instead, as by the other
   * check. What is judged is still what was written.
   *
   * @param written every dataset of the staged run, as {@code ResultWriter} wrote it there
   */
  public RunManifest check(
      RunManifest manifest,
      List<ResultWriter.Written> written,
      Function<String, Path> published,
      Function<String, Path> restricted) {
    long start = System.nanoTime();
    HeldTables held = HeldTables.of(written);
    CompletableFuture<Boolean> filesHold = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                filesHold.complete(filesHold(held, published, restricted));
              } catch (RuntimeException | Error e) {
                filesHold.complete(false); // the files' own check reports what is wrong
              }
            },
            "audit-files");
    reader.setDaemon(true);
    reader.start();
    PublicationRepair.Outcome repaired = repair(held.published(), held.restricted());
    // before the repair rewrites anything: the files must be those the tables were written to
    if (!filesHold.join()) {
      return check(manifest, published, restricted, start);
    }
    return judged(manifest, repaired, held.restricted(), published, start);
  }

  /**
   * Whether the files in {@code published} and {@code restricted} hold exactly {@code held}'s
   * tables: the same datasets, columns and values, in order. Read on one thread, beside the audit.
   */
  static boolean filesHold(
      HeldTables held, Function<String, Path> published, Function<String, Path> restricted) {
    Map<String, Table> files = Auditor.read(published, 1);
    Map<String, Table> truths = Auditor.restrictedTables(restricted, 1);
    return files.keySet().equals(held.published().keySet())
        && sameTables(files, held.published(), files.keySet())
        && truths != null
        && truths.keySet().equals(held.restricted().keySet())
        && sameTables(truths, held.restricted(), truths.keySet());
  }

  private PublicationRepair.Outcome repair(Map<String, Table> tables, Map<String, Table> truth) {
    return new PublicationRepair(auditor, maxRounds).repair(tables, truth);
  }

  /**
   * The decision on {@code repaired}, the repair of the tables now in {@code published}'s files:
   * where it withheld counts, the datasets it changed are rewritten there, read back and audited
   * once more.
   */
  private RunManifest judged(
      RunManifest manifest,
      PublicationRepair.Outcome repaired,
      Map<String, Table> truth,
      Function<String, Path> published,
      long start) {
    AuditResult result = repaired.result();
    if (result.passed() && !repaired.withheld().isEmpty()) {
      for (String name : repaired.changed()) {
        Table t = repaired.published().get(name);
        WithheldCounts.write(t.dataset(), t.columns(), t.rows(), published.apply(name));
      }
      // What is judged is what was written: the files, read back and audited once more; where
      // they hold exactly what the repair audited last, that audit's count attack is theirs, and
      // checks (a), (b) and the mean attack run on the files (docs/privacy.md, item 10). The
      // datasets the repair did not change are the tables already audited as their files hold
      // them (read from them, or checked against them).
      Map<String, Table> written = new LinkedHashMap<>(repaired.published());
      List<ResultDataset> changed =
          ResultCatalogue.all().stream()
              .filter(d -> repaired.changed().contains(d.name()))
              .toList();
      written.putAll(RunTables.read(changed, published));
      result =
          auditor
              .attack(
                  written,
                  truth,
                  repaired.withheld(),
                  sameTables(written, repaired.published(), repaired.changed())
                      ? repaired.counted()
                      : null)
              .result();
    }
    return decide(manifest, result, repaired, (System.nanoTime() - start) / 1e9);
  }

  /** Whether {@code a} and {@code b} have the same columns and rows, in order, in {@code names}. */
  static boolean sameTables(Map<String, Table> a, Map<String, Table> b, Set<String> names) {
    for (String name : names) {
      Table x = a.get(name);
      Table y = b.get(name);
      if (x == null
          || y == null
          || !x.columns().equals(y.columns())
          || x.rows().size() != y.rows().size()) {
        return false;
      }
      for (int r = 0; r < x.rows().size(); r++) {
        if (!java.util.Arrays.deepEquals(x.rows().get(r), y.rows().get(r))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * @return {@code manifest} with the passed audit recorded
   * @throws Refused when {@code result} has a publishing error or an exposure
   */
  static RunManifest decide(RunManifest manifest, AuditResult result) {
    return decide(
        manifest,
        result,
        new PublicationRepair.Outcome(Map.of(), result, Set.of(), 0, 1, null),
        result.seconds());
  }

  private static RunManifest decide(
      RunManifest manifest,
      AuditResult result,
      PublicationRepair.Outcome repaired,
      double seconds) {
    RunManifest.Audit audit = summary(result, repaired, seconds);
    if (!result.passed()) {
      List<Finding> errors = result.publishingErrors();
      List<Finding> exposures = result.exposures();
      List<String> shown =
          java.util.stream.Stream.concat(errors.stream(), exposures.stream())
              .limit(SHOWN)
              .map(Finding::toString)
              .toList();
      throw new Refused(
          "run "
              + manifest.runId()
              + " is not published: the disclosure audit found "
              + errors.size()
              + " publishing error(s) and "
              + exposures.size()
              + " exposure(s)"
              + (repaired.rounds() > 1
                  ? " after "
                      + (repaired.rounds() - 1)
                      + " round(s) of withholding ("
                      + repaired.withheld().size()
                      + " counts withheld)"
                  : "")
              + ", runs/LATEST is unchanged. First: "
              + String.join("; ", shown)
              + ". See ./socialbench audit and docs/privacy.md.",
          audit);
    }
    return manifest.withAudit(audit);
  }

  private static RunManifest.Audit summary(
      AuditResult result, PublicationRepair.Outcome repaired, double seconds) {
    List<String> named =
        result.findings().stream().limit(RunManifest.Audit.NAMED).map(Finding::toString).toList();
    return new RunManifest.Audit(
        result.passed(),
        result.findings().size(),
        named,
        result.countsExamined(),
        result.relationsNotExact(),
        seconds,
        repaired.rounds(),
        repaired.perDataset(),
        repaired.inAll(),
        List.copyOf(repaired.withheld()));
  }
}
