package dk.socialbench.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A fictitious citizen: birth date and sex matching the intended age, a CPR number that encodes
 * them (via {@link dk.socialbench.delivery.Cpr#format}) and a Danish name. The serial is random, so
 * any match with a real person's number is chance, and the name is drawn independently.
 */
record Citizen(String cpr, LocalDate birthDate, boolean male, String name) {
  /** Men are a small majority among adults receiving §85 and §107 support. */
  private static final double MALE_SHARE = 0.56;

  /** A citizen who is {@code age} whole years old on {@code firstRegistration}. */
  static Citizen draw(
      LocalDate firstRegistration, int age, CprNumbers numbers, SplittableRandom rng) {
    boolean male = rng.nextDouble() < MALE_SHARE;
    LocalDate birth = firstRegistration.minusYears(age).minusDays(rng.nextInt(365));
    return new Citizen(numbers.issue(birth, male), birth, male, DanishNames.draw(male, rng));
  }
}
