package dk.socialbench.server.comparison;

import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.FULFILLED;
import static dk.socialbench.contract.ResultColumns.GOALS_SET;
import static dk.socialbench.contract.ResultColumns.GOAL_TYPE;
import static dk.socialbench.contract.ResultColumns.MEAN_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.MEAN_CI_LOW;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.MEAN_VUM_CI_LOW;
import static dk.socialbench.contract.ResultColumns.RATIO_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.RATIO_CI_LOW;
import static dk.socialbench.contract.ResultColumns.REGISTRATION_NUMBER;
import static dk.socialbench.contract.ResultColumns.SERVICE;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.SHARE_CI_LOW;
import static dk.socialbench.contract.ResultColumns.TOTAL;
import static dk.socialbench.contract.ResultColumns.VUM_CASES;
import static dk.socialbench.contract.ResultColumns.VUM_IMPROVED;
import static dk.socialbench.contract.ResultColumns.VUM_IMPROVED_CI_HIGH;
import static dk.socialbench.contract.ResultColumns.VUM_IMPROVED_CI_LOW;
import static dk.socialbench.contract.ResultColumns.VUM_IMPROVED_SHARE;

import dk.socialbench.contract.DatasetNames;
import dk.socialbench.contract.ResultCodes;
import dk.socialbench.contract.ResultColumns;
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
              DatasetNames.MUNICIPALITY_OVERVIEW,
              null,
              null,
              CASES,
              CASES,
              null,
              null,
              null,
              0),
          share("Mål sat ved 1. registrering", DatasetNames.GOALS_SET, GOALS_SET, ResultCodes.YES),
          share(
              "Mål om forbedret funktionsevne",
              DatasetNames.GOAL_TYPE,
              GOAL_TYPE,
              ResultCodes.IMPROVEMENT),
          new KeyFigure(
              "Gns. VUM-score ved 1. registrering",
              Kind.MEAN,
              DatasetNames.VUM_AND_TARGET,
              null,
              null,
              MEAN_VUM,
              CASES,
              null,
              MEAN_VUM_CI_LOW,
              MEAN_VUM_CI_HIGH,
              2),
          share(
              "Forbedringsmål helt eller delvist opfyldt (1. → 2. reg.)",
              DatasetNames.IMPROVEMENT_GOAL_FULFILMENT,
              FULFILLED,
              ResultCodes.YES),
          mean(
              "Gns. måneder fra 1. til 2. registrering",
              DatasetNames.FOLLOW_UP_INTERVAL,
              REGISTRATION_NUMBER,
              2,
              1),
          mean(
              "§85: gns. timer pr. måned",
              DatasetNames.PRICE_BY_MUNICIPALITY,
              SERVICE,
              ResultCodes.SEL85,
              1),
          mean(
              "§107: gns. dagspris (kr.)",
              DatasetNames.PRICE_BY_MUNICIPALITY,
              SERVICE,
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
        ResultColumns.SHARE,
        TOTAL,
        CASES,
        SHARE_CI_LOW,
        SHARE_CI_HIGH,
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
        ResultColumns.MEAN,
        CASES,
        null,
        MEAN_CI_LOW,
        MEAN_CI_HIGH,
        digits);
  }

  private static KeyFigure ratio(String label, String service) {
    return new KeyFigure(
        label,
        Kind.RATIO,
        DatasetNames.CASEMIX_BENCHMARK,
        SERVICE,
        service,
        ResultColumns.RATIO,
        CASES,
        null,
        RATIO_CI_LOW,
        RATIO_CI_HIGH,
        2);
  }

  private static KeyFigure improved(String label, String service) {
    return new KeyFigure(
        label,
        Kind.SHARE,
        DatasetNames.PROGRESSION_BY_PRICE,
        SERVICE,
        service,
        VUM_IMPROVED_SHARE,
        VUM_CASES,
        VUM_IMPROVED,
        VUM_IMPROVED_CI_LOW,
        VUM_IMPROVED_CI_HIGH,
        SHARE);
  }
}
