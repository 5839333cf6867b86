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
  public void partitions_stop_at_four_per_core_up_to_64_mib_each() {
    // 10^6 registrations (208 MiB) want ceil(208 / 8) = 26; 2 cores allow 8 (26 MiB each).
    assertEquals(8, InputSizedSettings.shufflePartitions(208 * MIB, 2));
    // 512 MiB in 8 partitions is 64 MiB each: still four per core.
    assertEquals(8, InputSizedSettings.shufflePartitions(512 * MIB, 2));
    // 16 cores allow 64 partitions; 3 GiB in 64 is 48 MiB each.
    assertEquals(64, InputSizedSettings.shufflePartitions(3072 * MIB, 16));
  }

  @Test
  public void a_large_input_gets_a_partition_per_64_mib_in_whole_rounds_of_cores() {
    // 513 MiB: ceil(513 / 64) = 9 partitions, rounded up to 10 for 2 cores.
    assertEquals(10, InputSizedSettings.shufflePartitions(513 * MIB, 2));
    // 10^7 registrations (2,073 MiB): ceil(2073 / 64) = 33, rounded up to 34.
    assertEquals(34, InputSizedSettings.shufflePartitions(2073 * MIB, 2));
    // 3 GiB: 3072 / 64 = 48, already a multiple of 2 and of 3 cores.
    assertEquals(48, InputSizedSettings.shufflePartitions(3072 * MIB, 2));
    assertEquals(48, InputSizedSettings.shufflePartitions(3072 * MIB, 3));
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
