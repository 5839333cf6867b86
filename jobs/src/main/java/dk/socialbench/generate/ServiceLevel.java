package dk.socialbench.generate;

import java.util.SplittableRandom;

/**
 * The granted amount of a service: the §107 daily price (DKK/day) or the §85 hours per month.
 *
 * <p>Both rise with VUM (fig 3.13); under-40s get more (fig 3.14); the intellectually/cognitively
 * impaired get more §85 hours (fig 3.15); and each municipality has its own price and hours level,
 * independent of its mean VUM (fig 3.16), so a case-mix adjustment has something to find.
 */
final class ServiceLevel {
  /** §107 daily price in DKK by VUM score index (0, 1, 2, 3, 3.5, 4). */
  private static final double[] DAILY_PRICE = {1000, 1200, 1500, 1850, 2200, 2650};

  /** §85 individual hours per month by VUM score index. */
  private static final double[] HOURS = {5, 8, 12, 18, 22.5, 28};

  private final MunicipalityProfile profile;
  private final RecordingHabits habits;

  ServiceLevel(MunicipalityProfile profile, RecordingHabits habits) {
    this.profile = profile;
    this.habits = habits;
  }

  /** The amount granted at the first registration: a daily price or hours per month. */
  double initial(
      String service,
      double vum,
      int age,
      String targetGroup,
      String providerType,
      SplittableRandom rng) {
    boolean young = age < 40;
    return service.equals("SEL107")
        ? dailyPrice(indexOf(vum), young, targetGroup, providerType, rng)
        : hours(indexOf(vum), young, targetGroup, rng);
  }

  /** Residential prices vary less by target group: much of a place's cost is fixed (fig 3.15). */
  private double dailyPrice(
      int vumIndex, boolean young, String targetGroup, String providerType, SplittableRandom rng) {
    double privateMarkup = "private".equals(providerType) ? 1.06 : 1;
    double group = targetGroup.equals("physical") ? 1.08 : targetGroup.equals("social") ? .95 : 1;
    double price =
        DAILY_PRICE[vumIndex]
            * profile.priceFactor()
            * (young ? 1.10 : 0.93)
            * group
            * privateMarkup
            * Math.exp(0.13 * rng.nextGaussian());
    return roundPrice(clampPrice(price));
  }

  private double hours(int vumIndex, boolean young, String targetGroup, SplittableRandom rng) {
    double group =
        switch (targetGroup) {
          case "intellectual_cognitive" -> 1.2;
          case "mental_illness" -> 0.92;
          case "social" -> 0.85;
          default -> 1;
        };
    double hours =
        HOURS[vumIndex]
            * profile.hoursFactor()
            * (young ? 1.12 : 0.9)
            * group
            * Math.exp(0.2 * rng.nextGaussian());
    return roundHours(clampHours(hours));
  }

  /**
   * The amount at the next registration. Mostly unchanged (fig 3.17); a met improvement goal makes
   * a reduction more likely; §85 hours are adjusted more often than §107 prices (fig 3.18); a
   * changed VUM score pulls the amount along.
   */
  double next(
      String service,
      double amount,
      boolean improvementMet,
      double vumChange,
      SplittableRandom rng) {
    boolean hours = service.equals("SEL85");
    double lower = hours ? (improvementMet ? 0.25 : 0.10) : (improvementMet ? 0.07 : 0.03);
    double higher = hours ? (improvementMet ? 0.06 : 0.10) : (improvementMet ? 0.04 : 0.05);
    // A residential place is costly to re-negotiate, so a new VUM score moves §107 prices less.
    if (vumChange < 0) {
      lower += hours ? 0.3 : 0.15;
    } else if (vumChange > 0) {
      higher += hours ? 0.4 : 0.2;
    }
    double u = rng.nextDouble();
    double factor;
    if (u < lower) {
      factor = 0.7 + 0.22 * rng.nextDouble();
    } else if (u < lower + higher) {
      factor = 1.08 + 0.27 * rng.nextDouble();
    } else {
      return amount;
    }
    return hours
        ? roundHours(clampHours(amount * factor))
        : roundPrice(clampPrice(amount * factor));
  }

  private static double clampPrice(double price) {
    return Math.max(700, Math.min(4500, price));
  }

  private static double clampHours(double hours) {
    return Math.max(2, Math.min(60, hours));
  }

  /** Group hours for the cases that have them, in municipalities that record them. */
  double groupHours(SplittableRandom rng) {
    return roundHours(2 + 8 * rng.nextDouble());
  }

  private double roundPrice(double price) {
    return habits.pricesInOere() ? Math.round(price * 100) / 100.0 : Math.round(price);
  }

  private double roundHours(double hours) {
    return habits.halfHours() ? Math.round(hours * 2) / 2.0 : Math.round(hours);
  }

  private static int indexOf(double vum) {
    for (int i = 0; i < VumScale.SCORES.length; i++) {
      if (VumScale.SCORES[i] == vum) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a VUM score: " + vum);
  }
}
