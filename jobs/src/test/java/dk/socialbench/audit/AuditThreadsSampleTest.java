package dk.socialbench.audit;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.pipeline.SampleRun;
import dk.socialbench.publish.PerturbationTable;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.Assert;
import org.junit.Test;

/**
 * The audit of the bundled sample run on one thread and on several: the same result but its
 * seconds, as the gate audits it (from the run's files, with its restricted tables), and the same
 * bounds: the exact step tightens counts here, so a count solved on a bound not yet tightened would
 * show.
 */
public class AuditThreadsSampleTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void the_run_as_the_gate_audits_it_gives_the_same_result_on_one_thread_and_on_four() {
    SampleRun run = SampleRun.get(spark());
    RunLayout layout = new RunLayout(run.work());
    Auditor auditor = new Auditor(new PerturbationTable());

    AuditResult one = auditor.withThreads(1).audit(layout, run.manifest().runId());
    AuditResult four = auditor.withThreads(4).audit(layout, run.manifest().runId());

    Assert.assertTrue(one.countsExamined() > 0);
    Assert.assertFalse(one.exactStep().isEmpty());
    Assert.assertEquals(butSeconds(one), butSeconds(four));
  }

  @Test
  public void the_attack_gives_the_same_bounds_on_one_thread_and_on_four() {
    SampleRun run = SampleRun.get(spark());
    Map<String, Table> published = run.published();
    Auditor auditor = new Auditor(new PerturbationTable());

    Map<String, Table> restricted = run.restricted();
    Auditor.Attacked one = auditor.withThreads(1).attack(published, restricted, Set.of());
    Auditor.Attacked four = auditor.withThreads(4).attack(published, restricted, Set.of());

    // the comparison means something only if the exact step tightened counts
    Assert.assertTrue(one.attack().exact().toString(), one.attack().exact().tightened() > 0);
    Assert.assertEquals(butSeconds(one.result()), butSeconds(four.result()));
    Assert.assertTrue(Arrays.equals(one.attack().bounds().lo, four.attack().bounds().lo));
    Assert.assertTrue(Arrays.equals(one.attack().bounds().hi, four.attack().bounds().hi));
    Assert.assertEquals(one.attack().exact().pins(), four.attack().exact().pins());
  }

  /** {@code r} with its seconds, and the steps' seconds in its summaries, left out. */
  private static AuditResult butSeconds(AuditResult r) {
    return new AuditResult(
        r.findings(),
        r.countsExamined(),
        r.constraints(),
        r.relationsNotExact(),
        0,
        r.attackFindings(),
        r.exactStep().replaceAll("in [0-9.]+ s", "in - s"),
        r.meanStep().replaceAll("in [0-9.]+ s", "in - s"));
  }
}
