package dk.socialbench.analyses;

import static org.apache.spark.sql.functions.col;

import dk.socialbench.SparkTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.Assert;
import org.junit.Test;

/**
 * Publishing recomputes shares from perturbed counts in Java; the analyses compute them as Spark
 * columns. The two must publish the same number for the same counts, digit for digit.
 */
public class PublishedSharesTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final StructType COUNTS = new StructType().add("x", "long").add("n", "long");

  @Test
  public void java_and_the_column_expressions_agree_on_every_share_of_a_grid_of_counts() {
    List<Object[]> grid = new ArrayList<>();
    for (long n = 0; n <= 60; n++) {
      for (long x = 0; x <= n; x++) {
        grid.add(new Object[] {x, n});
      }
    }
    for (long n : new long[] {99, 100, 1000, 4321, 123457}) {
      for (long x : new long[] {0, 1, 5, n / 3, n / 2, n - 1, n}) {
        grid.add(new Object[] {x, n});
      }
    }
    List<Row> rows =
        table(COUNTS, grid.toArray(Object[][]::new))
            .select(
                col("x"),
                col("n"),
                Rounding.SHARE.rounded(col("x").divide(col("n"))).as("share"),
                Rounding.SHARE.rounded(Intervals.wilsonLow(col("x"), col("n"))).as("low"),
                Rounding.SHARE.rounded(Intervals.wilsonHigh(col("x"), col("n"))).as("high"))
            .collectAsList();
    List<String> differ = new ArrayList<>();
    for (Row r : rows) {
      long x = r.getLong(0);
      long n = r.getLong(1);
      Object[] spark = {r.get(2), r.get(3), r.get(4)};
      Object[] java = {
        PublishedShares.share(x, n), PublishedShares.low(x, n), PublishedShares.high(x, n)
      };
      for (int i = 0; i < 3; i++) {
        if (!Objects.equals(spark[i], java[i])) {
          differ.add(x + " of " + n + ": spark " + spark[i] + ", java " + java[i]);
        }
      }
    }
    Assert.assertEquals(grid.size(), rows.size());
    Assert.assertEquals(List.of(), differ);
  }

  @Test
  public void a_share_of_nobody_is_not_published() {
    Assert.assertNull(PublishedShares.share(0, 0));
    Assert.assertNull(PublishedShares.low(0, 0));
    Assert.assertNull(PublishedShares.high(0, 0));
  }
}
