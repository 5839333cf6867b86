package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    AuditResult result = new AuditResult(List.of(exposure), 40, 12, List.of(), 0.5, 1, "", "");

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
    AuditResult result = new AuditResult(List.of(error, exposure), 3, 1, List.of(), 0.1, 1, "", "");

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

  /** The edge run of {@link RepairRuns} written as a staged run; {@code LATEST} names another. */
  private static void writeEdgeRun(RunLayout layout) throws Exception {
    String id = HandRuns.RUN_ID;
    ParquetTables.write(
        RepairRuns.edgeRestricted().get("goal_type"), layout.restricted(id, "goal_type"));
    ParquetTables.write(
        RepairRuns.edgePublished().get("goal_type"), layout.published(id, "goal_type"));
    java.nio.file.Files.writeString(layout.latest(), "20261204-090000-0000\n");
  }

  @Test
  void a_run_with_a_line_pinned_at_its_edge_is_published_with_two_counts_withheld()
      throws Exception {
    RunLayout layout = new RunLayout(work);
    writeEdgeRun(layout);

    RunManifest manifest = check(layout);

    RunManifest.Audit audit = manifest.audit();
    assertEquals(true, audit.passed());
    assertEquals(2, audit.rounds());
    assertEquals(java.util.Map.of("goal_type", 2), audit.withheld());
    assertEquals(0, audit.withheldInAll());
    assertEquals(
        java.util.Set.of(
            "goal_type [101, goal_type=limited_worsening] cases",
            "goal_type [101, goal_type=improvement] cases"),
        java.util.Set.copyOf(audit.withheldCells()));
    // The staged file itself was rewritten: the two counts are null, the rest as published.
    Table t =
        RunTables.read(
                dk.socialbench.contract.ResultCatalogue.all(),
                d -> layout.published(HandRuns.RUN_ID, d))
            .get("goal_type");
    assertEquals(
        java.util.Arrays.asList(null, null, 9L),
        java.util.stream.IntStream.range(0, 3).mapToObj(r -> t.number(r, "cases")).toList());
    assertEquals(11L, t.number(1, "total"));
    // The audit command reads the withheld counts from the manifest and passes the run.
    manifest.write(layout.manifest(HandRuns.RUN_ID));
    assertEquals(
        List.of(), new Auditor(new PerturbationTable()).audit(layout, HandRuns.RUN_ID).findings());
  }

  @Test
  void a_null_count_the_manifest_does_not_name_as_withheld_is_a_publishing_error()
      throws Exception {
    RunLayout layout = new RunLayout(work);
    writeEdgeRun(layout);
    check(layout); // rewrites the staged files with two counts null
    HandRuns.manifest().write(layout.manifest(HandRuns.RUN_ID)); // names nothing withheld

    AuditResult result = new Auditor(new PerturbationTable()).audit(layout, HandRuns.RUN_ID);

    assertEquals(
        List.of(
            "goal_type [101, goal_type=improvement] cases: published count is not the"
                + " perturbation of its true count",
            "goal_type [101, goal_type=limited_worsening] cases: published count is not the"
                + " perturbation of its true count"),
        result.publishingErrors().stream().map(Finding::toString).toList());
  }

  @Test
  void a_run_the_repair_cannot_mend_within_its_bound_is_refused_and_latest_is_unchanged()
      throws Exception {
    RunLayout layout = new RunLayout(work);
    writeEdgeRun(layout);
    String id = HandRuns.RUN_ID;

    PublicationGate.Refused e =
        assertThrows(
            PublicationGate.Refused.class,
            () ->
                new PublicationGate(new Auditor(new PerturbationTable()), 1)
                    .check(
                        HandRuns.manifest(),
                        d -> layout.published(id, d),
                        d -> layout.restricted(id, d)));

    assertEquals(false, e.audit().passed());
    assertEquals(4, e.audit().findings());
    assertEquals(List.of(), e.audit().withheldCells());
    assertTrue(
        e.getMessage().contains("goal_type [101, goal_type=improvement] cases: an attacker"),
        e.getMessage());
    assertEquals("20261204-090000-0000\n", java.nio.file.Files.readString(layout.latest()));
    Table t =
        RunTables.read(dk.socialbench.contract.ResultCatalogue.all(), d -> layout.published(id, d))
            .get("goal_type");
    assertEquals(5L, t.number(1, "cases")); // nothing rewritten
  }

  @Test
  void a_run_with_a_mean_told_by_differencing_is_published_with_that_lines_cheapest_mean_withheld()
      throws Exception {
    RunLayout layout = new RunLayout(work);
    String id = HandRuns.RUN_ID;
    for (String d : List.of("price_by_vum", "price_by_municipality")) {
      ParquetTables.write(MeanRuns.lineRestricted().get(d), layout.restricted(id, d));
      ParquetTables.write(MeanRuns.linePublished().get(d), layout.published(id, d));
    }
    // The attacker who knows the true counts tells the hidden VUM 4 mean (MeanAttackTest).
    Auditor knowing =
        new Auditor(new PerturbationTable()).withMeanAttack(new MeanAttack(MeanAttack.P, 5, true));

    RunManifest manifest =
        new PublicationGate(knowing)
            .check(
                HandRuns.manifest(), d -> layout.published(id, d), d -> layout.restricted(id, d));

    RunManifest.Audit audit = manifest.audit();
    assertEquals(true, audit.passed());
    assertEquals(2, audit.rounds());
    assertEquals(
        List.of("price_by_vum [101, service=SEL107, vum_score=2] mean"), audit.withheldCells());
    Table t =
        RunTables.read(dk.socialbench.contract.ResultCatalogue.all(), d -> layout.published(id, d))
            .get("price_by_vum");
    assertEquals(
        java.util.Arrays.asList(1400.0, null),
        java.util.stream.IntStream.range(0, 2).mapToObj(r -> t.value(r, "mean")).toList());
    assertEquals(8L, t.number(1, "cases"));
    manifest.write(layout.manifest(id));
    assertEquals(List.of(), knowing.audit(layout, id).findings());
  }
}
