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
            + " is not published: the disclosure audit found 1 problem(s), runs/LATEST is"
            + " unchanged. First: "
            + finding
            + ". See ./socialbench audit and docs/privacy.md.",
        e.getMessage());
    assertEquals(List.of(finding), e.audit().named());
    assertEquals(false, e.audit().passed());
  }
}
