package dk.socialbench.generate;

import java.util.SplittableRandom;

/**
 * The VUM scale as delivered: 0 (no problem) to 4 (complete problem), with the optional category
 * 3.5 that some municipalities use. Higher is more impaired; one step down is an improvement.
 */
final class VumScale {
  static final double[] SCORES = {0, 1, 2, 3, 3.5, 4};

  /*
   * Two shapes of the first-registration distribution, "mostly 2 and 3, some 1 and 3.5, few 0 and
   * 4" (fig 3.4): a light one (mean 2.09) and a heavy one (mean 2.83). A municipality's mean is a
   * mix of the two, so every mean the report shows (2.1 to 2.8) keeps the published shape.
   */
  private static final double[] LIGHT = {0.02, 0.16, 0.56, 0.22, 0.02, 0.02};
  private static final double[] HEAVY = {0.01, 0.03, 0.22, 0.56, 0.09, 0.09};

  private VumScale() {}

  /** Probabilities of {@link #SCORES} at the first registration for a municipality's mean. */
  static double[] firstRegistrationDistribution(double mean, boolean usesHalfStep) {
    double lightMean = mean(LIGHT);
    double heavyMean = mean(HEAVY);
    double w = Math.max(0, Math.min(1, (mean - lightMean) / (heavyMean - lightMean)));
    double[] p = new double[SCORES.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = (1 - w) * LIGHT[i] + w * HEAVY[i];
    }
    if (!usesHalfStep) {
      // 3.5 lies halfway between 3 and 4: splitting its mass evenly keeps the mean.
      p[3] += p[4] / 2;
      p[5] += p[4] / 2;
      p[4] = 0;
    }
    return p;
  }

  static double draw(double[] distribution, SplittableRandom rng) {
    double u = rng.nextDouble();
    for (int i = 0; i < SCORES.length - 1; i++) {
      u -= distribution[i];
      if (u < 0) {
        return SCORES[i];
      }
    }
    return SCORES[SCORES.length - 1];
  }

  /** One step towards 0 (an improvement); 0 stays 0. */
  static double lower(double score, boolean usesHalfStep) {
    if (score == 4 && usesHalfStep) {
      return 3.5;
    }
    return score == 3.5 ? 3 : Math.max(0, Math.ceil(score) - 1);
  }

  /** One step towards 4 (a deterioration); 4 stays 4. */
  static double higher(double score, boolean usesHalfStep) {
    if (score == 3) {
      return usesHalfStep ? 3.5 : 4;
    }
    return score == 3.5 ? 4 : Math.min(4, score + 1);
  }

  static double mean(double[] distribution) {
    double m = 0;
    for (int i = 0; i < SCORES.length; i++) {
      m += distribution[i] * SCORES[i];
    }
    return m;
  }
}
