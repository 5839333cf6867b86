package dk.socialbench.spark;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.apache.spark.SparkConf;
import org.junit.Test;

public class InputSizedSettingsTest {
  private static final long MIB = 1L << 20;

  @Test
  public void a_demo_sized_input_gets_one_shuffle_partition() {
    // The bundled samples are about 200 KB: ceil(0.2 / 8) = 1.
    assertEquals(1, InputSizedSettings.shufflePartitions(200_000, 2));
    assertEquals(1, InputSizedSettings.shufflePartitions(0, 2));
    assertEquals(1, InputSizedSettings.shufflePartitions(8 * MIB, 2));
  }

  @Test
  public void partitions_grow_by_one_per_8_mib_begun() {
    assertEquals(2, InputSizedSettings.shufflePartitions(8 * MIB + 1, 2));
    // 30 MiB: ceil(30 / 8) = ceil(3.75) = 4.
    assertEquals(4, InputSizedSettings.shufflePartitions(30 * MIB, 2));
  }

  @Test
  public void partitions_stop_at_four_per_core() {
    // 3 GiB would want ceil(3072 / 8) = 384; 2 cores allow 8, 16 cores 64.
    assertEquals(8, InputSizedSettings.shufflePartitions(3072 * MIB, 2));
    assertEquals(64, InputSizedSettings.shufflePartitions(3072 * MIB, 16));
  }

  @Test
  public void nonsense_sizes_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> InputSizedSettings.shufflePartitions(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> InputSizedSettings.shufflePartitions(1, 0));
  }

  @Test
  public void a_cache_compression_the_user_chose_is_kept() {
    SparkConf chose =
        new SparkConf(false).set("spark.sql.inMemoryColumnarStorage.compressed", "true");
    // A 10^6 input (208 MiB) would run uncompressed; the user's choice stands (null: left alone).
    assertEquals(null, InputSizedSettings.cacheCompressed(208 * MIB, chose));
    SparkConf unset = new SparkConf(false);
    assertEquals(false, InputSizedSettings.cacheCompressed(208 * MIB, unset));
    assertEquals(true, InputSizedSettings.cacheCompressed(513 * MIB, unset));
  }
}
