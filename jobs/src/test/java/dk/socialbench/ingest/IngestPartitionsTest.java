package dk.socialbench.ingest;

import static org.junit.Assert.assertEquals;

import dk.socialbench.SparkTest;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.Test;

/**
 * Ingest's rows by municipality keep every core busy when the session has one shuffle partition.
 */
public class IngestPartitionsTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  private static final String PARTITIONS = "spark.sql.shuffle.partitions";

  private static final String ADAPTIVE = "spark.sql.adaptive.enabled";

  private Dataset<Row> rows() {
    StructType schema = new StructType().add("municipality_code", DataTypes.StringType);
    return spark()
        .createDataFrame(
            List.of(RowFactory.create("101"), RowFactory.create("147"), RowFactory.create("751")),
            schema);
  }

  /** Without adaptive execution, which would coalesce the partitions of three rows. */
  private int partitionsWith(int shufflePartitions, long inputBytes) {
    String before = spark().conf().get(PARTITIONS);
    String adaptive = spark().conf().get(ADAPTIVE);
    spark().conf().set(PARTITIONS, shufflePartitions);
    spark().conf().set(ADAPTIVE, false);
    try {
      return Ingest.byMunicipality(rows(), inputBytes).rdd().getNumPartitions();
    } finally {
      spark().conf().set(PARTITIONS, before);
      spark().conf().set(ADAPTIVE, adaptive);
    }
  }

  private static final long ABOVE = Ingest.ONE_PARTITION_PER_CORE_ABOVE + 1;

  @Test
  public void one_shuffle_partition_gives_one_partition_per_core() {
    // The tests' session runs on local[2].
    assertEquals(2, partitionsWith(1, ABOVE));
  }

  @Test
  public void more_shuffle_partitions_than_cores_are_kept() {
    assertEquals(3, partitionsWith(3, ABOVE));
  }

  @Test
  public void a_small_input_keeps_its_one_partition() {
    assertEquals(1, partitionsWith(1, Ingest.ONE_PARTITION_PER_CORE_ABOVE));
  }
}
