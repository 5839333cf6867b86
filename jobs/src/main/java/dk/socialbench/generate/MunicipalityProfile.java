package dk.socialbench.generate;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How one municipality's cases look: its service mix, case mix, allocation practice and follow-up.
 * The ten SEP municipalities have a calibrated profile ({@link SepCalibration#MUNICIPALITIES}); the
 * others draw one from their own random stream within the ranges the report shows.
 *
 * @param sel107Share share of cases that are §107 (the rest §85)
 * @param meanVum mean VUM score at the first registration
 * @param usesHalfStep whether the municipality uses the optional VUM category 3.5
 * @param goalRate share of registrations at which goals are set
 * @param improvementFulfilment share of improvement goals fully or partially met at the next one
 * @param priceFactor the municipality's §107 price level relative to the national one
 * @param hoursFactor the municipality's §85 hours level relative to the national one
 * @param followUpMonths mean months from the first to the second registration
 * @param fundingBasisRecorded share of cases with a funding basis recorded
 * @param reportsUmbrellaTargetGroup whether many psychic cases are reported as unspecified
 */
public record MunicipalityProfile(
    String code,
    double sel107Share,
    double meanVum,
    boolean usesHalfStep,
    VumTargetPractice vumTargets,
    double goalRate,
    double improvementFulfilment,
    double priceFactor,
    double hoursFactor,
    double followUpMonths,
    double fundingBasisRecorded,
    boolean reportsUmbrellaTargetGroup) {

  public MunicipalityProfile {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(vumTargets, "vumTargets == null");
  }

  /**
   * The calibrated profile of a SEP municipality, or a profile drawn for any other one. Sizes and
   * ranges follow the SEP municipalities: 7 in 10 set VUM targets, 1 in 7 of those the wrong way.
   */
  static MunicipalityProfile of(String code, SplittableRandom rng) {
    for (SepCalibration.SepMunicipality sep : SepCalibration.MUNICIPALITIES) {
      if (sep.code().equals(code)) {
        return sep.profile();
      }
    }
    double targets = rng.nextDouble();
    VumTargetPractice practice =
        targets < 0.3
            ? VumTargetPractice.NOT_SET
            : targets < 0.9 ? VumTargetPractice.EXPECTS_LOWER : VumTargetPractice.EXPECTS_HIGHER;
    return new MunicipalityProfile(
        code,
        between(rng, 0.2, 0.45),
        between(rng, SepCalibration.MIN_MEAN_VUM, SepCalibration.MAX_MEAN_VUM),
        rng.nextDouble() < 0.4,
        practice,
        between(rng, 0.86, 1.0),
        between(rng, 0.25, 0.72),
        Math.exp(0.13 * rng.nextGaussian()),
        Math.exp(0.2 * rng.nextGaussian()),
        between(rng, 9, 13),
        between(rng, 0.25, 0.95),
        rng.nextDouble() < 0.15);
  }

  private static double between(SplittableRandom rng, double low, double high) {
    return low + (high - low) * rng.nextDouble();
  }
}
