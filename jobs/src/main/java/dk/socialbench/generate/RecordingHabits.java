package dk.socialbench.generate;

import java.util.SplittableRandom;

/**
 * Which optional columns a municipality fills, and how. The report notes that many deliveries had
 * only the mandatory fields and that very few municipalities reported concurrent services.
 *
 * @param providerNameShare share of cases with the provider named
 * @param firstIsVisitation share of cases whose first registration is the initial visitation rather
 *     than a follow-up of an earlier one
 * @param pricesInOere whether daily prices carry øre (two decimals) rather than whole kroner
 * @param halfHours whether §85 hours are granted in half hours rather than whole hours
 * @param caseIdStyle which of the {@link CaseIds} styles the municipality's case numbers have
 */
record RecordingHabits(
    double providerNameShare,
    boolean recordsInitiator,
    boolean recordsHoursGroup,
    boolean recordsConcurrentServices,
    boolean recordsEmploymentMeasure,
    boolean recordsCaseClosed,
    boolean recordsExpectedGoalDate,
    double firstIsVisitation,
    boolean pricesInOere,
    boolean halfHours,
    int caseIdStyle) {

  static RecordingHabits draw(SplittableRandom rng) {
    double[] providerNameShares = {0, 0.4, 0.85};
    return new RecordingHabits(
        providerNameShares[rng.nextInt(providerNameShares.length)],
        rng.nextDouble() < 0.85,
        rng.nextDouble() < 0.5,
        rng.nextDouble() < 0.25,
        rng.nextDouble() < 0.5,
        rng.nextDouble() < 0.8,
        rng.nextDouble() < 0.8,
        0.4 + 0.5 * rng.nextDouble(),
        rng.nextDouble() < 0.3,
        rng.nextDouble() < 0.4,
        rng.nextInt(CaseIds.STYLES));
  }
}
