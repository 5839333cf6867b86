package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.publish.PerturbationTable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The repair withholds a minimal set worked out by hand, and the re-audit (an attack on what is
 * then published, a withheld count read as unknown) passes.
 */
class PublicationRepairTest {
  private static final Auditor AUDITOR = new Auditor(new PerturbationTable());

  @Test
  void a_line_pinned_at_its_edge_loses_its_one_person_and_its_smallest_other_cell() {
    Map<String, Table> restricted = RepairRuns.edgeRestricted();
    AuditResult before = AUDITOR.audit(RepairRuns.edgePublished(), restricted);
    assertEquals(List.of(), before.publishingErrors());
    assertEquals(4, before.exposures().size(), before.findings().toString());

    PublicationRepair.Outcome repaired =
        new PublicationRepair(AUDITOR).repair(RepairRuns.edgePublished(), restricted);

    // Withholding the 1 alone leaves it pinned (at least 1: its row exists; at most 13 - 5 - 7);
    // with the improvement cell (the smallest other cell; a cell before the line's total) it lies
    // in 1..5, and the other cell and the total are back in their preimages.
    assertEquals(
        Set.of(
            "goal_type [101, goal_type=limited_worsening] cases",
            "goal_type [101, goal_type=improvement] cases"),
        repaired.withheld());
    assertTrue(repaired.result().passed(), repaired.result().findings().toString());
    assertEquals(2, repaired.rounds());
    assertEquals(Map.of("goal_type", 2), repaired.perDataset());
    assertEquals(0, repaired.inAll());
    Table t = repaired.published().get("goal_type");
    assertNull(t.value(0, "cases"));
    assertNull(t.value(1, "cases"));
    assertEquals(9L, t.value(2, "cases"));
    assertEquals(11L, t.value(0, "total"));
  }

  @Test
  void a_total_pinned_across_two_datasets_loses_one_cell_of_the_line() {
    Map<String, Table> restricted = RepairRuns.acrossRestricted();
    AuditResult before = AUDITOR.audit(RepairRuns.acrossPublished(), restricted);
    assertEquals(List.of(), before.publishingErrors());
    assertEquals(
        Set.of(
            "goal_type [101, goal_type=improvement] cases",
            "goal_type [101, goal_type=status_quo] cases",
            "goal_type [101] total",
            "goals_set [101, goals_set=yes] cases"),
        Set.copyOf(
            before.exposures().stream()
                .map(f -> f.dataset() + " [" + f.row() + "] " + f.column())
                .toList()));

    PublicationRepair.Outcome repaired =
        new PublicationRepair(AUDITOR).repair(RepairRuns.acrossPublished(), restricted);

    // With improvement withheld (at least 1) it is 12 - 7 at most: 1..5; the total and "yes" are
    // then 8..12 again, status quo 7..11.
    assertEquals(Set.of("goal_type [101, goal_type=improvement] cases"), repaired.withheld());
    assertTrue(repaired.result().passed(), repaired.result().findings().toString());
    assertEquals(2, repaired.rounds());
  }

  @Test
  void a_repair_bounded_to_one_audit_withholds_nothing_and_keeps_the_findings() {
    PublicationRepair.Outcome repaired =
        new PublicationRepair(AUDITOR, 1)
            .repair(RepairRuns.edgePublished(), RepairRuns.edgeRestricted());

    assertEquals(Set.of(), repaired.withheld());
    assertEquals(4, repaired.result().exposures().size());
    assertEquals(1, repaired.rounds());
  }

  @Test
  void a_publishing_error_is_never_repaired() {
    Map<String, Table> published = RepairRuns.edgePublished();
    published.get("goal_type").rows().get(2)[2] = 7L; // status quo published as its truth

    PublicationRepair.Outcome repaired =
        new PublicationRepair(AUDITOR).repair(published, RepairRuns.edgeRestricted());

    assertEquals(Set.of(), repaired.withheld());
    assertEquals(1, repaired.rounds());
    assertEquals(
        List.of(
            "goal_type [101, goal_type=status_quo] cases: published count is not the perturbation"
                + " of its true count"),
        repaired.result().publishingErrors().stream().map(Finding::toString).toList());
  }

  @Test
  void a_mean_told_by_differencing_loses_the_cheapest_mean_of_its_line() {
    // The attacker who knows the true counts (MeanRuns: the hidden VUM 4 mean comes back as
    // 2190.5..2209.5); the audit's own attacker, within the count noise, does not get it.
    Auditor knowing = AUDITOR.withMeanAttack(new MeanAttack(MeanAttack.P, 5, true));
    Map<String, Table> restricted = MeanRuns.lineRestricted();
    assertTrue(AUDITOR.audit(MeanRuns.linePublished(), restricted).passed());
    AuditResult before = knowing.audit(MeanRuns.linePublished(), restricted);
    assertEquals(List.of(), before.publishingErrors());
    assertEquals(
        List.of("price_by_vum [101, service=SEL107, vum_score=4] mean"),
        before.exposures().stream()
            .map(f -> f.dataset() + " [" + f.row() + "] " + f.column())
            .toList());

    PublicationRepair.Outcome repaired =
        new PublicationRepair(knowing).repair(MeanRuns.linePublished(), restricted);

    // The line's three means are municipal; VUM 2's count, 8, is the smallest.
    assertEquals(
        Set.of("price_by_vum [101, service=SEL107, vum_score=2] mean"), repaired.withheld());
    assertTrue(repaired.result().passed(), repaired.result().findings().toString());
    assertEquals(2, repaired.rounds());
    Table t = repaired.published().get("price_by_vum");
    assertNull(t.value(1, "mean"));
    assertEquals(8L, t.value(1, "cases"));
    assertEquals(1400.0, t.value(0, "mean"));
  }
}
