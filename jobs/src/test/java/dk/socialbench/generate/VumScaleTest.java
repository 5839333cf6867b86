package dk.socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VumScaleTest {
  @ParameterizedTest(name = "{0} steps to {1} lower and {2} higher (3.5 used: {3})")
  @CsvSource({
    "0, 0, 1, false",
    "2, 1, 3, false",
    "3, 2, 4, false",
    "3, 2, 3.5, true",
    "3.5, 3, 4, true",
    "4, 3, 4, false",
    "4, 3.5, 4, true"
  })
  void one_step_stays_on_the_municipalitys_scale(
      double score, double lower, double higher, boolean half) {
    assertEquals(lower, VumScale.lower(score, half));
    assertEquals(higher, VumScale.higher(score, half));
  }

  @ParameterizedTest(name = "mean {0}")
  @ValueSource(doubles = {2.1, 2.45, 2.8})
  void the_first_registration_distribution_has_the_municipalitys_mean(double mean) {
    for (boolean half : new boolean[] {true, false}) {
      double[] p = VumScale.firstRegistrationDistribution(mean, half);
      assertEquals(1, java.util.Arrays.stream(p).sum(), 1e-9);
      assertEquals(mean, VumScale.mean(p), 1e-9);
      assertEquals(half, p[4] > 0, "3.5 only where the municipality uses it");
    }
  }
}
