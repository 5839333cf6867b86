package dk.socialbench.generate;

import java.util.SplittableRandom;

/**
 * Draws case outlines one at a time for the national profile, with the SEP profile's proportions
 * and the same ties between traits ({@link CaseMix}), but no exact totals: nothing is held back for
 * later cases, so a municipality of any size streams.
 */
final class CaseOutlineSampler {
  private final MunicipalityProfile profile;
  private final double[] vumDistribution;

  CaseOutlineSampler(MunicipalityProfile profile) {
    this.profile = profile;
    this.vumDistribution =
        VumScale.firstRegistrationDistribution(profile.meanVum(), profile.usesHalfStep());
  }

  /** An outline with at most {@code maxRegistrations} registrations. */
  CaseOutline next(SplittableRandom rng, long maxRegistrations) {
    int registrations = (int) Math.min(CaseMix.registrationCount(rng), maxRegistrations);
    int age = CaseMix.ageAtFirstRegistration(rng);
    String service = rng.nextDouble() < profile.sel107Share() ? "SEL107" : "SEL85";
    String targetGroup = CaseMix.targetGroup(age, profile.reportsUmbrellaTargetGroup(), rng);
    String fundingBasis = CaseMix.fundingBasis(age, profile.fundingBasisRecorded(), rng);
    String providerType = CaseMix.providerType(service, rng);
    double vum = VumScale.draw(vumDistribution, rng);
    if (("resource_course".equals(fundingBasis) || "flex_job".equals(fundingBasis))
        && rng.nextDouble() < 0.3) {
      vum = VumScale.lower(vum, profile.usesHalfStep());
    }
    String goal = rng.nextDouble() < profile.goalRate() ? CaseMix.goalType(vum, rng) : null;
    String fulfilment = registrations < 2 || goal == null ? null : fulfilment(goal, rng);
    return new CaseOutline(
        registrations,
        age,
        targetGroup,
        service,
        fundingBasis,
        providerType,
        vum,
        goal,
        fulfilment);
  }

  /** How a goal set at one registration stands at the next. */
  String fulfilment(String goalType, SplittableRandom rng) {
    double met = goalType.equals("improvement") ? profile.improvementFulfilment() : 0.6;
    if (rng.nextDouble() >= met) {
      return "not";
    }
    return rng.nextDouble() < 0.4 ? "fully" : "partially";
  }
}
