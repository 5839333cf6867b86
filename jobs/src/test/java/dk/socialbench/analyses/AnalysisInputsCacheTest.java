package dk.socialbench.analyses;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.columnar.InMemoryRelation;
import org.junit.Test;

/**
 * {@link AnalysisInputs#cache()}: the analyses read the cached tables as plans of one in-memory
 * relation (not the lineage behind them), and read the same rows as from the uncached inputs.
 */
public class AnalysisInputsCacheTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void cached_inputs_are_one_relation_each_and_hold_the_same_rows() {
    AnalysisInputs inputs = EpisodeCases.all().inputs(spark());
    AnalysisInputs cached = inputs.cache();
    try {
      assertTrue(cached.transitions().queryExecution().logical() instanceof InMemoryRelation);
      // The person-years are cached compact and put under both scopes as they are read.
      LogicalPlan years = cached.serviceYears().queryExecution().logical();
      assertEquals(1, years.collectLeaves().size());
      assertTrue(years.collectLeaves().head() instanceof InMemoryRelation);
      // The uncached inputs are the reference: both computed from the same cases.
      assertRows(inputs.transitions(), cached.transitions());
      assertTrue(cached.serviceYearTotals().queryExecution().logical() instanceof InMemoryRelation);
      assertRows(inputs.serviceYears(), cached.serviceYears());
      assertRows(inputs.serviceYearTotals(), cached.serviceYearTotals());
      assertRows(inputs.firstRegistrations(), cached.firstRegistrations());
      assertEquals(inputs.registrations().count(), cached.registrations().count());
    } finally {
      cached.unpersist();
    }
  }

  @Test
  public void unpersist_releases_every_cached_table() {
    int before = spark().sparkContext().getPersistentRDDs().size();
    AnalysisInputs cached = EpisodeCases.all().inputs(spark()).cache();
    cached.registrations().count();
    cached.serviceYears().count();
    cached.serviceYearTotals().count();
    assertEquals(before + 3, spark().sparkContext().getPersistentRDDs().size());
    cached.unpersist();
    assertEquals(before, spark().sparkContext().getPersistentRDDs().size());
  }
}
