package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParseDeliveryPartsTest {
  private static DeliveryPart file(String name) {
    return DeliveryPart.whole(new DeliveryFile("file:///in/" + name, name));
  }

  private static final DeliveryPart A = file("101_a.csv");
  private static final DeliveryPart B = file("147_b.csv");
  private static final DeliveryPart C = file("151_c.csv");
  private static final DeliveryPart D = file("153_d.csv");
  private static final DeliveryPart E = file("155_e.csv");

  @Test
  void small_files_are_grouped_in_their_order_up_to_the_group_size() {
    // 40 + 50 = 90 <= 100; + 30 would be 120, so C starts a group: 30 + 60 = 90; E alone.
    assertEquals(
        List.of(List.of(A, B), List.of(C, D), List.of(E)),
        ParseDeliveryParts.grouped(List.of(A, B, C, D, E), List.of(40L, 50L, 30L, 60L, 70L), 100));
  }

  @Test
  void a_part_larger_than_the_group_size_is_a_group_of_its_own() {
    assertEquals(
        List.of(List.of(A), List.of(B), List.of(C, D)),
        ParseDeliveryParts.grouped(List.of(A, B, C, D), List.of(10L, 500L, 20L, 20L), 100));
  }

  @Test
  void a_group_size_of_one_byte_reads_each_part_in_a_task_of_its_own() {
    assertEquals(
        List.of(List.of(A), List.of(B), List.of(C)),
        ParseDeliveryParts.grouped(List.of(A, B, C), List.of(10L, 20L, 30L), 1));
  }
}
