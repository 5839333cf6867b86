package dk.socialbench.spark;

import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.Test;

public class SharedSessionTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void the_shared_session_runs_a_query_on_java_17() {
    StructType schema = new StructType().add("n", DataTypes.IntegerType);
    assertEquals(
        6L,
        table(schema, new Object[] {1}, new Object[] {2}, new Object[] {3})
            .selectExpr("sum(n) as s")
            .first()
            .getLong(0));
  }
}
