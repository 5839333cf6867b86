package dk.socialbench.contract;

import java.util.List;

/**
 * The codes in result columns that code on either side of the contract names: those analyses write
 * and no delivery holds (the delivery's codes are in {@link Vocabulary}), and the two services and
 * the improvement goal, which reports single out ({@link Vocabulary} takes these from here). The
 * analyses write them with these constants; the server picks rows by them and orders and labels
 * them through {@link CodeList}.
 *
 * <p>Example: {@code VumDevelopment} writes {@link #IMPROVED} in {@code direction} when the next
 * registration's VUM score is lower.
 */
public final class ResultCodes {
  private ResultCodes() {}

  /** {@code service}: §85, support in the citizen's home (hours per month). */
  public static final String SEL85 = "SEL85";

  /** {@code service}: §107, temporary residential offer (daily price). */
  public static final String SEL107 = "SEL107";

  /** {@code goal_type}: a goal of better functioning, the one the report follows up. */
  public static final String IMPROVEMENT = "improvement";

  /** {@code goals_set}, {@code fulfilled}: a delivered yes/no as a category. */
  public static final String YES = "yes";

  public static final String NO = "no";

  /** {@code direction}: the VUM score at the next registration is lower (better). */
  public static final String IMPROVED = "improved";

  /** {@code direction} and {@code change}: the same at the next registration. */
  public static final String SAME = "same";

  public static final String WORSENED = "worsened";

  /** {@code direction}: the case has no registration after this one. */
  public static final String NO_NEXT_REGISTRATION = "no_next_registration";

  /** {@code goal_fulfilled}: an improvement goal fully or partially fulfilled. */
  public static final String FULFILLED = "fulfilled";

  public static final String NOT_FULFILLED = "not_fulfilled";

  /** {@code change}: the price at the next registration is lower. */
  public static final String LOWER = "lower";

  public static final String HIGHER = "higher";

  /** {@code age_group}: under 40 at the first registration. */
  public static final String UNDER_40 = "under_40";

  public static final String FORTY_AND_OVER = "40_and_over";

  /**
   * {@code age_group} of a municipality's row: every age together (the split is published for
   * {@code all} only, {@link MunicipalRecoding}).
   */
  public static final String ALL_AGES = "all_ages";

  /** {@code initiator}, {@code funding_basis}: the delivery left the optional cell empty. */
  public static final String NOT_REPORTED = "not_reported";

  /** {@code key_figure} of {@code development_by_year}: the share with goals at the first. */
  public static final String GOALS_SET = "goals_set";

  /** {@code key_figure}: the share of improvement goals fully or partially fulfilled. */
  public static final String IMPROVEMENT_GOALS_FULFILLED = "improvement_goals_fulfilled";

  /** {@code key_figure}: the share with a better VUM score at the follow-up. */
  public static final String VUM_IMPROVED = "vum_improved";

  /** {@code key_figure}: the mean §107 daily price at the first registration. */
  public static final String DAILY_PRICE_SEL107 = "daily_price_sel107";

  /** {@code key_figure}: the mean §85 hours per month at the first registration. */
  public static final String HOURS_SEL85 = "hours_sel85";

  /** {@code key_figure}: §107 kroner per full-year user per year. */
  public static final String UNIT_COST_SEL107 = "unit_cost_sel107";

  /** {@code key_figure}: §85 hours per full-year user per month. */
  public static final String UNIT_COST_SEL85 = "unit_cost_sel85";

  /**
   * {@code key_figure} of {@code development_by_year}: the key figures in the report's order; the
   * first three are shares of persons.
   */
  public static final List<String> KEY_FIGURES =
      List.of(
          GOALS_SET,
          IMPROVEMENT_GOALS_FULFILLED,
          VUM_IMPROVED,
          DAILY_PRICE_SEL107,
          HOURS_SEL85,
          UNIT_COST_SEL107,
          UNIT_COST_SEL85);

  /** The key figures that are a unit cost per full-year user, computed from service years. */
  public static final List<String> UNIT_COST_KEY_FIGURES =
      List.of(UNIT_COST_SEL107, UNIT_COST_SEL85);
}
