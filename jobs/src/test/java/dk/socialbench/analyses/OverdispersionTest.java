package dk.socialbench.analyses;

import org.apache.spark.sql.types.StructType;
import org.junit.Test;

public class OverdispersionTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  private static final StructType RATIOS =
      new StructType()
          .add("municipality_code", "string")
          .add("service", "string")
          .add("log_ratio", "double")
          .add("log_ratio_variance", "double");

  private static final StructType ANNOTATED =
      RATIOS.add("municipalities", "long").add("phi", "double").add("tau2", "double");

  /**
   * Ten §107 ratios: z = log ratio / √variance = -6, -2, -0.5, 0, 0.4, 0.5, 1.6, 2, 3, 12. 10%
   * Winsorisation sets the lowest to the next, -2, and the highest to 3. φ = (4 + 4 + 0.25 + 0 +
   * 0.16 + 0.25 + 2.56 + 4 + 9 + 9) / 10 = 3.322. Weights 1/variance: eight of 400, two of 100: Σw
   * = 3400, Σw² = 1300000. τ² = (10 · 3.322 - 9) / (3400 - 1300000 / 3400) = 24.22 / 3017.647059 =
   * 0.008026121. A municipality without a ratio does not count. §85 has one ratio: z² = (0.2 /
   * 0.2)² = 1, and no between-municipality variance can be estimated from one.
   */
  @Test
  public void tau2_follows_spiegelhalter_with_winsorised_z_scores() {
    Object[][] ratios = {
      row("101", "SEL107", -0.30, 0.0025),
      row("147", "SEL107", -0.10, 0.0025),
      row("151", "SEL107", -0.05, 0.01),
      row("153", "SEL107", 0.0, 0.0025),
      row("157", "SEL107", 0.02, 0.0025),
      row("183", "SEL107", 0.05, 0.01),
      row("219", "SEL107", 0.08, 0.0025),
      row("410", "SEL107", 0.10, 0.0025),
      row("607", "SEL107", 0.15, 0.0025),
      row("615", "SEL107", 0.60, 0.0025),
      row("760", "SEL107", null, null),
      row("147", "SEL85", 0.2, 0.04)
    };
    Object[][] expected = new Object[ratios.length][];
    for (int i = 0; i < ratios.length; i++) {
      boolean sel107 = ratios[i][1].equals("SEL107");
      expected[i] =
          row(
              ratios[i][0],
              ratios[i][1],
              ratios[i][2],
              ratios[i][3],
              sel107 ? 10L : 1L,
              sel107 ? 3.322 : 1.0,
              sel107 ? 0.008026121 : 0.0);
    }
    assertRows(
        table(ANNOTATED, expected), Overdispersion.annotate(table(RATIOS, ratios)), TOLERANCE);
  }
}
