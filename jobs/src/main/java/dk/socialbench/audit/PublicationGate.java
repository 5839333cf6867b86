package dk.socialbench.audit;

import dk.socialbench.UserError;
import dk.socialbench.contract.RunManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Publishing that fails closed: a staged run is audited after its datasets are written and before
 * {@code runs/LATEST} moves to it. A run the audit does not pass is refused with a message naming
 * the first findings (dataset, row, column; never a value), and {@code LATEST} keeps naming the run
 * before it: a publishing error (a count of 1-4 published, a count not perturbed as its key says, a
 * value derived from a true count) and an exposure (a count under the threshold the linear attack
 * tells exactly from everything published together) alike.
 *
 * <p>Example, in {@code Pipeline} before the manifest is written: {@code manifest = new
 * PublicationGate(new Auditor(new PerturbationTable())).check(manifest, staging::published,
 * staging::restricted);}
 */
public final class PublicationGate {
  /** Findings named in the refusal message. */
  static final int SHOWN = 5;

  private final Auditor auditor;

  public PublicationGate(Auditor auditor) {
    this.auditor = Objects.requireNonNull(auditor, "auditor == null");
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
    return decide(manifest, auditor.audit(published, restricted));
  }

  /**
   * @return {@code manifest} with the passed audit recorded
   * @throws Refused when {@code result} has a publishing error or an exposure
   */
  static RunManifest decide(RunManifest manifest, AuditResult result) {
    RunManifest.Audit audit = summary(result);
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
              + " exposure(s), runs/LATEST is unchanged. First: "
              + String.join("; ", shown)
              + ". See ./socialbench audit and docs/privacy.md.",
          audit);
    }
    return manifest.withAudit(audit);
  }

  static RunManifest.Audit summary(AuditResult result) {
    List<String> named =
        result.findings().stream().limit(RunManifest.Audit.NAMED).map(Finding::toString).toList();
    return new RunManifest.Audit(
        result.passed(),
        result.findings().size(),
        named,
        result.countsExamined(),
        result.relationsNotExact(),
        result.seconds());
  }
}
