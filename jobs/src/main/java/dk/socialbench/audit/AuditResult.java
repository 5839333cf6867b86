package dk.socialbench.audit;

import java.util.List;

/**
 * What an audit of a run found: every finding (empty when the run may be published), how many
 * published counts of persons the attack examined and how many constraints between them it used,
 * and the relations that the run's true counts do not satisfy (they were left out of the attack and
 * should be corrected in {@code LinkedTables}).
 */
public record AuditResult(
    List<Finding> findings,
    int countsExamined,
    int constraints,
    List<String> relationsNotExact,
    double seconds) {
  public AuditResult {
    findings = List.copyOf(findings);
    relationsNotExact = List.copyOf(relationsNotExact);
  }

  public boolean passed() {
    return findings.isEmpty();
  }
}
