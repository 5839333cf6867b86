package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;

import org.junit.Test;

public class CasemixFunnelTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  /**
   * The municipalities of {@link CasemixBenchmarkTest#threeMunicipalities()}: §107 precisions
   * 357.829374, 158.42, 63.679245 and τ² = 0.0800922, φ = 8.912730 (worked out there). The grid
   * runs from a power of 2 at most 63.679245 / 2 = 31.84, 2⁴ = 16, to one at least 2 · 357.829374 =
   * 715.66, 2¹⁰ = 1024; three points evenly on the log scale: 16, 128, 1024. At 16: √(1/16 +
   * 0.0800922) = 0.377614; exp(± 1.959964 · 0.377614) = 0.477, 2.096; exp(± 3.090232 · 0.377614) =
   * 0.311, 3.212 (Python). §85 has no municipality with a ratio, so no funnel.
   */
  @Test
  public void control_limits_widen_with_between_municipality_variance_around_1() {
    assertResult(
        new CasemixFunnel(2, 3),
        CasemixBenchmarkTest.threeMunicipalities(),
        row(ALL, "SEL107", 0, 16.0, 0.477, 2.096, 0.311, 3.212, 3L, 8.913, 0.0801),
        row(ALL, "SEL107", 1, 128.0, 0.559, 1.788, 0.4, 2.5, 3L, 8.913, 0.0801),
        row(ALL, "SEL107", 2, 1024.0, 0.572, 1.747, 0.415, 2.411, 3L, 8.913, 0.0801));
  }
}
