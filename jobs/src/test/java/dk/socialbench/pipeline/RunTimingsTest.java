package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.RunManifest;
import java.util.List;
import org.junit.Assert;
import org.junit.Test;

/** The manifest times every stage of a run, the audit included, and its total covers them all. */
public class RunTimingsTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void the_audit_is_a_stage_and_the_total_covers_every_stage() {
    RunManifest manifest = SampleRun.get(spark()).manifest();
    List<RunManifest.StageTiming> stages = manifest.stages();
    Assert.assertEquals(
        List.of("ingest", "analyses", "audit"),
        stages.stream().map(RunManifest.StageTiming::name).toList());
    double staged = stages.stream().mapToDouble(RunManifest.StageTiming::seconds).sum();
    Assert.assertTrue(
        "total " + manifest.seconds() + " s < stages " + staged + " s",
        manifest.seconds() >= staged);
    Assert.assertTrue(stages.get(2).seconds() > 0);
  }
}
