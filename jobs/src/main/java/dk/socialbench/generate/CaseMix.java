package dk.socialbench.generate;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Who the cases are about and how traits go together: the weights that tie funding basis to age,
 * provider type to service, goal type to VUM. The SEP profile uses them to place its exact counts
 * (see {@link SepCaseOutlines}); the national profile samples with them, one case at a time.
 */
final class CaseMix {
  private static final int[] CASES_WITH_EXACTLY = casesWithExactly();

  private CaseMix() {}

  /** Number of cases with exactly k registrations, at index k - 1, from fig 2.1. */
  static int[] casesWithExactly() {
    List<Integer> atLeast = SepCalibration.CASES_WITH_AT_LEAST;
    int[] exactly = new int[atLeast.size()];
    for (int k = 0; k < exactly.length; k++) {
      exactly[k] = atLeast.get(k) - (k + 1 < atLeast.size() ? atLeast.get(k + 1) : 0);
    }
    return exactly;
  }

  static double meanRegistrationsPerCase() {
    long registrations = 0;
    for (int k = 0; k < CASES_WITH_EXACTLY.length; k++) {
      registrations += (long) (k + 1) * CASES_WITH_EXACTLY[k];
    }
    return registrations / (double) SepCalibration.CASES;
  }

  static int registrationCount(SplittableRandom rng) {
    int u = rng.nextInt(SepCalibration.CASES);
    for (int k = 0; k < CASES_WITH_EXACTLY.length; k++) {
      u -= CASES_WITH_EXACTLY[k];
      if (u < 0) {
        return k + 1;
      }
    }
    return CASES_WITH_EXACTLY.length;
  }

  /** Age at the first registration: 18 to 80, half under 40, fewer the older (fig 3.14). */
  static int ageAtFirstRegistration(SplittableRandom rng) {
    if (rng.nextBoolean()) {
      return 18 + rng.nextInt(22);
    }
    return 40 + (int) (41 * (1 - Math.sqrt(rng.nextDouble())));
  }

  /** Younger citizens are more often intellectually/cognitively impaired than mentally ill. */
  static double intellectualWeight(int age) {
    return age < 40 ? 1.3 : 0.75;
  }

  /** Pensions go to the older, education grants to the young, resource courses to mid-life. */
  static double fundingBasisWeight(String fundingBasis, int age) {
    return switch (fundingBasis) {
      case "disability_pension" -> age >= 40 ? 3 : 1;
      case "cash_benefit_not_job_ready" -> age < 40 ? 2 : 1;
      case "resource_course" -> age >= 25 && age < 50 ? 2 : 0.5;
      case "flex_job" -> age >= 30 ? 1.5 : 0.5;
      case "education_grant" -> age < 30 ? 5 : 0.01;
      default -> 1;
    };
  }

  /** Residential places (§107) are bought from private providers and regions more often. */
  static double providerTypeWeight(String providerType, String service) {
    boolean residential = service.equals("SEL107");
    return switch (providerType) {
      case "private" -> residential ? 2.5 : 0.7;
      case "region" -> residential ? 2 : 0.3;
      default -> 1;
    };
  }

  /** At the heaviest scores, status quo and limited deterioration are the realistic goals. */
  static String goalType(double vum, SplittableRandom rng) {
    double u = rng.nextDouble();
    double improvement = vum >= 3.5 ? 0.55 : 0.82;
    double statusQuo = vum >= 3.5 ? 0.30 : 0.14;
    if (u < improvement) {
      return "improvement";
    }
    return u < improvement + statusQuo ? "status_quo" : "limited_deterioration";
  }

  static String targetGroup(int age, boolean umbrellaReporter, SplittableRandom rng) {
    Map<String, Integer> counts = SepCalibration.TARGET_GROUP_CASES;
    double unspecified = umbrellaReporter ? 0.4 : share(counts, "psychic_unspecified");
    double u = rng.nextDouble();
    if ((u -= unspecified) < 0) {
      return "psychic_unspecified";
    }
    if ((u -= share(counts, "physical")) < 0) {
      return "physical";
    }
    if ((u -= share(counts, "social")) < 0) {
      return "social";
    }
    double intellectual = share(counts, "intellectual_cognitive") * intellectualWeight(age);
    double mental = share(counts, "mental_illness");
    return rng.nextDouble() * (intellectual + mental) < intellectual
        ? "intellectual_cognitive"
        : "mental_illness";
  }

  static String fundingBasis(int age, double recorded, SplittableRandom rng) {
    if (rng.nextDouble() >= recorded) {
      return null;
    }
    return weighted(SepCalibration.FUNDING_BASIS_CASES, code -> fundingBasisWeight(code, age), rng);
  }

  static String providerType(String service, SplittableRandom rng) {
    double unrecorded = SepCalibration.CASES_WITHOUT_PROVIDER_TYPE / (double) SepCalibration.CASES;
    if (rng.nextDouble() < unrecorded) {
      return null;
    }
    return weighted(
        SepCalibration.PROVIDER_TYPE_CASES, code -> providerTypeWeight(code, service), rng);
  }

  private static String weighted(
      Map<String, Integer> counts,
      java.util.function.ToDoubleFunction<String> weight,
      SplittableRandom rng) {
    double total = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      total += e.getValue() * weight.applyAsDouble(e.getKey());
    }
    double u = rng.nextDouble() * total;
    String last = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      last = e.getKey();
      u -= e.getValue() * weight.applyAsDouble(last);
      if (u < 0) {
        return last;
      }
    }
    return last;
  }

  private static double share(Map<String, Integer> counts, String code) {
    return counts.get(code) / (double) SepCalibration.CASES;
  }
}
