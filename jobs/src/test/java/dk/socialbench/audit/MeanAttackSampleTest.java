package dk.socialbench.audit;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.LinkedTables;
import dk.socialbench.pipeline.SampleRun;
import dk.socialbench.publish.PerturbationTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Assert;
import org.junit.Test;

/**
 * The mean attack on the bundled sample run as published (through the gate, which withheld the one
 * mean the audit told there: docs/privacy.md, "What remains", item 8): every interval it computes
 * holds the true mean (it is an outer bound), the audit's attacker (the count bounds) tells no mean
 * of it, and the run that an attacker who knew every true count would break passes after the repair
 * withholds means.
 */
public class MeanAttackSampleTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final Preimages PREIMAGES = new Preimages(new PerturbationTable());

  @Test
  public void every_interval_holds_the_true_mean_and_the_count_noise_keeps_the_means() {
    SampleRun run = SampleRun.get(spark());
    Map<String, Table> published = run.published();
    Map<String, Table> restricted = run.restricted();
    LinearAttack.Outcome counts =
        new LinearAttack(PREIMAGES, LinkedTables.all()).run(published, restricted);

    List<String> outside = new ArrayList<>();
    int checked = 0;
    MeanAttack.Outcome told = null;
    for (boolean countsKnown : new boolean[] {false, true}) {
      MeanAttack.Outcome o =
          new MeanAttack(MeanAttack.P, PREIMAGES.threshold(), countsKnown)
              .run(published, restricted, counts.system(), counts.bounds().lo, counts.bounds().hi);
      checked += truthInside(o, restricted, outside);
      if (countsKnown) {
        told = o;
      } else {
        Assert.assertTrue(o.attacked() > 0);
        Assert.assertEquals(List.of(), o.findings());
      }
    }
    Assert.assertTrue("intervals checked: " + checked, checked > 0);
    Assert.assertEquals(List.of(), outside);
    // Were the counts known, some means of 1-4 persons would come back (14 under the demo's key).
    Assert.assertFalse(told.exposures().isEmpty());
  }

  @Test
  public void the_repair_withholds_the_means_an_attacker_who_knew_the_counts_would_tell() {
    SampleRun run = SampleRun.get(spark());
    Auditor knowing =
        new Auditor(new PerturbationTable())
            .withMeanAttack(new MeanAttack(MeanAttack.P, PREIMAGES.threshold(), true));

    PublicationRepair.Outcome repaired =
        new PublicationRepair(knowing).repair(run.published(), run.restricted());

    Assert.assertTrue(repaired.result().findings().toString(), repaired.result().passed());
    // Means only: the counts stay published.
    Assert.assertFalse(repaired.withheld().isEmpty());
    Assert.assertTrue(
        repaired.withheld().toString(),
        repaired.withheld().stream()
            .allMatch(id -> id.endsWith("] mean") || id.endsWith("] mean_hours_individual")));
  }

  /** The intervals of every hidden mean of 1-4 persons whose truth the restricted row has. */
  private static int truthInside(
      MeanAttack.Outcome o, Map<String, Table> restricted, List<String> outside) {
    MeanAttack.State s = o.state();
    int checked = 0;
    for (MeanMeasure m : MeanMeasure.ALL) {
      for (var e : s.constraints(m).entrySet()) {
        int v = e.getKey();
        Cell c = s.system.cell(v);
        Table t = restricted.get(c.dataset().name());
        Integer row = t == null || s.mean(m, v) != null ? null : t.byKey().get(c.key());
        if (row == null || !(t.value(row, m.column()) instanceof Number truth)) {
          continue;
        }
        for (CellSystem.Constraint constraint : e.getValue()) {
          double[] i = s.interval(m, v, constraint, Set.of());
          if (i == null) {
            continue;
          }
          checked++;
          if (truth.doubleValue() < i[0] - 1e-9 || truth.doubleValue() > i[1] + 1e-9) {
            outside.add(s.meanCell(m, v).id() + " through " + constraint.origin());
          }
        }
      }
    }
    return checked;
  }
}
