package dk.socialbench.generate;

import java.util.SplittableRandom;

/**
 * How VUM moves between registrations and which target a caseworker records. VUM is re-assessed
 * rarely and its scale is coarse, so most scores stay the same (figs 3.4 and 3.5); a met
 * improvement goal makes an improvement more likely, and worsening is rarer still.
 */
final class VumDevelopment {
  private final MunicipalityProfile profile;

  VumDevelopment(MunicipalityProfile profile) {
    this.profile = profile;
  }

  /**
   * The score at the next registration.
   *
   * @param goalType the goal set at the previous registration, or null
   * @param fulfilment how that goal stands now ({@code fully}, {@code partially}, {@code not}), or
   *     null
   */
  double next(double score, String goalType, String fulfilment, SplittableRandom rng) {
    double improve = 0.03;
    if ("improvement".equals(goalType)) {
      improve = "fully".equals(fulfilment) ? 0.2 : "partially".equals(fulfilment) ? 0.1 : 0.04;
    }
    double worsen = "limited_deterioration".equals(goalType) ? 0.04 : 0.008;
    double u = rng.nextDouble();
    if (u < improve) {
      return VumScale.lower(score, profile.usesHalfStep());
    }
    if (u < improve + worsen) {
      return VumScale.higher(score, profile.usesHalfStep());
    }
    return score;
  }

  /**
   * The VUM target recorded with a goal, or null. Targets are set more often for lower scores,
   * where the chance of making the citizen self-reliant is greatest (the report on fig 3.3).
   */
  Double target(double score, String goalType, SplittableRandom rng) {
    if (goalType == null || profile.vumTargets() == VumTargetPractice.NOT_SET) {
      return null;
    }
    double recorded = score <= 2 ? 0.9 : score == 3 ? 0.7 : 0.5;
    if (rng.nextDouble() >= recorded) {
      return null;
    }
    boolean half = profile.usesHalfStep();
    return switch (goalType) {
      case "improvement" ->
          profile.vumTargets() == VumTargetPractice.EXPECTS_HIGHER
              ? VumScale.higher(score, half)
              : VumScale.lower(score, half);
      case "limited_deterioration" -> VumScale.higher(score, half);
      default -> score;
    };
  }
}
