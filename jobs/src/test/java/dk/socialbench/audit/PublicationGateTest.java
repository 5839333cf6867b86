package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.publish.PerturbationTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate publishing calls after writing a run and before moving {@code runs/LATEST}. */
class PublicationGateTest {
  private static final PublicationGate GATE =
      new PublicationGate(new Auditor(new PerturbationTable()));

  @TempDir Path work;

  private RunManifest check(RunLayout layout) {
    String id = HandRuns.RUN_ID;
    return GATE.check(
        HandRuns.manifest(), d -> layout.published(id, d), d -> layout.restricted(id, d));
  }

  @Test
  void a_run_that_passes_gets_its_audit_in_the_manifest() throws Exception {
    RunLayout layout = new RunLayout(work);
    HandRuns.write(layout, false);

    RunManifest.Audit audit = check(layout).audit();

    // 3 counts examined: the improvement and status quo cells and the line's total.
    assertEquals(new RunManifest.Audit(true, 0, List.of(), 3, List.of(), audit.seconds()), audit);
    assertNull(HandRuns.manifest().audit());
  }

  @Test
  void a_run_that_fails_is_refused_naming_the_cell() throws Exception {
    RunLayout layout = new RunLayout(work);
    HandRuns.write(layout, true);

    PublicationGate.Refused e = assertThrows(PublicationGate.Refused.class, () -> check(layout));

    String finding =
        "goal_type [101, goal_type=improvement] cases: published count is not the perturbation of"
            + " its true count";
    assertEquals(
        "run "
            + HandRuns.RUN_ID
            + " is not published: the disclosure audit found 1 publishing error(s) and 0"
            + " exposure(s), runs/LATEST is unchanged. First: "
            + finding
            + ". See ./socialbench audit and docs/privacy.md.",
        e.getMessage());
    assertEquals(List.of(finding), e.audit().named());
    assertEquals(false, e.audit().passed());
  }

  @Test
  void a_run_whose_only_findings_are_the_attacks_is_refused_too() {
    Finding exposure =
        new Finding(
            "vum_development",
            "147, from_registration=1, vum_from=0",
            "total",
            "an attacker can tell this count exactly, and it is below the threshold");
    AuditResult result = new AuditResult(List.of(exposure), 40, 12, List.of(), 0.5, 1);

    PublicationGate.Refused e =
        assertThrows(
            PublicationGate.Refused.class,
            () -> PublicationGate.decide(HandRuns.manifest(), result));

    assertEquals(
        "run "
            + HandRuns.RUN_ID
            + " is not published: the disclosure audit found 0 publishing error(s) and 1"
            + " exposure(s), runs/LATEST is unchanged. First: vum_development [147,"
            + " from_registration=1, vum_from=0] total: an attacker can tell this count exactly,"
            + " and it is below the threshold. See ./socialbench audit and docs/privacy.md.",
        e.getMessage());
    assertEquals(
        new RunManifest.Audit(false, 1, List.of(exposure.toString()), 40, List.of(), 0.5),
        e.audit());
  }

  @Test
  void a_refusal_names_publishing_errors_before_exposures() {
    Finding error = new Finding("goal_type", "101, goal_type=improvement", "cases", "below 5");
    Finding exposure = new Finding("goal_type", "101", "total", "told exactly");
    AuditResult result = new AuditResult(List.of(error, exposure), 3, 1, List.of(), 0.1, 1);

    PublicationGate.Refused e =
        assertThrows(
            PublicationGate.Refused.class,
            () -> PublicationGate.decide(HandRuns.manifest(), result));

    assertEquals(
        "run "
            + HandRuns.RUN_ID
            + " is not published: the disclosure audit found 1 publishing error(s) and 1"
            + " exposure(s), runs/LATEST is unchanged. First: goal_type [101,"
            + " goal_type=improvement] cases: below 5; goal_type [101] total: told exactly. See"
            + " ./socialbench audit and docs/privacy.md.",
        e.getMessage());
    assertEquals(2, e.audit().findings());
  }
}
