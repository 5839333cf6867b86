package dk.socialbench.analyses;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.apache.spark.sql.execution.exchange.ShuffleExchangeExec;
import org.junit.Test;
import scala.collection.JavaConverters;

/**
 * The analysis inputs are spread by person once ({@link AnalysisInputs}), so no analysis over the
 * cached inputs shuffles by person into the session's partitions again: Spark drops each {@link
 * Persons} repartition and the person-years' window needs no exchange (docs/benchmarks.md 1.24).
 * {@code development_by_year}'s spread into eight times the partitions is on purpose and not
 * counted here.
 */
public class PersonPartitioningPlanTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void no_analysis_over_the_cached_inputs_shuffles_by_person_again() {
    int partitions = spark().sessionState().conf().numShufflePartitions();
    Pattern byPerson =
        Pattern.compile(
            "hashpartitioning\\(" + Persons.PERSON_ID + "#\\d+L?, " + partitions + "\\)");
    AnalysisInputs cached = EpisodeCases.all().inputs(spark()).cache();
    try {
      // Built first, as the run's first analyses build them: adaptive execution knows a cached
      // table's partitioning only once its plan has run.
      cached.transitions().count();
      cached.serviceYears().count();
      List<String> shuffling = new ArrayList<>();
      int exchanges = 0;
      for (Analysis a : AnalysisCatalogue.all()) {
        List<ShuffleExchangeExec> found = new ArrayList<>();
        exchanges(a.compute(cached).queryExecution().executedPlan(), found);
        exchanges += found.size();
        for (ShuffleExchangeExec e : found) {
          if (byPerson.matcher(e.outputPartitioning().toString()).find()) {
            shuffling.add(a.dataset().name() + ": " + e.simpleString(200));
          }
        }
      }
      // The walk sees the exchanges that remain (by municipality and group, at least).
      org.junit.Assert.assertTrue("exchanges found: " + exchanges, exchanges > 10);
      assertEquals(List.of(), shuffling);
    } finally {
      cached.unpersist();
    }
  }

  @Test
  public void the_uncached_inputs_shuffle_by_person_once() {
    int partitions = spark().sessionState().conf().numShufflePartitions();
    Pattern byPerson =
        Pattern.compile(
            "hashpartitioning\\(" + Persons.PERSON_ID + "#\\d+L?, " + partitions + "\\)");
    AnalysisInputs inputs = EpisodeCases.all().inputs(spark());
    List<ShuffleExchangeExec> found = new ArrayList<>();
    exchanges(inputs.transitions().queryExecution().executedPlan(), found);
    assertEquals(
        found.toString(),
        1,
        found.stream()
            .filter(e -> byPerson.matcher(e.outputPartitioning().toString()).find())
            .count());
  }

  /** Every shuffle of {@code plan}, into adaptive plans and query stages, not into cached ones. */
  private static void exchanges(SparkPlan plan, List<ShuffleExchangeExec> out) {
    if (plan instanceof AdaptiveSparkPlanExec adaptive) {
      exchanges(adaptive.executedPlan(), out);
      return;
    }
    if (plan instanceof QueryStageExec stage) {
      exchanges(stage.plan(), out);
      return;
    }
    if (plan instanceof ShuffleExchangeExec e) {
      out.add(e);
    }
    for (SparkPlan child : JavaConverters.seqAsJavaList(plan.children())) {
      exchanges(child, out);
    }
  }
}
