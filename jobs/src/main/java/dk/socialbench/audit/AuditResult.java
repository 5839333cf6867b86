package dk.socialbench.audit;

import java.util.List;

/**
 * What an audit of a run found: every finding (empty when the run may be published), how many
 * published counts of persons the attack examined and how many constraints between them it used,
 * the relations that the run's true counts do not satisfy (they were left out of the attack and
 * should be corrected in {@code LinkedTables}), and what the attack's exact step solved ({@code
 * exactStep}: counts, programmes, seconds; empty where it did not run) and the mean attack's
 * ({@code meanStep}: means attacked, told, seconds).
 *
 * <p>The findings are of two kinds: the last {@code attackFindings} are the linear attack's (a
 * count an attacker can tell exactly, or a mean of a small group told to within the documented
 * tolerance, from everything published: the method's residual risk); the ones before are publishing
 * errors (a count of 1-4 published, a count not perturbed as its key says, a share from a true
 * count, a mean under its n).
 */
public record AuditResult(
    List<Finding> findings,
    int countsExamined,
    int constraints,
    List<String> relationsNotExact,
    double seconds,
    int attackFindings,
    String exactStep,
    String meanStep) {
  public AuditResult {
    java.util.Objects.requireNonNull(exactStep, "exactStep == null");
    java.util.Objects.requireNonNull(meanStep, "meanStep == null");
    findings = List.copyOf(findings);
    relationsNotExact = List.copyOf(relationsNotExact);
    if (attackFindings < 0 || attackFindings > findings.size()) {
      throw new IllegalArgumentException("attackFindings out of range: " + attackFindings);
    }
  }

  /** What publishing did wrong: a run with any of these must not be published. */
  public List<Finding> publishingErrors() {
    return findings.subList(0, findings.size() - attackFindings);
  }

  /** The counts the linear attack tells exactly, and the means the mean attack tells. */
  public List<Finding> exposures() {
    return findings.subList(findings.size() - attackFindings, findings.size());
  }

  public boolean passed() {
    return findings.isEmpty();
  }
}
