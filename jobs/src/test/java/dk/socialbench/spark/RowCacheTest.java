package dk.socialbench.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.Test;

/**
 * {@link RowCache}: a table cached as rows or as Spark's columns reads back the same rows, whole,
 * by some of its columns, and filtered (where Spark prunes columnar batches by their statistics).
 */
public class RowCacheTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final StructType SCHEMA =
      new StructType()
          .add("municipality_code", DataTypes.StringType)
          .add("person_id", DataTypes.LongType)
          .add("registration_number", DataTypes.IntegerType)
          .add("price", DataTypes.DoubleType)
          .add("goals_set", DataTypes.BooleanType)
          .add("registration_date", DataTypes.DateType)
          .add("price_ore", DataTypes.createDecimalType(20, 0));

  private Dataset<Row> registrations() {
    return table(
        SCHEMA,
        new Object[] {
          "101", -7L, 1, 1250.5, true, Date.valueOf("2015-03-01"), new BigDecimal("125050")
        },
        new Object[] {"101", 42L, 2, null, false, Date.valueOf("2016-01-31"), null},
        new Object[] {"all", 42L, 3, 3.5, null, null, new BigDecimal("18446744073709551615")},
        new Object[] {"860", 5L, 1, 0.0, true, Date.valueOf("2014-12-31"), new BigDecimal("0")});
  }

  @Test
  public void a_table_cached_as_rows_reads_back_whole_in_part_and_filtered() {
    assertEquals("the tests' session caches as rows", "true", spark().conf().get(RowCache.ROWS));
    assertEquals("RowBatch", readsBackTheSameRows());
  }

  @Test
  public void a_table_cached_as_columns_through_the_same_serializer_reads_back_the_same() {
    RuntimeConfig conf = spark().conf();
    String rows = conf.get(RowCache.ROWS);
    try {
      conf.set(RowCache.ROWS, "false");
      assertEquals("DefaultCachedBatch", readsBackTheSameRows());
    } finally {
      conf.set(RowCache.ROWS, rows);
    }
  }

  /** Checks the rows a cached table reads back; returns the kind of batch it was kept in. */
  private String readsBackTheSameRows() {
    Dataset<Row> cached = registrations().repartition(2);
    cached.cache();
    try {
      assertEquals(4, cached.count());
      String kind =
          spark()
              .sharedState()
              .cacheManager()
              .lookupCachedData(cached)
              .get()
              .cachedRepresentation()
              .cacheBuilder()
              .cachedColumnBuffers()
              .first()
              .getClass()
              .getSimpleName();
      assertEquals(
          List.of(
                  "[101,-7,1,1250.5,true,2015-03-01,125050]",
                  "[101,42,2,null,false,2016-01-31,null]",
                  "[860,5,1,0.0,true,2014-12-31,0]",
                  "[all,42,3,3.5,null,null,18446744073709551615]")
              .toString(),
          text(cached.orderBy("municipality_code", "person_id")));
      // Some columns, in another order than the table's.
      assertEquals(
          List.of("[1,101]", "[1,860]", "[2,101]", "[3,all]").toString(),
          text(
              cached
                  .select("registration_number", "municipality_code")
                  .orderBy("registration_number", "municipality_code")));
      // A filter Spark can push to the cached batches' statistics.
      assertEquals(
          List.of("[42,2]", "[42,3]").toString(),
          text(
              cached
                  .filter(col("person_id").equalTo(42L))
                  .select("person_id", "registration_number")
                  .orderBy("registration_number")));
      assertEquals(
          List.of("[860]").toString(),
          text(cached.filter(col("price").equalTo(0.0)).select("municipality_code")));
      return kind;
    } finally {
      cached.unpersist(true);
    }
  }

  private static String text(Dataset<Row> rows) {
    return rows.collectAsList().stream().map(Row::toString).toList().toString();
  }
}
