package dk.socialbench.ingest;

import dk.socialbench.delivery.Cpr;
import java.util.List;
import org.junit.Assert;
import org.junit.Test;

/**
 * Person keys against python3's {@code hmac.new(key, digits.encode(), hashlib.sha256)
 * .hexdigest()[:32]} with the demo key, also where a number repeats, comes back after another, or
 * is the replacement form of the same date: the key of the previous row is reused only for the same
 * digits.
 */
public class PseudonymiserTest {
  private static final String A = "0ad4351050a1f4742906ff9a7ce0104d"; // 0101901234
  private static final String B = "9a83c87e73f1577daeb14c14811d039d"; // 0202854321
  private static final String C = "6d9faf0bff7810b86451b5dd6f70081a"; // 6101901234

  @Test
  public void person_keys_are_the_hmac_of_the_digits_row_after_row() {
    Pseudonymiser pseudonymiser = new Pseudonymiser(PseudonymKey.demo());
    List<String> keys =
        List.of(
                "010190-1234",
                "0101901234",
                "010190-1234",
                "020285-4321",
                "010190-1234",
                "610190-1234",
                "610190-1234")
            .stream()
            .map(text -> pseudonymiser.personKey(Cpr.parse(text).orElseThrow()))
            .toList();
    Assert.assertEquals(List.of(A, A, A, B, A, C, C), keys);
  }

  /**
   * Person ids against python3: {@code h = sha256(("socialbench cell key:" + key).encode())
   * .hexdigest(); u = int(h[8:16], 16) << 32 | int(h[:8], 16)}, less 2^64 where {@code u >= 2^63}
   * (A: h starts 7599c08b35d9014a, B: 2058ed2ed125c031, C: 9ba9afa6bf2056d9), the id of the person
   * key of the same row also where a number comes back after another.
   */
  @Test
  public void person_ids_are_those_of_the_person_keys_row_after_row() {
    Pseudonymiser pseudonymiser = new Pseudonymiser(PseudonymKey.demo());
    List<Long> ids =
        List.of("010190-1234", "0101901234", "020285-4321", "010190-1234", "610190-1234").stream()
            .map(
                text ->
                    pseudonymiser.personId(pseudonymiser.personKey(Cpr.parse(text).orElseThrow())))
            .toList();
    long a = 3880133973268611211L;
    long b = -3376081028415689426L;
    long c = -4674640920591093850L;
    Assert.assertEquals(List.of(a, a, b, a, c), ids);
  }
}
