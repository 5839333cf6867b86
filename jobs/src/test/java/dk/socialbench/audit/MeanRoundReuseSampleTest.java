package dk.socialbench.audit;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.pipeline.SampleRun;
import dk.socialbench.publish.PerturbationTable;
import java.util.Map;
import org.junit.Assert;
import org.junit.Test;

/**
 * The bundled sample run under the tests' key, repaired against the attacker who knows every true
 * count (who tells means the audit's attacker does not, so that the repair withholds means only):
 * reusing the first round's count attack gives what full audits give (docs/privacy.md, "What
 * remains", item 10).
 */
public class MeanRoundReuseSampleTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void the_repair_reusing_the_count_attack_withholds_and_finds_what_full_audits_do() {
    SampleRun run = SampleRun.get(spark());
    RunLayout layout = new RunLayout(run.work());
    String id = run.manifest().runId();
    Map<String, Table> published =
        RunTables.read(ResultCatalogue.all(), name -> layout.published(id, name));
    Map<String, Table> restricted =
        RunTables.read(ResultCatalogue.all(), name -> layout.restricted(id, name));
    Auditor knowing =
        new Auditor(new PerturbationTable())
            .withMeanAttack(
                new MeanAttack(
                    MeanAttack.P, new Auditor(new PerturbationTable()).threshold(), true));

    long start = System.nanoTime();
    PublicationRepair.Outcome full =
        new PublicationRepair(knowing, PublicationRepair.MAX_ROUNDS, false)
            .repair(published, restricted);
    long between = System.nanoTime();
    PublicationRepair.Outcome reused =
        new PublicationRepair(knowing, PublicationRepair.MAX_ROUNDS, true)
            .repair(published, restricted);
    // For docs/benchmarks.md: what the reuse saves (one JVM, loaded; not asserted).
    System.out.printf(
        "repair in %d audits, %d means withheld: full audits %.2f s, count attack reused %.2f s%n",
        reused.rounds(),
        reused.withheld().size(),
        (between - start) / 1e9,
        (System.nanoTime() - between) / 1e9);

    Assert.assertTrue(full.result().findings().toString(), full.result().passed());
    Assert.assertTrue(full.rounds() >= 2);
    Assert.assertTrue(
        full.withheld().toString(),
        full.withheld().stream()
            .allMatch(c -> c.endsWith("] mean") || c.endsWith("] mean_hours_individual")));
    Assert.assertEquals(full.withheld(), reused.withheld());
    Assert.assertEquals(full.rounds(), reused.rounds());
    Assert.assertEquals(
        MeanRoundReuseTest.comparable(full.result()),
        MeanRoundReuseTest.comparable(reused.result()));
    Assert.assertTrue(
        PublicationGate.sameTables(full.published(), reused.published(), full.changed()));
  }
}
