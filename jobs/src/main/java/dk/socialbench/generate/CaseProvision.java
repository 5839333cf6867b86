package dk.socialbench.generate;

import dk.socialbench.contract.Municipality;
import java.util.SplittableRandom;

/**
 * What stays the same at every registration of a case besides the service: the provider, a
 * concurrent service with its price, and §85 group hours. Each is filled only where the
 * municipality records it.
 */
record CaseProvision(
    String providerName,
    String providerType,
    String concurrentService,
    Double concurrentDailyPrice,
    Double groupHours) {

  static CaseProvision draw(
      Municipality municipality,
      RecordingHabits habits,
      ServiceLevel serviceLevel,
      CaseOutline outline,
      SplittableRandom rng) {
    String providerType = outline.providerType();
    String providerName =
        rng.nextDouble() < habits.providerNameShare()
            ? DanishFreeText.providerName(municipality, providerType, rng)
            : null;
    String concurrent =
        habits.recordsConcurrentServices() && rng.nextDouble() < 0.3
            ? DanishFreeText.concurrentService(rng)
            : null;
    Double concurrentPrice =
        concurrent != null && rng.nextDouble() < 0.8 ? (double) (250 + rng.nextInt(650)) : null;
    Double groupHours = null;
    if (outline.service().equals("SEL85") && habits.recordsHoursGroup()) {
      // Municipalities that record group hours write 0 for citizens without group support.
      groupHours = rng.nextDouble() < 0.35 ? serviceLevel.groupHours(rng) : 0.0;
    }
    return new CaseProvision(providerName, providerType, concurrent, concurrentPrice, groupHours);
  }
}
