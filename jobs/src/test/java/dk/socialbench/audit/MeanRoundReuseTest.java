package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.publish.PerturbationTable;
import dk.socialbench.publish.WithheldCounts;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round after one that withheld means only reuses that round's count attack (docs/privacy.md,
 * "What remains", item 10): on MeanRuns' line (VUM 4's hidden mean told to an attacker who knows
 * the counts, VUM 2's mean withheld by hand in the threat model) it gives what a full audit gives.
 */
class MeanRoundReuseTest {
  private static final Auditor KNOWING =
      new Auditor(new PerturbationTable()).withMeanAttack(new MeanAttack(MeanAttack.P, 5, true));

  @Test
  void a_second_round_on_the_first_rounds_count_attack_equals_a_full_audit() {
    Map<String, Table> restricted = MeanRuns.lineRestricted();
    Auditor.Attacked first = KNOWING.attack(MeanRuns.linePublished(), restricted, Set.of());
    Set<Cell> means = new LinkedHashSet<>(MeanWithholding.choose(first.means()));
    Set<String> withheld = ids(means);
    assertEquals(Set.of("price_by_vum [101, service=SEL107, vum_score=2] mean"), withheld);
    Map<String, Table> after = PublicationRepair.withhold(MeanRuns.linePublished(), means);

    AuditResult full = KNOWING.attack(after, restricted, withheld).result();
    AuditResult reused = KNOWING.attack(after, restricted, withheld, first.attack()).result();

    assertTrue(full.passed(), full.findings().toString());
    assertEquals(comparable(full), comparable(reused));
  }

  @Test
  void the_repair_reusing_the_count_attack_withholds_and_finds_what_full_audits_do() {
    PublicationRepair.Outcome full =
        new PublicationRepair(KNOWING, PublicationRepair.MAX_ROUNDS, false)
            .repair(MeanRuns.linePublished(), MeanRuns.lineRestricted());
    PublicationRepair.Outcome reused =
        new PublicationRepair(KNOWING, PublicationRepair.MAX_ROUNDS, true)
            .repair(MeanRuns.linePublished(), MeanRuns.lineRestricted());

    assertEquals(2, full.rounds());
    assertEquals(Set.of("price_by_vum [101, service=SEL107, vum_score=2] mean"), reused.withheld());
    assertEquals(full.withheld(), reused.withheld());
    assertEquals(full.rounds(), reused.rounds());
    assertEquals(comparable(full.result()), comparable(reused.result()));
    assertEquals(full.published().keySet(), reused.published().keySet());
    full.published()
        .forEach(
            (name, t) ->
                assertTrue(
                    PublicationGate.sameTables(
                        Map.of(name, t), Map.of(name, reused.published().get(name)), Set.of(name)),
                    name));
  }

  @Test
  void the_gate_reuses_a_count_attack_only_for_files_that_hold_what_it_attacked() {
    Map<String, Table> published = MeanRuns.linePublished();
    Table line = published.get("price_by_vum");
    Map<String, Table> withheld =
        PublicationRepair.withhold(
            published, Set.of(new Cell(line.dataset(), "mean", line.key(1))));

    assertTrue(PublicationGate.sameTables(published, MeanRuns.linePublished(), published.keySet()));
    assertFalse(PublicationGate.sameTables(published, withheld, Set.of("price_by_vum")));
  }

  @Test
  void the_files_the_gate_rewrites_read_back_as_the_tables_the_repair_attacked(@TempDir Path work)
      throws Exception {
    // So the gate's last audit, of the files, reuses the repair's count attack (not a full audit).
    RunLayout layout = new RunLayout(work);
    String id = HandRuns.RUN_ID;
    // Staged as publishing writes them: every published column of the dataset, in its order.
    for (String d : List.of("price_by_vum", "price_by_municipality")) {
      Table t = MeanRuns.linePublished().get(d);
      WithheldCounts.write(t.dataset(), t.columns(), t.rows(), layout.published(id, d));
    }
    PublicationRepair.Outcome repaired =
        new PublicationRepair(KNOWING)
            .repair(
                RunTables.read(ResultCatalogue.all(), d -> layout.published(id, d)),
                MeanRuns.lineRestricted());
    for (String name : repaired.changed()) {
      Table t = repaired.published().get(name);
      WithheldCounts.write(t.dataset(), t.columns(), t.rows(), layout.published(id, name));
    }

    Map<String, Table> written =
        RunTables.read(ResultCatalogue.all(), d -> layout.published(id, d));
    assertEquals(Set.of("price_by_vum"), repaired.changed());
    assertTrue(PublicationGate.sameTables(written, repaired.published(), repaired.changed()));
  }

  /** Everything an audit's result says but its seconds. */
  static List<Object> comparable(AuditResult r) {
    return List.of(
        r.findings(),
        r.countsExamined(),
        r.constraints(),
        r.relationsNotExact(),
        r.attackFindings(),
        r.exactStep().replaceAll("[0-9.]+ s\\b", "_ s"),
        r.meanStep().replaceAll("[0-9.]+ s\\b", "_ s"));
  }

  private static Set<String> ids(Set<Cell> cells) {
    Set<String> ids = new LinkedHashSet<>();
    cells.forEach(c -> ids.add(c.id()));
    return ids;
  }
}
