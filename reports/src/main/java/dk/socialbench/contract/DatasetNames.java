package dk.socialbench.contract;

/**
 * The name of every result dataset (its folder under {@code restricted/} and {@code published/}),
 * declared once: {@link ResultCatalogue} declares its datasets under these names, the analyses look
 * their dataset up by them, and the server picks datasets by them, so that renaming a dataset fails
 * the server's compilation. {@code String} constants rather than {@link ResultDataset}s, so that
 * they serve as {@code switch} labels and map keys; the dataset itself is {@code
 * ResultCatalogue.byName(name)}.
 *
 * <p>Several names are also a column's ({@code goals_set}, {@code goal_type}, {@code
 * funding_basis}: a distribution over that column): qualify these constants ({@code
 * DatasetNames.GOALS_SET}) and import {@link ResultColumns}' statically.
 */
public final class DatasetNames {
  private DatasetNames() {}

  public static final String CASES_BY_REGISTRATIONS = "cases_by_registrations";
  public static final String GOALS_SET = "goals_set";
  public static final String GOAL_TYPE = "goal_type";
  public static final String VUM_AND_TARGET = "vum_and_target";
  public static final String VUM_DEVELOPMENT = "vum_development";
  public static final String FUNDING_BASIS = "funding_basis";
  public static final String VUM_BY_FUNDING_BASIS = "vum_by_funding_basis";
  public static final String FOLLOW_UP_INTERVAL = "follow_up_interval";
  public static final String GOAL_FULFILMENT = "goal_fulfilment";
  public static final String IMPROVEMENT_GOAL_FULFILMENT = "improvement_goal_fulfilment";
  public static final String FOLLOW_UP_INITIATOR = "follow_up_initiator";
  public static final String PRICE_BY_VUM = "price_by_vum";
  public static final String PRICE_BY_AGE = "price_by_age";
  public static final String PRICE_BY_TARGET_GROUP = "price_by_target_group";
  public static final String PRICE_BY_MUNICIPALITY = "price_by_municipality";
  public static final String PRICE_CHANGE_BY_FULFILMENT = "price_change_by_fulfilment";
  public static final String PRICE_CHANGE_BY_SERVICE = "price_change_by_service";
  public static final String CASEMIX_BENCHMARK = "casemix_benchmark";
  public static final String CASEMIX_FUNNEL = "casemix_funnel";
  public static final String PROGRESSION_BY_PRICE = "progression_by_price";
  public static final String ACTIVITY_BY_YEAR = "activity_by_year";
  public static final String UNIT_COST_BY_YEAR = "unit_cost_by_year";
  public static final String DEVELOPMENT_BY_YEAR = "development_by_year";
  public static final String NEED_AGAINST_COST = "need_against_cost";
  public static final String MUNICIPALITY_OVERVIEW = "municipality_overview";
  public static final String COMPARISON_GROUPS = "comparison_groups";
  public static final String DATA_COMPLETENESS = "data_completeness";
  public static final String QUARANTINE_SUMMARY = "quarantine_summary";
  public static final String REJECTED_ROWS = "rejected_rows";
}
