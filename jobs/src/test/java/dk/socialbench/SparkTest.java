package dk.socialbench;

import static org.junit.Assert.assertEquals;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import dk.socialbench.spark.NioLocalFileSystem;
import dk.socialbench.spark.RowCache;
import dk.socialbench.spark.SparkSessions;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Base of every Spark test: one local SparkContext for the whole test JVM (spark-testing-base keeps
 * it in a static; {@link #runAfterClass()} below stops it from being torn down per class).
 */
public abstract class SparkTest extends JavaDataFrameSuiteBase {
  private static final long serialVersionUID = 1L;

  @Override
  public SparkConf conf() {
    return new SparkConf()
        .setMaster("local[2]")
        .setAppName("socialbench-tests")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false")
        .set("spark.sql.shuffle.partitions", "2")
        .set("spark.default.parallelism", "2")
        .set("spark.sql.session.timeZone", "Europe/Copenhagen")
        .set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName())
        .set("spark.app.id", "socialbench-tests")
        // As every session the jobs build: each test checks its results without these rules.
        .set(SparkSessions.EXCLUDED_RULES, SparkSessions.excludedRules())
        .set(SparkSessions.TWO_LEVEL_AGGREGATION, "false")
        // As a sized local run caches (InputSizedSettings): every cached table kept as rows.
        .set(SparkSessions.CACHE_SERIALIZER, RowCache.class.getName())
        .set(RowCache.ROWS, "true");
  }

  /**
   * Shadows the base class's {@code @AfterClass}, which would stop the shared context after every
   * test class: JUnit 4 does not run a superclass's class-level method that a subclass shadows.
   */
  public static void runAfterClass() {}

  /** A Dataset of the given rows; each row is the values in schema order. */
  protected Dataset<Row> table(StructType schema, Object[]... rows) {
    List<Row> list = Arrays.stream(rows).map(RowFactory::create).toList();
    return spark().createDataFrame(list, schema);
  }

  /**
   * Asserts that the two tables hold the same rows in any order, doubles equal within 1e-9; on
   * failure prints both tables.
   */
  protected void assertRows(Dataset<Row> expected, Dataset<Row> actual) {
    assertRows(expected, actual, 1e-9);
  }

  protected void assertRows(Dataset<Row> expected, Dataset<Row> actual, double tolerance) {
    Dataset<Row> e = sorted(expected);
    Dataset<Row> a = sorted(actual.select(expected.columns()[0], tail(expected.columns())));
    try {
      assertEquals(
          "column types",
          Arrays.toString(typesOf(e.schema())),
          Arrays.toString(typesOf(a.schema())));
      // Nullability is not the table's content: compare rows under the expected schema.
      assertDataFrameApproximateEquals(e, spark().createDataFrame(a.rdd(), e.schema()), tolerance);
    } catch (AssertionError | RuntimeException failure) {
      throw new AssertionError(
          "tables differ: "
              + failure.getMessage()
              + "\nexpected:\n"
              + e.showString(100, 0, false)
              + "actual:\n"
              + a.showString(100, 0, false),
          failure);
    }
  }

  private static String[] typesOf(StructType schema) {
    return Arrays.stream(schema.fields())
        .map(f -> f.name() + ":" + f.dataType().simpleString())
        .toArray(String[]::new);
  }

  private static String[] tail(String[] columns) {
    return Arrays.copyOfRange(columns, 1, columns.length);
  }

  private static Dataset<Row> sorted(Dataset<Row> d) {
    return d.orderBy(
        Arrays.stream(d.columns())
            .map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new));
  }
}
