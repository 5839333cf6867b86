package dk.socialbench.generate;

import dk.socialbench.contract.Municipality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a case outline into a full case history: dates, citizen, and one registration per date with
 * VUM, goals, fulfilment, service amount and the optional fields the municipality records. One
 * simulator serves one municipality and is used by one thread.
 */
final class CaseSimulator {
  private final Municipality municipality;
  private final MunicipalityProfile profile;
  private final RecordingHabits habits;
  private final ServiceLevel serviceLevel;
  private final VumDevelopment vum;
  private final CaseOutlineSampler fulfilments;
  private final CprNumbers cprNumbers;
  private final boolean deliversMonthsBeforeFirst;

  /**
   * @param deliversMonthsBeforeFirst whether a first registration that is a follow-up carries the
   *     months since the earlier registration (the national profile; the SEP files, fixed by their
   *     calibration, leave the column out)
   */
  CaseSimulator(
      Municipality municipality,
      MunicipalityProfile profile,
      RecordingHabits habits,
      CprNumbers cprNumbers,
      boolean deliversMonthsBeforeFirst) {
    this.municipality = municipality;
    this.deliversMonthsBeforeFirst = deliversMonthsBeforeFirst;
    this.cprNumbers = cprNumbers;
    this.profile = profile;
    this.habits = habits;
    this.serviceLevel = new ServiceLevel(profile, habits);
    this.vum = new VumDevelopment(profile);
    this.fulfilments = new CaseOutlineSampler(profile);
  }

  /** The case with running number {@code caseNumber} (0, 1, ...) in the municipality. */
  GeneratedCase simulate(CaseOutline outline, long caseNumber, SplittableRandom rng) {
    LocalDate[] dates =
        RegistrationTimeline.draw(outline.registrations(), profile.followUpMonths(), rng);
    Citizen citizen = Citizen.draw(dates[0], outline.ageAtFirst(), cprNumbers, rng);
    List<GeneratedRegistration> registrations = registrations(outline, dates, rng);
    CaseClosing closing =
        CaseClosing.draw(
            dates[dates.length - 1], dates.length, profile.followUpMonths(), habits, rng);
    return new GeneratedCase(
        municipality.code(),
        CaseIds.of(habits.caseIdStyle(), municipality.code(), caseNumber, dates[0]),
        citizen.cpr(),
        citizen.birthDate(),
        citizen.male(),
        citizen.name(),
        outline.targetGroup(),
        closing.caseClosed(),
        closing.closedDate(),
        closing.reason(),
        outline.service(),
        registrations);
  }

  private List<GeneratedRegistration> registrations(
      CaseOutline outline, LocalDate[] dates, SplittableRandom rng) {
    String service = outline.service();
    boolean residential = service.equals("SEL107");
    CaseProvision provision = CaseProvision.draw(municipality, habits, serviceLevel, outline, rng);
    double score = outline.firstVum();
    String goal = outline.firstGoalType();
    String funding = outline.fundingBasis();
    double amount =
        serviceLevel.initial(
            service,
            score,
            outline.ageAtFirst(),
            outline.targetGroup(),
            provision.providerType(),
            rng);
    List<GeneratedRegistration> registrations = new ArrayList<>(dates.length);
    for (int k = 0; k < dates.length; k++) {
      String fulfilled = null;
      if (k > 0) {
        String previousGoal = goal;
        fulfilled = fulfilment(outline, k, previousGoal, rng);
        double before = score;
        score = vum.next(score, previousGoal, fulfilled, rng);
        boolean improvementMet =
            "improvement".equals(previousGoal)
                && ("fully".equals(fulfilled) || "partially".equals(fulfilled));
        amount = serviceLevel.next(service, amount, improvementMet, score - before, rng);
        goal = nextGoal(previousGoal, score, rng);
        funding = fundingAfter(funding, rng);
      }
      String kind =
          k == 0 && rng.nextDouble() < habits.firstIsVisitation() ? "visitation" : "follow_up";
      registrations.add(
          new GeneratedRegistration(
              dates[k],
              kind,
              monthsBeforeFirst(k, kind, rng),
              initiator(k, rng),
              provision.providerName(),
              provision.providerType(),
              residential ? amount : null,
              residential ? null : amount,
              provision.groupHours(),
              score,
              goal != null,
              goal,
              vum.target(score, goal, rng),
              expectedGoalDate(goal, dates[k], rng),
              fulfilled,
              provision.concurrentService(),
              provision.concurrentDailyPrice(),
              funding,
              employmentMeasure(funding, rng)));
    }
    return registrations;
  }

  /** The first registration's goal is judged as the outline says; later ones are drawn. */
  private String fulfilment(CaseOutline outline, int k, String previousGoal, SplittableRandom rng) {
    if (previousGoal == null) {
      return "not_relevant";
    }
    return k == 1 ? outline.fulfilmentAtSecond() : fulfilments.fulfilment(previousGoal, rng);
  }

  /** Goals are mostly set again, and mostly of the same type as before. */
  private String nextGoal(String previousGoal, double score, SplittableRandom rng) {
    if (rng.nextDouble() >= profile.goalRate()) {
      return null;
    }
    return previousGoal != null && rng.nextDouble() < 0.8
        ? previousGoal
        : CaseMix.goalType(score, rng);
  }

  /**
   * For a first registration that follows up an earlier visitation: the months since it, about as
   * long as the municipality's first follow-up interval, whole months as the template asks, and
   * left empty in one case in five (the column is optional). Draws nothing otherwise, so that the
   * SEP profile's files stay as calibrated.
   */
  private Integer monthsBeforeFirst(int k, String kind, SplittableRandom rng) {
    if (!deliversMonthsBeforeFirst || k > 0 || !kind.equals("follow_up")) {
      return null;
    }
    if (rng.nextDouble() < 0.2) {
      return null;
    }
    return (int)
        Math.max(1, Math.round(profile.followUpMonths() * (0.55 + 0.9 * rng.nextDouble())));
  }

  /** Mostly the authority initiates, the more so at the first registration (fig 3.12). */
  private String initiator(int k, SplittableRandom rng) {
    if (!habits.recordsInitiator()) {
      return null;
    }
    double u = rng.nextDouble();
    double authority = k == 0 ? 0.85 : 0.72;
    if (u < authority) {
      return "authority";
    }
    if (u < authority + (k == 0 ? 0.07 : 0.17)) {
      return "provider";
    }
    return u < authority + (k == 0 ? 0.13 : 0.25) ? "citizen" : "other";
  }

  /** Most citizens keep their funding basis between registrations (the report on fig 3.7). */
  private static String fundingAfter(String funding, SplittableRandom rng) {
    if (funding == null || rng.nextDouble() >= 0.05) {
      return funding;
    }
    boolean towardsWork = rng.nextBoolean();
    return switch (funding) {
      case "cash_benefit_job_ready", "cash_benefit_not_job_ready" ->
          towardsWork ? "resource_course" : "disability_pension";
      case "resource_course" -> towardsWork ? "flex_job" : "disability_pension";
      default -> funding;
    };
  }

  private String employmentMeasure(String funding, SplittableRandom rng) {
    if (!habits.recordsEmploymentMeasure()) {
      return null;
    }
    double yes =
        switch (funding == null ? "" : funding) {
          case "cash_benefit_job_ready", "resource_course", "flex_job" -> 0.6;
          case "cash_benefit_not_job_ready" -> 0.35;
          default -> 0.12;
        };
    return rng.nextDouble() < yes ? "yes" : "no";
  }

  /** Four to twelve months ahead; left empty where that would pass the end of the data. */
  private LocalDate expectedGoalDate(String goal, LocalDate registered, SplittableRandom rng) {
    if (goal == null || !habits.recordsExpectedGoalDate()) {
      return null;
    }
    LocalDate expected = registered.plusDays(120 + rng.nextInt(245));
    return expected.isAfter(SepCalibration.LAST_DATE) ? null : expected;
  }
}
