package dk.socialbench.server.comparison;

import dk.socialbench.contract.ResultCodes;
import java.util.List;

/**
 * One key figure of a benchmark's summary: a value of one row of a published dataset, how it is
 * pooled for a group, and how it is written.
 *
 * @param label the Danish name, for the summary table
 * @param kind how the figure is pooled for a comparison group
 * @param dataset the published dataset
 * @param column the dimension that selects the row, or null for a municipality's only row
 * @param code the value of {@code column} that selects the row
 * @param value the figure's column
 * @param n the column that counts its persons (cases)
 * @param numerator for a share, the column that counts the persons in the category
 * @param low the interval's lower bound column, or null
 * @param high the interval's upper bound column, or null
 * @param digits decimals to write; {@link #SHARE} for a percentage
 */
public record KeyFigure(
    String label,
    Kind kind,
    String dataset,
    String column,
    Object code,
    String value,
    String n,
    String numerator,
    String low,
    String high,
    int digits) {

  /** Written as a percentage. */
  public static final int SHARE = -1;

  /** How a group's figure is made from its members'. */
  public enum Kind {
    /** Persons: added up; no interval. */
    COUNT,
    /** A share of a line: counts added up, Wilson interval. */
    SHARE,
    /** A mean: pooled from means, n and t-intervals. */
    MEAN,
    /** A case-mix ratio actual/expected: pooled from actual and expected means. */
    RATIO
  }

  /** The summary's figures, in the order of the report's sections. */
  public static final List<KeyFigure> ALL =
      List.of(
          new KeyFigure(
              "Sager",
              Kind.COUNT,
              "municipality_overview",
              null,
              null,
              "cases",
              "cases",
              null,
              null,
              null,
              0),
          share("Mål sat ved 1. registrering", "goals_set", "goals_set", ResultCodes.YES),
          share("Mål om forbedret funktionsevne", "goal_type", "goal_type", "improvement"),
          new KeyFigure(
              "Gns. VUM-score ved 1. registrering",
              Kind.MEAN,
              "vum_and_target",
              null,
              null,
              "mean_vum",
              "cases",
              null,
              "mean_vum_ci_low",
              "mean_vum_ci_high",
              2),
          share(
              "Forbedringsmål helt eller delvist opfyldt (1. → 2. reg.)",
              "improvement_goal_fulfilment",
              "fulfilled",
              ResultCodes.YES),
          mean(
              "Gns. måneder fra 1. til 2. registrering",
              "follow_up_interval",
              "registration_number",
              2,
              1),
          mean(
              "§85: gns. timer pr. måned",
              "price_by_municipality",
              "service",
              ResultCodes.SEL85,
              1),
          mean(
              "§107: gns. dagspris (kr.)",
              "price_by_municipality",
              "service",
              ResultCodes.SEL107,
              0),
          ratio("§85: timer, faktisk/forventet (case-mix)", ResultCodes.SEL85),
          ratio("§107: pris, faktisk/forventet (case-mix)", ResultCodes.SEL107),
          improved("§85: forbedret VUM-score (1. → 2. reg.)", ResultCodes.SEL85),
          improved("§107: forbedret VUM-score (1. → 2. reg.)", ResultCodes.SEL107));

  /** Whether the figure is a case-mix ratio, whose reference is 1 (as expected). */
  public boolean isRatio() {
    return kind == Kind.RATIO;
  }

  private static KeyFigure share(String label, String dataset, String column, String code) {
    return new KeyFigure(
        label,
        Kind.SHARE,
        dataset,
        column,
        code,
        "share",
        "total",
        "cases",
        "share_ci_low",
        "share_ci_high",
        SHARE);
  }

  private static KeyFigure mean(
      String label, String dataset, String column, Object code, int digits) {
    return new KeyFigure(
        label,
        Kind.MEAN,
        dataset,
        column,
        code,
        "mean",
        "cases",
        null,
        "mean_ci_low",
        "mean_ci_high",
        digits);
  }

  private static KeyFigure ratio(String label, String service) {
    return new KeyFigure(
        label,
        Kind.RATIO,
        "casemix_benchmark",
        "service",
        service,
        "ratio",
        "cases",
        null,
        "ratio_ci_low",
        "ratio_ci_high",
        2);
  }

  private static KeyFigure improved(String label, String service) {
    return new KeyFigure(
        label,
        Kind.SHARE,
        "progression_by_price",
        "service",
        service,
        "vum_improved_share",
        "vum_cases",
        "vum_improved",
        "vum_improved_ci_low",
        "vum_improved_ci_high",
        SHARE);
  }
}
