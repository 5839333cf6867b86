package dk.socialbench.spark;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dk.socialbench.SparkTest;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.junit.Test;

public class InterpretedQueriesTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
  private static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

  /** Whether a query's operators are compiled together (the plan's root is a codegen stage). */
  private boolean generatesCode() {
    return spark().range(10).selectExpr("id + 1 as n").queryExecution().executedPlan()
        instanceof WholeStageCodegenExec;
  }

  @Test
  public void a_small_input_is_interpreted_until_closed_and_the_session_is_left_as_it_was() {
    RuntimeConfig conf = spark().conf();
    assertFalse("the tests' session sets no choice", conf.contains(WHOLE_STAGE));
    assertTrue(generatesCode());
    try (InterpretedQueries q = InterpretedQueries.upTo(spark(), 32L << 20)) {
      assertEquals("false", conf.get(WHOLE_STAGE));
      assertEquals("NO_CODEGEN", conf.get(FACTORY_MODE));
      assertFalse(generatesCode());
    }
    assertFalse(conf.contains(WHOLE_STAGE));
    assertFalse(conf.contains(FACTORY_MODE));
    assertTrue(generatesCode());
  }

  @Test
  public void a_value_set_on_the_session_before_is_put_back() {
    RuntimeConfig conf = spark().conf();
    conf.set(FACTORY_MODE, "CODEGEN_ONLY");
    try {
      try (InterpretedQueries q = InterpretedQueries.upTo(spark(), 1)) {
        assertEquals("NO_CODEGEN", conf.get(FACTORY_MODE));
      }
      assertEquals("CODEGEN_ONLY", conf.get(FACTORY_MODE));
    } finally {
      conf.unset(FACTORY_MODE);
    }
  }

  @Test
  public void a_larger_input_keeps_generated_code() {
    try (InterpretedQueries q = InterpretedQueries.upTo(spark(), (512L << 20) + 1)) {
      assertFalse(spark().conf().contains(WHOLE_STAGE));
      assertTrue(generatesCode());
    }
  }

  @Test
  public void a_middle_input_generates_expressions_but_no_whole_stages_until_closed() {
    RuntimeConfig conf = spark().conf();
    for (long bytes : new long[] {(32L << 20) + 1, 512L << 20}) {
      try (InterpretedQueries q = InterpretedQueries.upTo(spark(), bytes)) {
        assertEquals("false", conf.get(WHOLE_STAGE));
        assertFalse("Spark's own choice of expressions", conf.contains(FACTORY_MODE));
        assertFalse(generatesCode());
      }
      assertFalse(conf.contains(WHOLE_STAGE));
      assertTrue(generatesCode());
    }
  }
}
