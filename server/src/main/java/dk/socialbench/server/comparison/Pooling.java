package dk.socialbench.server.comparison;

import java.util.List;

/**
 * A comparison group's figures pooled from its members' published figures alone: exactly what the
 * jobs would have computed over the members' cases together, where the published numbers allow it.
 *
 * <ul>
 *   <li>A share: the members' counts added up, with the Wilson interval the jobs use.
 *   <li>A mean: the members' means weighted by their n; each member's standard deviation is taken
 *       back from its published t-interval (sd = half-width · √n / t(n − 1)) and the pooled one is
 *       the within- plus between-member sum of squares, with a t-interval on N − 1 degrees of
 *       freedom.
 *   <li>A case-mix ratio: actual and expected means pooled, the ratio of the two, and the interval
 *       from the pooled standard deviation of the residuals (actual − expected), as the jobs do it
 *       for one municipality.
 * </ul>
 *
 * <p>Members whose figure is withheld are left out by the caller; a pool that then describes fewer
 * than {@code minCell} persons is withheld itself, so that a group figure never says more than the
 * published ones it comes from.
 */
public final class Pooling {
  private Pooling() {}

  /** One member's published mean with its n and 95% t-interval. */
  public record Mean(long n, double mean, Double low, Double high) {}

  /** One member's published case-mix figures. */
  public record Ratio(long n, double actual, double expected, Double low, Double high) {}

  /** {@code x} of {@code n} as a share with its Wilson interval. */
  public static Estimate share(long x, long n, int minCell) {
    if (n == 0) {
      return Estimate.none();
    }
    if (n < minCell) {
      return Estimate.withheld();
    }
    double z = StudentT.z975();
    // Counts are perturbed independently: a part can be published above its whole. Taken as the
    // whole, as publishing does (CellPerturbation); otherwise p > 1 and the interval is NaN.
    double p = (double) Math.min(x, n) / n;
    double z2n = z * z / n;
    double centre = p + z2n / 2;
    double half = z * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
    return new Estimate(p, (centre - half) / (1 + z2n), (centre + half) / (1 + z2n), n, false);
  }

  /** The members' means pooled; null-interval members of n ≥ 2 make the interval unknown. */
  public static Estimate mean(List<Mean> members, int minCell) {
    long total = members.stream().mapToLong(Mean::n).sum();
    if (total == 0) {
      return Estimate.none();
    }
    if (total < minCell) {
      return Estimate.withheld();
    }
    double mean = members.stream().mapToDouble(m -> m.n() * m.mean()).sum() / total;
    double squares = 0;
    boolean known = total > 1;
    for (Mean m : members) {
      Double sd = sd(m.n(), m.low(), m.high(), 1);
      known &= sd != null;
      squares += (sd == null ? 0 : (m.n() - 1) * sd * sd) + m.n() * sq(m.mean() - mean);
    }
    if (!known) {
      return new Estimate(mean, null, null, total, false);
    }
    double half = StudentT.t975(total - 1) * Math.sqrt(squares / (total - 1)) / Math.sqrt(total);
    return new Estimate(mean, mean - half, mean + half, total, false);
  }

  /** The members' case-mix ratios pooled: Σ actual / Σ expected, with the residuals' interval. */
  public static Estimate ratio(List<Ratio> members, int minCell) {
    long total = members.stream().mapToLong(Ratio::n).sum();
    if (total == 0) {
      return Estimate.none();
    }
    if (total < minCell) {
      return Estimate.withheld();
    }
    double actual = members.stream().mapToDouble(m -> m.n() * m.actual()).sum() / total;
    double expected = members.stream().mapToDouble(m -> m.n() * m.expected()).sum() / total;
    double residual = actual - expected;
    double squares = 0;
    boolean known = total > 1;
    for (Ratio m : members) {
      // The jobs' half-width is t · sd(residual) / √n / expected: undo the division by expected.
      Double sd = sd(m.n(), m.low(), m.high(), m.expected());
      known &= sd != null;
      squares +=
          (sd == null ? 0 : (m.n() - 1) * sd * sd)
              + m.n() * sq(m.actual() - m.expected() - residual);
    }
    double ratio = actual / expected;
    if (!known) {
      return new Estimate(ratio, null, null, total, false);
    }
    double half =
        StudentT.t975(total - 1) * Math.sqrt(squares / (total - 1)) / Math.sqrt(total) / expected;
    return new Estimate(ratio, ratio - half, ratio + half, total, false);
  }

  /**
   * The standard deviation behind a published t-interval of n persons, in units of {@code scale}
   * times the interval's; 0 for n = 1 (no spread to add), null if the interval is missing.
   */
  private static Double sd(long n, Double low, Double high, double scale) {
    if (n < 2) {
      return 0.0;
    }
    if (low == null || high == null) {
      return null;
    }
    return (high - low) / 2 * scale * Math.sqrt(n) / StudentT.t975(n - 1);
  }

  private static double sq(double x) {
    return x * x;
  }
}
