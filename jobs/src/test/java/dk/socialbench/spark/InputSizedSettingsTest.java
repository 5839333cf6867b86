package dk.socialbench.spark;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

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
}
