package dk.socialbench.analyses;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share and its 95% Wilson interval in plain Java, for publishing: the perturbed counts of a cell
 * give the share published beside them (the cell-key method changes counts after the analyses ran).
 * The same formula and rounding as the analyses' column expressions ({@link Intervals}, {@link
 * Rounding#SHARE}); a test holds the two equal on a grid of counts.
 *
 * <p>Example: {@code PublishedShares.share(2, 3)} is 0.667, {@code low(2, 3)} 0.208.
 */
public final class PublishedShares {
  private static final int DIGITS = 3;

  private PublishedShares() {}

  /** {@code x / n} rounded to 0.1 percentage point; null when {@code n} is 0. */
  public static Double share(long x, long n) {
    return n > 0 ? rounded((double) x / n) : null;
  }

  /** The lower bound of the Wilson interval of {@code x} of {@code n}; null when {@code n} is 0. */
  public static Double low(long x, long n) {
    return n > 0 ? rounded(wilson(x, n, -1)) : null;
  }

  public static Double high(long x, long n) {
    return n > 0 ? rounded(wilson(x, n, 1)) : null;
  }

  /** As {@code Intervals.wilson}, operation for operation. */
  private static double wilson(long x, long n, int sign) {
    double p = (double) x / n;
    double z = Intervals.Z;
    double z2n = z * z / n;
    double centre = p + z2n / 2;
    double half = z * Math.sqrt(p * (1 - p) / n + z2n / (n * 4.0));
    return (centre + half * sign) / (1 + z2n);
  }

  /** Half up, as Spark's {@code round} does it: on the double's shortest decimal form. */
  private static double rounded(double value) {
    return BigDecimal.valueOf(value).setScale(DIGITS, RoundingMode.HALF_UP).doubleValue();
  }
}
