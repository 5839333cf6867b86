package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.sum;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dk.socialbench.contract.CuratedColumn;
import dk.socialbench.contract.DatasetNames;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.adaptive.QueryStageExec;
import org.apache.spark.sql.execution.columnar.CachedRDDBuilder;
import org.apache.spark.sql.execution.columnar.InMemoryRelation;
import org.apache.spark.sql.execution.columnar.InMemoryTableScanExec;
import org.apache.spark.sql.execution.exchange.ReusedExchangeExec;
import org.junit.Assert;
import org.junit.Test;
import scala.collection.JavaConverters;

/**
 * The registrations of a run's {@link AnalysisInputs} hold the columns the analyses read, and no
 * other: each column of their cache is read by an analysis or by a shared table built from them
 * (found in the physical plans: the columns each scan of the cache reads), and an analysis that
 * reads a column they do not hold fails here, when it is planned, not in a run.
 */
public class AnalysisInputsColumnsTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void every_column_of_the_cached_registrations_is_read_and_every_analysis_plans() {
    // A rejected row, or the rejected rows' analyses read nothing: the plans drop an empty side.
    Dataset<Row> quarantine =
        table(
            Cases.QUARANTINE_SCHEMA,
            row("x.csv", 2L, "999", "d", "municipality_code", "unknown_municipality", "999", "r"));
    AnalysisInputs cached = EpisodeCases.all().inputs(spark(), quarantine).cache();
    try {
      CachedRDDBuilder registrations =
          ((InMemoryRelation) cached.registrations().queryExecution().logical()).cacheBuilder();
      Map<String, Set<String>> readers = new TreeMap<>();
      for (Analysis analysis : AnalysisCatalogue.all()) {
        // Planning resolves every column: one the registrations lack throws here.
        SparkPlan plan = analysis.compute(cached).queryExecution().executedPlan();
        read(plan, registrations, analysis.dataset().name(), readers);
      }
      // The episodes (ServiceEpisodes, which notebooks read too) select the price's parts, so they
      // must resolve; every analysis leaves them unread.
      Set<String> unread = new TreeSet<>(List.of(cached.registrations().columns()));
      unread.removeAll(readers.keySet());
      assertEquals(
          "the analyses' readers of each column: " + readers,
          Set.of("daily_price", "hours_group"),
          unread);
      // Of the delivered columns, only whether they were filled is read by data_completeness.
      assertEquals(Set.of(DatasetNames.DATA_COMPLETENESS), readers.get(FilledCells.NAME));
    } finally {
      cached.unpersist();
    }
  }

  /** What the cache drops: delivered columns no analysis reads, and where a row came from. */
  @Test
  public void the_registrations_leave_out_the_columns_no_analysis_reads() {
    Set<String> columns = Set.of(EpisodeCases.all().inputs(spark()).registrations().columns());
    for (CuratedColumn c :
        List.of(
            CuratedColumn.SEX,
            CuratedColumn.CLOSING_REASON,
            CuratedColumn.PROVIDER_NAME,
            CuratedColumn.PROVIDER_TYPE,
            CuratedColumn.EXPECTED_GOAL_DATE,
            CuratedColumn.PREVIOUS_GOAL_FULFILLED,
            CuratedColumn.CONCURRENT_SERVICE,
            CuratedColumn.CONCURRENT_DAILY_PRICE,
            CuratedColumn.EMPLOYMENT_MEASURE,
            CuratedColumn.SOURCE_LINE)) {
      Assert.assertFalse(c.code(), columns.contains(c.code()));
    }
    AnalysisException e =
        assertThrows(
            AnalysisException.class,
            () ->
                EpisodeCases.all()
                    .inputs(spark())
                    .registrations()
                    .select(CuratedColumn.PROVIDER_TYPE.code()));
    Assert.assertTrue(e.getMessage(), e.getMessage().contains("provider_type"));
  }

  /**
   * A notebook's inputs ({@link AnalysisInputs#withEveryColumn}) keep every curated column for the
   * analyst's own questions, and give the analyses the same results.
   */
  @Test
  public void inputs_with_every_column_keep_the_curated_columns_and_give_the_same_results() {
    Cases cases = EpisodeCases.all();
    Dataset<Row> curated = cases.curated(spark());
    Dataset<Row> quarantine = spark().createDataFrame(List.of(), Cases.QUARANTINE_SCHEMA);
    AnalysisInputs every = AnalysisInputs.withEveryColumn(curated, quarantine);
    assertTrue(Set.of(every.registrations().columns()).containsAll(List.of(curated.columns())));
    // The line numbers, which a run's inputs leave out, as curated: summed on both sides.
    assertEquals(
        curated.agg(sum(CuratedColumn.SOURCE_LINE.code())).first().getLong(0),
        every.registrations().agg(sum(CuratedColumn.SOURCE_LINE.code())).first().getLong(0));
    AnalysisInputs run = AnalysisInputs.of(curated, quarantine);
    for (Analysis analysis :
        List.of(new DataCompleteness(), new VumDevelopment(), new FollowUpInterval())) {
      assertRows(analysis.compute(run), analysis.compute(every), TOLERANCE);
    }
  }

  /**
   * Adds the columns that every scan of {@code registrations} under {@code plan} reads to {@code
   * readers}, following the plans of the other cached tables, which are built from them.
   */
  private static void read(
      SparkPlan plan,
      CachedRDDBuilder registrations,
      String reader,
      Map<String, Set<String>> readers) {
    if (plan instanceof InMemoryTableScanExec scan) {
      if (scan.relation().cacheBuilder() == registrations) {
        for (var a : JavaConverters.seqAsJavaList(scan.attributes())) {
          readers.computeIfAbsent(a.name(), k -> new TreeSet<>()).add(reader);
        }
      } else {
        read(scan.relation().cacheBuilder().cachedPlan(), registrations, reader, readers);
      }
    } else if (plan instanceof AdaptiveSparkPlanExec adaptive) {
      read(adaptive.executedPlan(), registrations, reader, readers);
    } else if (plan instanceof QueryStageExec stage) {
      read(stage.plan(), registrations, reader, readers);
    } else if (plan instanceof ReusedExchangeExec reused) {
      read(reused.child(), registrations, reader, readers);
    }
    for (SparkPlan child : JavaConverters.seqAsJavaList(plan.children())) {
      read(child, registrations, reader, readers);
    }
    for (SparkPlan subquery : JavaConverters.seqAsJavaList(plan.subqueries())) {
      read(subquery, registrations, reader, readers);
    }
  }
}
