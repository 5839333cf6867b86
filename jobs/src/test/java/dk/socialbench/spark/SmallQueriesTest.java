package dk.socialbench.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;

import dk.socialbench.SparkTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.columnar.InMemoryRelation;
import org.apache.spark.sql.execution.columnar.InMemoryTableScanExec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.Assert;
import org.junit.Test;
import scala.collection.JavaConverters;

/** Queries over small cached tables run without generated code, in a second session. */
public class SmallQueriesTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final StructType CELLS =
      new StructType()
          .add("municipality_code", DataTypes.StringType)
          .add("service", DataTypes.StringType)
          .add("persons", DataTypes.LongType);

  private Dataset<Row> cells() {
    return table(
        CELLS,
        new Object[] {"101", "SEL85", 7L},
        new Object[] {"101", "SEL107", 3L},
        new Object[] {"147", "SEL85", 11L},
        new Object[] {"147", "SEL85", 2L},
        new Object[] {"151", "SEL107", 5L});
  }

  /** A cached table as a query of one leaf, its in-memory relation, as the analyses read them. */
  private Dataset<Row> fromCache(Dataset<Row> cached) {
    InMemoryRelation relation =
        spark().sharedState().cacheManager().lookupCachedData(cached).get().cachedRepresentation();
    return new Dataset<>(spark(), relation, Encoders.row(cached.schema()));
  }

  private static boolean anyNode(SparkPlan plan, Class<?> type) {
    if (plan instanceof AdaptiveSparkPlanExec adaptive) {
      return anyNode(adaptive.executedPlan(), type);
    }
    return type.isInstance(plan)
        || JavaConverters.seqAsJavaList(plan.children()).stream().anyMatch(c -> anyNode(c, type))
        || (plan instanceof WholeStageCodegenExec w && anyNode(w.child(), type));
  }

  @Test
  public void a_query_over_a_small_filled_cache_runs_interpreted_from_the_same_cached_blocks() {
    Dataset<Row> cells = cells().cache();
    try {
      cells.count();
      Dataset<Row> query =
          fromCache(cells).groupBy("municipality_code").agg(sum("persons").as("persons"));

      Dataset<Row> evaluated = SmallQueries.of(spark()).evaluate(query);

      assertNotSame(spark(), evaluated.sparkSession());
      assertSame(spark().sparkContext(), evaluated.sparkSession().sparkContext());
      SparkPlan plan = evaluated.queryExecution().executedPlan();
      Assert.assertTrue(plan.toString(), anyNode(plan, InMemoryTableScanExec.class));
      Assert.assertFalse(plan.toString(), anyNode(plan, WholeStageCodegenExec.class));
      assertRows(
          spark()
              .createDataFrame(
                  List.of(
                      RowFactory.create("101", 10L),
                      RowFactory.create("147", 13L),
                      RowFactory.create("151", 5L)),
                  new StructType()
                      .add("municipality_code", DataTypes.StringType)
                      .add("persons", DataTypes.LongType)),
          evaluated);
    } finally {
      cells.unpersist(true);
    }
  }

  @Test
  public void a_cached_table_not_yet_filled_is_filled_first_and_then_read_interpreted() {
    Dataset<Row> cells = cells().cache();
    try {
      InMemoryRelation relation = (InMemoryRelation) fromCache(cells).logicalPlan();
      Assert.assertFalse(relation.cacheBuilder().isCachedColumnBuffersLoaded());
      Dataset<Row> query = fromCache(cells).filter(col("service").equalTo("SEL85"));

      Dataset<Row> evaluated = SmallQueries.of(spark()).evaluate(query);

      Assert.assertTrue(relation.cacheBuilder().isCachedColumnBuffersLoaded());
      assertEquals(5L, relation.cacheBuilder().rowCountStats().value().longValue());
      assertNotSame(spark(), evaluated.sparkSession());
      assertEquals(3, evaluated.collectAsList().size());
    } finally {
      cells.unpersist(true);
    }
  }

  @Test
  public void a_query_over_a_larger_cache_or_anything_else_keeps_its_session() {
    Dataset<Row> large = spark().range(SmallQueries.MAX_ROWS + 1).toDF("n").cache();
    Dataset<Row> cells = cells().cache();
    try {
      large.count();
      cells.count();
      SmallQueries small = SmallQueries.of(spark());
      Dataset<Row> overLarge = fromCache(large).filter(col("n").lt(3));
      Dataset<Row> joined = fromCache(cells).crossJoin(fromCache(large).filter(col("n").lt(3)));
      Dataset<Row> generated = spark().range(10).toDF("n");

      assertSame(overLarge, small.evaluate(overLarge));
      assertSame(joined, small.evaluate(joined));
      assertSame(generated, small.evaluate(generated));
    } finally {
      large.unpersist(true);
      cells.unpersist(true);
    }
  }

  @Test
  public void the_second_session_has_every_setting_of_the_first_but_code_generation() {
    spark().conf().set("spark.sql.shuffle.partitions", "3");
    spark().conf().set("spark.sql.adaptive.enabled", "false");
    try {
      SparkSession second = SmallQueries.interpretedSession(spark());

      Map<String, String> first =
          new HashMap<>(JavaConverters.mapAsJavaMap(spark().conf().getAll()));
      Map<String, String> other =
          new HashMap<>(JavaConverters.mapAsJavaMap(second.conf().getAll()));
      assertEquals("false", other.remove("spark.sql.codegen.wholeStage"));
      assertEquals("NO_CODEGEN", other.remove("spark.sql.codegen.factoryMode"));
      first.remove("spark.sql.codegen.wholeStage");
      first.remove("spark.sql.codegen.factoryMode");
      assertEquals(first, other);
      assertEquals("3", other.get("spark.sql.shuffle.partitions"));
    } finally {
      spark().conf().set("spark.sql.shuffle.partitions", "2");
      spark().conf().unset("spark.sql.adaptive.enabled");
    }
  }

  @Test
  public void a_session_that_interprets_already_needs_no_second_session() {
    Dataset<Row> cells = cells().cache();
    spark().conf().set("spark.sql.codegen.wholeStage", "false");
    try {
      cells.count();
      Dataset<Row> query = fromCache(cells).filter(col("persons").gt(4));

      assertSame(query, SmallQueries.of(spark()).evaluate(query));
    } finally {
      spark().conf().unset("spark.sql.codegen.wholeStage");
      cells.unpersist(true);
    }
  }
}
