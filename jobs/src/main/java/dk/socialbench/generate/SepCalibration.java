package dk.socialbench.generate;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of KL's SEP report (2018, seed 002) that the SEP profile reproduces, and the design
 * of the ten municipalities that realises them. The generator and its tests read the same figures.
 *
 * <p>Published figures are marked "published"; the rest is a plausible design where the report
 * gives only a word ("few", "mostly") or a figure without numbers.
 */
public final class SepCalibration {
  /** Published: 401 cases from 10 municipalities, 10 to 60 each. */
  public static final int CASES = 401;

  public static final int MIN_CASES_PER_MUNICIPALITY = 10;
  public static final int MAX_CASES_PER_MUNICIPALITY = 60;

  /**
   * Cases with at least k registrations, k = 1..9. Published: 401, 382, 169 and one case with 9;
   * the tail from 4 to 8 is designed.
   */
  public static final List<Integer> CASES_WITH_AT_LEAST =
      List.of(401, 382, 169, 62, 25, 11, 5, 2, 1);

  /** Target groups (published: >90% psychic, about even split, 6 physical, a few social). */
  public static final Map<String, Integer> TARGET_GROUP_CASES =
      ordered(
          "intellectual_cognitive", 182,
          "mental_illness", 178,
          "psychic_unspecified", 27,
          "physical", 6,
          "social", 8);

  /**
   * Funding basis at the first registration. Published: 287 cases with a funding basis, 99
   * disability pension, 116 cash benefit (mostly not job-ready); the rest is designed.
   */
  public static final Map<String, Integer> FUNDING_BASIS_CASES =
      ordered(
          "disability_pension", 99,
          "cash_benefit_not_job_ready", 84,
          "cash_benefit_job_ready", 32,
          "resource_course", 28,
          "flex_job", 20,
          "other", 14,
          "education_grant", 6,
          "wage", 4);

  public static final int CASES_WITH_FUNDING_BASIS = 287;
  public static final int DISABILITY_PENSION_CASES = 99;
  public static final int CASH_BENEFIT_CASES = 116;

  /**
   * Provider type. Published: 266 own municipality, 93 private, very few region or other
   * municipality; the cases without a provider type (the column is optional) are designed.
   */
  public static final Map<String, Integer> PROVIDER_TYPE_CASES =
      ordered("region", 5, "other_municipality", 11, "private", 93, "own_municipality", 266);

  public static final int CASES_WITHOUT_PROVIDER_TYPE = 26;

  /** Published: about 1/3 of the cases are §107, 2/3 §85. */
  public static final double SEL107_SHARE = 1.0 / 3;

  /** Published: goals set at the first registration in 93% of the cases (fig 3.1). */
  public static final double GOALS_SET_AT_FIRST = 0.93;

  /** Published: mean VUM at the first registration per municipality between 2.1 and 2.8. */
  public static final double MIN_MEAN_VUM = 2.1;

  public static final double MAX_MEAN_VUM = 2.8;

  /** Published: 7 of 10 municipalities set VUM targets, 6 of those expect a lower score. */
  public static final int MUNICIPALITIES_WITH_VUM_TARGETS = 7;

  public static final int MUNICIPALITIES_EXPECTING_LOWER_VUM = 6;

  /** Published: fewer than 20 cases each improve their VUM from registration 1 to 2 at 2 and 3. */
  public static final int IMPROVED_AT_SCORES_2_AND_3_BELOW = 20;

  /** Published: about half of the goals set at registration 1 are fully or partially met at 2. */
  public static final double GOALS_FULFILLED_FULLY_OR_PARTIALLY = 0.5;

  /** Published: fulfilment of improvement goals per municipality from just over 20% to ~75%. */
  public static final double MIN_MUNICIPAL_IMPROVEMENT_FULFILMENT = 0.22;

  public static final double MAX_MUNICIPAL_IMPROVEMENT_FULFILMENT = 0.75;

  /** Published: follow-up about every 10 to 12 months on average. */
  public static final double MIN_MEAN_FOLLOW_UP_MONTHS = 10;

  public static final double MAX_MEAN_FOLLOW_UP_MONTHS = 12;

  /** The report's data ends before its publication in 2018; no generated date is later. */
  public static final LocalDate LAST_DATE = LocalDate.of(2018, 6, 30);

  /** Published: a few cases go back to 2009; none earlier. */
  public static final LocalDate FIRST_DATE = LocalDate.of(2009, 1, 1);

  /** Published: most cases cover 2014 to 2016. */
  public static final int MAIN_PERIOD_FIRST_YEAR = 2014;

  public static final int MAIN_PERIOD_LAST_YEAR = 2016;

  /** Magnitudes the report's figures 3.13 to 3.16 show. */
  public static final double MIN_MEAN_DAILY_PRICE = 1000;

  public static final double MAX_MEAN_DAILY_PRICE = 3000;
  public static final double MIN_MEAN_HOURS = 5;
  public static final double MAX_MEAN_HOURS = 40;

  /**
   * The ten municipalities that delivered data, in the report's order, with the design that
   * realises the figures above. Municipal price and hours factors are deliberately independent of
   * mean VUM, so that a case-mix adjustment has something to find.
   */
  public static final List<SepMunicipality> MUNICIPALITIES =
      List.of(
          sep("153", 31, 0.35, 2.45, false, VumTargetPractice.NOT_SET, .94, .45, 1.05, 1.20, 11),
          sep("151", 44, 0.30, 2.55, true, VumTargetPractice.EXPECTS_LOWER, .95, .55, .95, .90, 12),
          sep("607", 60, 0.25, 2.30, false, VumTargetPractice.EXPECTS_LOWER, 1, .62, .85, .80, 10),
          sep(
              "147",
              52,
              0.45,
              2.70,
              true,
              VumTargetPractice.EXPECTS_LOWER,
              .90,
              .35,
              1.2,
              1.1,
              12.5),
          sep(
              "157",
              38,
              0.40,
              2.60,
              false,
              VumTargetPractice.EXPECTS_LOWER,
              .92,
              .75,
              1.15,
              1.3,
              9),
          sep(
              "219",
              27,
              0.30,
              2.20,
              false,
              VumTargetPractice.EXPECTS_HIGHER,
              .89,
              .40,
              .95,
              .85,
              13),
          sep("615", 58, 0.30, 2.50, true, VumTargetPractice.NOT_SET, .93, .50, .90, 1.00, 11),
          sep("183", 10, 0.20, 2.75, false, VumTargetPractice.NOT_SET, .90, .50, .92, 1.15, 12),
          sep(
              "410",
              25,
              0.35,
              2.15,
              false,
              VumTargetPractice.EXPECTS_LOWER,
              .88,
              .22,
              .88,
              .75,
              10),
          sep(
              "760",
              56,
              0.35,
              2.40,
              true,
              VumTargetPractice.EXPECTS_LOWER,
              .95,
              .45,
              .85,
              .95,
              11));

  /** One of the ten municipalities: how many cases it delivers and how it records them. */
  public record SepMunicipality(int cases, MunicipalityProfile profile) {
    public String code() {
      return profile.code();
    }
  }

  /** Frederiksberg and Middelfart rarely record a funding basis; the others mostly do. */
  static double fundingBasisRecorded(String code) {
    return switch (code) {
      case "147", "410" -> 0.25;
      default -> 0.85;
    };
  }

  /** Horsens reports many cases at the umbrella level "psychic" (the report's note to fig 3.15). */
  static boolean reportsUmbrellaTargetGroup(String code) {
    return code.equals("615");
  }

  private SepCalibration() {}

  private static SepMunicipality sep(
      String code,
      int cases,
      double sel107Share,
      double meanVum,
      boolean usesHalfStep,
      VumTargetPractice vumTargets,
      double goalRate,
      double improvementFulfilment,
      double priceFactor,
      double hoursFactor,
      double followUpMonths) {
    return new SepMunicipality(
        cases,
        new MunicipalityProfile(
            code,
            sel107Share,
            meanVum,
            usesHalfStep,
            vumTargets,
            goalRate,
            improvementFulfilment,
            priceFactor,
            hoursFactor,
            followUpMonths,
            fundingBasisRecorded(code),
            reportsUmbrellaTargetGroup(code)));
  }

  private static Map<String, Integer> ordered(Object... codeCountPairs) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < codeCountPairs.length; i += 2) {
      map.put((String) codeCountPairs[i], (Integer) codeCountPairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
