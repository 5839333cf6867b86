package dk.socialbench.contract;

/**
 * The name of every result column, declared once: {@link ResultCatalogue} builds its datasets from
 * these constants, the analyses name their output columns with them, and the server reads rows by
 * them, so that renaming a column fails the server's compilation instead of leaving a figure empty.
 *
 * <p>Why names and not {@link Column}s: the same column recurs in many datasets with a title, type
 * or role of its own there ({@code mean} is "Gns. VUM-score" in one, "Gns. antal måneder" in
 * another); the catalogue gives each dataset's column its title, this class only its name. Why
 * {@code String} constants: they are compile-time constants, usable as {@code switch} labels and as
 * the keys of the server's rows ({@code Map<String, Object>}) without conversion.
 *
 * <p>Example: {@code cells.interval(row, MEAN_VUM_CI_LOW, MEAN_VUM_CI_HIGH, 2)}; {@code
 * ResultCatalogue.byName(DatasetNames.VUM_AND_TARGET).column(MEAN_VUM)} is present.
 */
public final class ResultColumns {
  private ResultColumns() {}

  // Every dataset's first column: the municipality, or Municipalities#ALL.
  public static final String MUNICIPALITY_CODE = "municipality_code";

  // The dimensions that say what a cell is about (categories and stages).
  public static final String SERVICE = "service";
  public static final String MIN_REGISTRATIONS = "min_registrations";
  public static final String GOALS_SET = "goals_set";
  public static final String GOAL_TYPE = "goal_type";
  public static final String FROM_REGISTRATION = "from_registration";
  public static final String VUM_FROM = "vum_from";
  public static final String DIRECTION = "direction";
  public static final String FUNDING_BASIS = "funding_basis";
  public static final String REGISTRATION_NUMBER = "registration_number";
  public static final String FULFILMENT = "fulfilment";
  public static final String FULFILLED = "fulfilled";
  public static final String INITIATOR = "initiator";
  public static final String VUM_SCORE = "vum_score";
  public static final String AGE_GROUP = "age_group";
  public static final String TARGET_GROUP = "target_group";
  public static final String GOAL_FULFILLED = "goal_fulfilled";
  public static final String CHANGE = "change";
  public static final String YEAR = "year";
  public static final String KEY_FIGURE = "key_figure";
  public static final String PEER_CODE = "peer_code";
  public static final String COLUMN = "column";
  public static final String RULE = "rule";
  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_LINE = "source_line";

  // A distribution's figures: persons in the cell, the line's total, the share and its Wilson
  // interval.
  public static final String CASES = "cases";
  public static final String TOTAL = "total";
  public static final String SHARE = "share";
  public static final String SHARE_CI_LOW = "share_ci_low";
  public static final String SHARE_CI_HIGH = "share_ci_high";

  // A mean's figures (the persons are in CASES); price means add the §85 individual hours.
  public static final String MEAN = "mean";
  public static final String MEDIAN = "median";
  public static final String MEAN_CI_LOW = "mean_ci_low";
  public static final String MEAN_CI_HIGH = "mean_ci_high";
  public static final String MEAN_HOURS_INDIVIDUAL = "mean_hours_individual";

  // vum_and_target: the mean VUM score and, for the cases with a target, the mean target.
  public static final String MEAN_VUM = "mean_vum";
  public static final String MEAN_VUM_CI_LOW = "mean_vum_ci_low";
  public static final String MEAN_VUM_CI_HIGH = "mean_vum_ci_high";
  public static final String TARGET_CASES = "target_cases";
  public static final String MEAN_VUM_OF_TARGET_CASES = "mean_vum_of_target_cases";
  public static final String MEAN_VUM_TARGET = "mean_vum_target";
  public static final String MEAN_VUM_TARGET_CI_LOW = "mean_vum_target_ci_low";
  public static final String MEAN_VUM_TARGET_CI_HIGH = "mean_vum_target_ci_high";

  // casemix_benchmark: actual against expected mean, raw and shrunken towards 1.
  public static final String ACTUAL_MEAN = "actual_mean";
  public static final String EXPECTED_MEAN = "expected_mean";
  public static final String RATIO = "ratio";
  public static final String RATIO_CI_LOW = "ratio_ci_low";
  public static final String RATIO_CI_HIGH = "ratio_ci_high";
  public static final String PRECISION = "precision";
  public static final String SHRUNKEN_RATIO = "shrunken_ratio";
  public static final String SHRUNKEN_CI_LOW = "shrunken_ci_low";
  public static final String SHRUNKEN_CI_HIGH = "shrunken_ci_high";

  // casemix_funnel: the control limits at each point of precision.
  public static final String POINT = "point";
  public static final String LIMIT_95_LOW = "limit_95_low";
  public static final String LIMIT_95_HIGH = "limit_95_high";
  public static final String LIMIT_998_LOW = "limit_998_low";
  public static final String LIMIT_998_HIGH = "limit_998_high";
  public static final String MUNICIPALITIES = "municipalities";
  public static final String PHI = "phi";
  public static final String TAU2 = "tau2";

  // progression_by_price: price, goals fulfilled and VUM improved per service.
  public static final String MEAN_PRICE = "mean_price";
  public static final String MEAN_PRICE_CI_LOW = "mean_price_ci_low";
  public static final String MEAN_PRICE_CI_HIGH = "mean_price_ci_high";
  public static final String GOAL_CASES = "goal_cases";
  public static final String GOALS_FULFILLED = "goals_fulfilled";
  public static final String GOALS_FULFILLED_SHARE = "goals_fulfilled_share";
  public static final String GOALS_FULFILLED_CI_LOW = "goals_fulfilled_ci_low";
  public static final String GOALS_FULFILLED_CI_HIGH = "goals_fulfilled_ci_high";
  public static final String VUM_CASES = "vum_cases";
  public static final String VUM_IMPROVED = "vum_improved";
  public static final String VUM_IMPROVED_SHARE = "vum_improved_share";
  public static final String VUM_IMPROVED_CI_LOW = "vum_improved_ci_low";
  public static final String VUM_IMPROVED_CI_HIGH = "vum_improved_ci_high";

  // activity_by_year, unit_cost_by_year and need_against_cost: users and what they cost.
  public static final String FULL_YEAR_USERS = "full_year_users";
  public static final String UNIQUE_USERS = "unique_users";
  public static final String USERS_DEC31 = "users_dec31";
  public static final String USERS = "users";
  public static final String AMOUNT = "amount";
  public static final String PER_YEAR = "per_year";
  public static final String PER_YEAR_CI_LOW = "per_year_ci_low";
  public static final String PER_YEAR_CI_HIGH = "per_year_ci_high";
  public static final String PER_MONTH = "per_month";
  public static final String PER_MONTH_CI_LOW = "per_month_ci_low";
  public static final String PER_MONTH_CI_HIGH = "per_month_ci_high";

  // development_by_year: one key figure's persons, those with the outcome, and its value.
  public static final String PERSONS = "persons";
  public static final String PERSONS_WITH = "persons_with";
  public static final String VALUE = "value";
  public static final String VALUE_CI_LOW = "value_ci_low";
  public static final String VALUE_CI_HIGH = "value_ci_high";

  // municipality_overview: what the municipality delivered.
  public static final String REGISTRATIONS = "registrations";
  public static final String FIRST_REGISTRATION_DATE = "first_registration_date";
  public static final String LAST_REGISTRATION_DATE = "last_registration_date";

  // comparison_groups: how near a peer is.
  public static final String RANK = "rank";

  // data_completeness and quarantine_summary: how complete the delivery is, how many rows were
  // rejected.
  public static final String MANDATORY = "mandatory";
  public static final String APPLICABLE_ROWS = "applicable_rows";
  public static final String FILLED_ROWS = "filled_rows";
  public static final String SHARE_FILLED = "share_filled";
  public static final String ROWS = "rows";
}
