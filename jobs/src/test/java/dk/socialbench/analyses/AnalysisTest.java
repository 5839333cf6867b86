package dk.socialbench.analyses;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.spark.SparkTypes;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.After;
import org.junit.Before;

/**
 * Base of the analysis tests: expected tables are written by hand in the contract's columns and
 * compared whole with the analysis's result; the cell keys of the restricted rows are left out
 * unless a test names them ({@link #assertColumns}). Published doubles are rounded ({@link
 * Rounding}), so expected values are written as published; doubles are compared within 1e-6.
 */
abstract class AnalysisTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  static final double TOLERANCE = 1e-6;

  private static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
  private static final String FACTORY_MODE = "spark.sql.codegen.factoryMode";

  /**
   * For inputs of a few rows, evaluating expressions is faster than generating and compiling code
   * for each of the many one-off plans (a fifth off the suite); Spark's own suites test both modes.
   * The shared session gets its defaults back after each test.
   */
  @Before
  public void evaluateWithoutCodeGeneration() {
    spark().conf().set(WHOLE_STAGE, "false");
    spark().conf().set(FACTORY_MODE, "NO_CODEGEN");
  }

  @After
  public void restoreCodeGeneration() {
    spark().conf().unset(WHOLE_STAGE);
    spark().conf().unset(FACTORY_MODE);
  }

  /** One row of an expected table, its values in the contract's column order. */
  static Object[] row(Object... values) {
    return values;
  }

  /** A hand-written table with the columns and types of {@code analysis}'s contract. */
  Dataset<Row> expected(Analysis analysis, Object[]... rows) {
    return table(schemaOf(analysis.dataset()), rows);
  }

  /** Computes {@code analysis} on {@code cases} and compares its whole result with {@code rows}. */
  void assertResult(Analysis analysis, Cases cases, Object[]... rows) {
    assertRows(expected(analysis, rows), computed(analysis, cases.inputs(spark())), TOLERANCE);
  }

  /**
   * Computes {@code analysis} on {@code cases} and compares the {@code columns} named (from its
   * restricted columns, cell keys included) with {@code rows}: for a test about some columns only,
   * such as the cell keys, which the other tests leave out.
   */
  void assertColumns(Analysis analysis, Cases cases, List<String> columns, Object[]... rows) {
    StructType restricted = SparkTypes.restricted(analysis.dataset());
    StructType schema =
        new StructType(columns.stream().map(restricted::apply).toArray(StructField[]::new));
    assertRows(table(schema, rows), computed(analysis, cases.inputs(spark())), TOLERANCE);
  }

  /**
   * The result of {@code analysis}, computed once and held as a local table: the comparison runs
   * several jobs over its input and would otherwise compute the analysis for each.
   */
  Dataset<Row> computed(Analysis analysis, AnalysisInputs inputs) {
    Dataset<Row> result = analysis.compute(inputs);
    return spark().createDataFrame(result.collectAsList(), result.schema());
  }

  static StructType schemaOf(ResultDataset dataset) {
    return SparkTypes.result(dataset);
  }
}
