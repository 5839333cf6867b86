package dk.socialbench.analyses;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.SparkPlan;
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
      // The cells shared by the analyses of the first registrations, aggregated once.
      assertTrue(
          cached.firstRegistrationMeans().queryExecution().logical() instanceof InMemoryRelation);
      assertTrue(
          cached.firstRegistrationCounts().queryExecution().logical() instanceof InMemoryRelation);
      assertRows(inputs.firstRegistrationMeans(), cached.firstRegistrationMeans());
      assertRows(inputs.firstRegistrationCounts(), cached.firstRegistrationCounts());
      int min = CasemixBenchmark.MIN_REFERENCE_CASES;
      assertTrue(cached.casemixRatios(min).queryExecution().logical() instanceof InMemoryRelation);
      assertRows(inputs.casemixRatios(min), cached.casemixRatios(min));
      // The cells of the distributions over the registrations, aggregated once.
      assertTrue(cached.registrationCells().queryExecution().logical() instanceof InMemoryRelation);
      assertRows(inputs.registrationCells(), cached.registrationCells());
      assertEquals(inputs.registrations().count(), cached.registrations().count());
    } finally {
      cached.unpersist();
    }
  }

  /**
   * The analyses of the first registrations' cells read the cached cells: no aggregation, no
   * shuffle by person, one in-memory relation (issue 13: their per-query cost is the plan).
   */
  @Test
  public void the_first_registrations_analyses_read_the_shared_cells_without_aggregating() {
    assertReadWithoutAggregating(
        List.of(
            "goals_set",
            "goal_type",
            "funding_basis",
            "vum_by_funding_basis",
            "price_by_vum",
            "price_by_target_group",
            "price_by_municipality"));
  }

  /**
   * The three analyses of the first registrations that aggregated them in a query of their own (a
   * mean by municipality beside the target's, the age groups' national split, the counts beside the
   * price) read the shared cells too, so that they run as small queries (docs/benchmarks.md 1.74).
   */
  @Test
  public void vum_and_target_the_age_split_and_progression_read_the_shared_cells_too() {
    assertReadWithoutAggregating(List.of("vum_and_target", "price_by_age", "progression_by_price"));
  }

  /**
   * The seven distributions over the registrations read the cached cells of {@link
   * RegistrationCells}: none aggregates the registrations or counts persons in its own plan.
   */
  @Test
  public void the_distributions_over_the_registrations_read_the_shared_cells_without_aggregating() {
    assertReadWithoutAggregating(
        RegistrationCells.all().stream().map(RegistrationCells.Units::dataset).toList());
  }

  private void assertReadWithoutAggregating(List<String> datasets) {
    AnalysisInputs cached = EpisodeCases.all().inputs(spark()).cache();
    try {
      List<String> aggregating = new ArrayList<>();
      for (String dataset : datasets) {
        SparkPlan plan =
            AnalysisCatalogue.forDataset(dataset).compute(cached).queryExecution().executedPlan();
        List<String> own = operators(plan);
        if (own.stream().anyMatch(o -> o.contains("Aggregate") || o.contains(Persons.PERSON_ID))) {
          aggregating.add(dataset + ": " + own);
        }
      }
      assertEquals(List.of(), aggregating);
    } finally {
      cached.unpersist();
    }
  }

  /**
   * Both case-mix analyses read the shared ratios: the strata's windows (six levels, the largest
   * plans of the stage) are in neither analysis's own plan, only in the cached table's.
   */
  @Test
  public void the_casemix_analyses_read_the_shared_ratios_without_building_strata() {
    AnalysisInputs cached = EpisodeCases.all().inputs(spark()).cache();
    try {
      List<String> windowed = new ArrayList<>();
      for (String dataset : List.of("casemix_benchmark", "casemix_funnel")) {
        SparkPlan plan =
            AnalysisCatalogue.forDataset(dataset).compute(cached).queryExecution().executedPlan();
        List<String> own = operators(plan);
        if (own.stream().anyMatch(o -> o.startsWith("Window") || o.contains("vum_score"))) {
          windowed.add(dataset + ": " + own);
        }
      }
      assertEquals(List.of(), windowed);
    } finally {
      cached.unpersist();
    }
  }

  /** The operators of a plan, without the plans of the cached relations it scans. */
  private static List<String> operators(SparkPlan plan) {
    List<String> out = new ArrayList<>();
    out.add(plan.simpleString(200));
    for (SparkPlan child : scala.collection.JavaConverters.seqAsJavaList(plan.children())) {
      out.addAll(operators(child));
    }
    return out;
  }

  /**
   * The small shared tables are filled by {@code cache()}, before any analysis reads them: which of
   * their readers runs as a small query (SmallQueries) is then not a race between the analyses.
   */
  @Test
  public void the_small_shared_tables_are_filled_before_any_analysis_reads_them() {
    AnalysisInputs cached = EpisodeCases.all().inputs(spark()).cache();
    try {
      List<String> unfilled = new ArrayList<>();
      Map<String, Dataset<Row>> small = new LinkedHashMap<>();
      small.put("the year totals", cached.serviceYearTotals());
      small.put("the means cells", cached.firstRegistrationMeans());
      small.put("the counts cells", cached.firstRegistrationCounts());
      small.put("the case-mix ratios", cached.casemixRatios(CasemixBenchmark.MIN_REFERENCE_CASES));
      small.put("the registrations' cells", cached.registrationCells());
      small.forEach(
          (name, table) -> {
            InMemoryRelation relation = (InMemoryRelation) table.queryExecution().logical();
            if (!relation.cacheBuilder().isCachedColumnBuffersLoaded()) {
              unfilled.add(name);
            }
          });
      assertEquals(List.of(), unfilled);
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
    cached.firstRegistrationMeans().count();
    cached.firstRegistrationCounts().count();
    cached.casemixRatios(CasemixBenchmark.MIN_REFERENCE_CASES).count();
    cached.registrationCells().count();
    assertEquals(before + 7, spark().sparkContext().getPersistentRDDs().size());
    cached.unpersist();
    assertEquals(before, spark().sparkContext().getPersistentRDDs().size());
  }
}
