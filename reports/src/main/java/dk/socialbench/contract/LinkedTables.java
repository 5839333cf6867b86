package dk.socialbench.contract;

import static dk.socialbench.contract.CellSum.of;
import static dk.socialbench.contract.DatasetNames.ACTIVITY_BY_YEAR;
import static dk.socialbench.contract.DatasetNames.CASEMIX_BENCHMARK;
import static dk.socialbench.contract.DatasetNames.CASES_BY_REGISTRATIONS;
import static dk.socialbench.contract.DatasetNames.FOLLOW_UP_INITIATOR;
import static dk.socialbench.contract.DatasetNames.FOLLOW_UP_INTERVAL;
import static dk.socialbench.contract.DatasetNames.GOAL_FULFILMENT;
import static dk.socialbench.contract.DatasetNames.IMPROVEMENT_GOAL_FULFILMENT;
import static dk.socialbench.contract.DatasetNames.MUNICIPALITY_OVERVIEW;
import static dk.socialbench.contract.DatasetNames.NEED_AGAINST_COST;
import static dk.socialbench.contract.DatasetNames.PRICE_BY_AGE;
import static dk.socialbench.contract.DatasetNames.PRICE_BY_MUNICIPALITY;
import static dk.socialbench.contract.DatasetNames.PRICE_BY_TARGET_GROUP;
import static dk.socialbench.contract.DatasetNames.PRICE_BY_VUM;
import static dk.socialbench.contract.DatasetNames.PRICE_CHANGE_BY_FULFILMENT;
import static dk.socialbench.contract.DatasetNames.PRICE_CHANGE_BY_SERVICE;
import static dk.socialbench.contract.DatasetNames.PROGRESSION_BY_PRICE;
import static dk.socialbench.contract.DatasetNames.UNIT_COST_BY_YEAR;
import static dk.socialbench.contract.DatasetNames.VUM_AND_TARGET;
import static dk.socialbench.contract.DatasetNames.VUM_BY_FUNDING_BASIS;
import static dk.socialbench.contract.Relation.atLeast;
import static dk.socialbench.contract.Relation.atMost;
import static dk.socialbench.contract.Relation.equal;
import static dk.socialbench.contract.ResultColumns.CHANGE;
import static dk.socialbench.contract.ResultColumns.DIRECTION;
import static dk.socialbench.contract.ResultColumns.FROM_REGISTRATION;
import static dk.socialbench.contract.ResultColumns.FULFILLED;
import static dk.socialbench.contract.ResultColumns.FULFILMENT;
import static dk.socialbench.contract.ResultColumns.GOALS_FULFILLED;
import static dk.socialbench.contract.ResultColumns.GOAL_CASES;
import static dk.socialbench.contract.ResultColumns.GOAL_FULFILLED;
import static dk.socialbench.contract.ResultColumns.GOAL_TYPE;
import static dk.socialbench.contract.ResultColumns.MIN_REGISTRATIONS;
import static dk.socialbench.contract.ResultColumns.REGISTRATIONS;
import static dk.socialbench.contract.ResultColumns.REGISTRATION_NUMBER;
import static dk.socialbench.contract.ResultColumns.SERVICE;
import static dk.socialbench.contract.ResultColumns.TARGET_CASES;
import static dk.socialbench.contract.ResultColumns.USERS_DEC31;
import static dk.socialbench.contract.ResultColumns.VUM_CASES;
import static dk.socialbench.contract.ResultColumns.VUM_FROM;
import static dk.socialbench.contract.ResultColumns.VUM_IMPROVED;
import static dk.socialbench.contract.ResultColumns.VUM_SCORE;
import static dk.socialbench.contract.ResultColumns.YEAR;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What anyone who knows how the published tables are made can rely on: the relations between
 * datasets ({@link #all()}: where one dataset's persons are counted again in another), and, within
 * a dataset, the structure its columns do not state on their own ({@link #cumulativeStage}, {@link
 * #pooledStage}). Together with what the columns declare (an additive last dimension adds up to the
 * line's {@code total}; municipalities add up to {@link Municipalities#ALL}), this is everything
 * the disclosure auditor assumes an attacker knows.
 *
 * <p>A new dataset is covered by its column declarations alone; where its persons are also counted
 * in another dataset, declare that here: an {@link Relation#equal} where the same persons are
 * counted, an {@link Relation#atMost} where a subset is. The auditor checks every relation against
 * the restricted rows and reports one that does not hold there (the relation is then wrong, not the
 * data).
 *
 * <p>Cells count distinct persons, and a person can have several cases: in several municipalities
 * (who moved; a municipality's row counts the person, and {@code all} once) or two in one (the
 * delivery format asks only that a case id be unique within the municipality). Where a cell counts
 * such a person once per category of the person's cases (a goal type, a service) the sum over a
 * dimension counts the person once per category, and where a dataset counts units (goals,
 * follow-ups, intervals, cases, registrations) a person with two cases adds two. So an equality
 * that holds where every person has one case says what holds otherwise ({@link
 * Relation#atLeastWithSeveralCases}, {@link Relation#atMostWithSeveralCases}, or nothing: {@link
 * Relation#onlyWithOneCaseEach}); the auditor uses the equality where the true counts satisfy it
 * and what holds otherwise where they do not.
 */
public final class LinkedTables {
  private LinkedTables() {}

  /** The stage value of a row pooled over every k (registration numbers start at 1). */
  public static final int POOLED = 0;

  private static final String OVERVIEW = MUNICIPALITY_OVERVIEW;
  private static final String BY_REGISTRATIONS = CASES_BY_REGISTRATIONS;

  /** "At least k" stages: a cell never exceeds the cell of a smaller k; the total is k = 1. */
  private static final Map<String, String> CUMULATIVE = Map.of(BY_REGISTRATIONS, MIN_REGISTRATIONS);

  /** Stages with a row {@link #POOLED} whose cells are the sum of the other k's, cell for cell. */
  private static final Map<String, String> POOLED_STAGES =
      Map.of(
          FOLLOW_UP_INTERVAL, REGISTRATION_NUMBER,
          GOAL_FULFILMENT, FROM_REGISTRATION,
          FOLLOW_UP_INITIATOR, REGISTRATION_NUMBER);

  /**
   * Datasets over time: a person served in two municipalities in a year (who moved) is counted in
   * both, and once in {@code all}, so the municipalities add up to at least {@code all}.
   */
  private static final java.util.Set<String> SEVERAL_MUNICIPALITIES =
      java.util.Set.of(
          ACTIVITY_BY_YEAR, UNIT_COST_BY_YEAR, DatasetNames.DEVELOPMENT_BY_YEAR, NEED_AGAINST_COST);

  private static final List<Relation> ALL =
      List.of(
          // Every municipality in the run delivered at least one case: the run lists them.
          atLeast(of(OVERVIEW), 1),
          // Persons at the first registration: every case has one.
          equal(of(BY_REGISTRATIONS).where(MIN_REGISTRATIONS, 1), of(OVERVIEW)),
          // A case with n registrations is counted at k = 1..n: the stages add up to them. A
          // person with two cases counts once per k, each case's registrations all: at most.
          equal(of(BY_REGISTRATIONS), of(OVERVIEW).column(REGISTRATIONS)).atMostWithSeveralCases(),
          // Each person's first registrations, by an answer: two cases with different answers
          // count the person under both, so the answers add up to at least the persons.
          equal(of(DatasetNames.GOALS_SET), of(OVERVIEW)).atLeastWithSeveralCases(),
          equal(
                  of(DatasetNames.GOAL_TYPE),
                  of(DatasetNames.GOALS_SET).where(ResultColumns.GOALS_SET, ResultCodes.YES))
              .atLeastWithSeveralCases(),
          // Persons, without a category.
          equal(of(VUM_AND_TARGET), of(OVERVIEW)),
          atMost(of(VUM_AND_TARGET).column(TARGET_CASES), of(VUM_AND_TARGET)),
          // A person with two cases at k is counted once per score and direction of each.
          equal(
                  of(DatasetNames.VUM_DEVELOPMENT).per(FROM_REGISTRATION),
                  of(BY_REGISTRATIONS).per(MIN_REGISTRATIONS))
              .atLeastWithSeveralCases(),
          equal(
                  of(DatasetNames.VUM_DEVELOPMENT)
                      .per(FROM_REGISTRATION)
                      .where(
                          DIRECTION, ResultCodes.IMPROVED, ResultCodes.SAME, ResultCodes.WORSENED),
                  of(BY_REGISTRATIONS).per(MIN_REGISTRATIONS).shift(1))
              .atLeastWithSeveralCases(),
          equal(of(DatasetNames.FUNDING_BASIS), of(OVERVIEW)).atLeastWithSeveralCases(),
          // The same persons by the same funding basis.
          equal(
              of(VUM_BY_FUNDING_BASIS).per(ResultColumns.FUNDING_BASIS),
              of(DatasetNames.FUNDING_BASIS).per(ResultColumns.FUNDING_BASIS)),
          // Follow-ups are what the delivery calls one (registration_kind), so not every k-th
          // registration of a case is one. These count units (follow-ups, goals), the other side
          // persons: a person with two cases adds two units, so nothing holds with several cases.
          atMost(
                  of(FOLLOW_UP_INTERVAL).per(REGISTRATION_NUMBER),
                  of(BY_REGISTRATIONS).per(MIN_REGISTRATIONS))
              .onlyWithOneCaseEach(),
          atMost(
                  of(FOLLOW_UP_INITIATOR).per(REGISTRATION_NUMBER),
                  of(BY_REGISTRATIONS).per(MIN_REGISTRATIONS))
              .onlyWithOneCaseEach(),
          atMost(
                  of(GOAL_FULFILMENT).where(FROM_REGISTRATION, 1).per(GOAL_TYPE),
                  of(DatasetNames.GOAL_TYPE).per(GOAL_TYPE))
              .onlyWithOneCaseEach(),
          atMost(
                  of(GOAL_FULFILMENT).per(FROM_REGISTRATION),
                  of(BY_REGISTRATIONS).per(MIN_REGISTRATIONS).shift(1))
              .onlyWithOneCaseEach(),
          // Persons against the goals judged: a person's two goals judged alike are one person.
          equal(
                  of(IMPROVEMENT_GOAL_FULFILMENT).where(FULFILLED, ResultCodes.YES),
                  of(GOAL_FULFILMENT)
                      .where(FROM_REGISTRATION, 1)
                      .where(GOAL_TYPE, ResultCodes.IMPROVEMENT)
                      .where(FULFILMENT, "fully", "partially"))
              .atMostWithSeveralCases(),
          equal(
                  of(IMPROVEMENT_GOAL_FULFILMENT).where(FULFILLED, ResultCodes.NO),
                  of(GOAL_FULFILMENT)
                      .where(FROM_REGISTRATION, 1)
                      .where(GOAL_TYPE, ResultCodes.IMPROVEMENT)
                      .where(FULFILMENT, "not"))
              .atMostWithSeveralCases(),
          // §85 hours and the §107 price are mandatory: every case is in the price figures. A
          // person is counted once per service, score, age group, target group of their cases.
          equal(of(PRICE_BY_MUNICIPALITY), of(OVERVIEW)).atLeastWithSeveralCases(),
          equal(of(PRICE_BY_VUM).per(SERVICE), of(PRICE_BY_MUNICIPALITY).per(SERVICE))
              .atLeastWithSeveralCases(),
          // Once per service on the left, once per direction on the right: either can be more.
          equal(
                  of(PRICE_BY_VUM).per(VUM_SCORE),
                  of(DatasetNames.VUM_DEVELOPMENT).where(FROM_REGISTRATION, 1).per(VUM_FROM))
              .onlyWithOneCaseEach(),
          equal(of(PRICE_BY_AGE).per(SERVICE), of(PRICE_BY_MUNICIPALITY).per(SERVICE))
              .atLeastWithSeveralCases(),
          equal(of(PRICE_BY_TARGET_GROUP).per(SERVICE), of(PRICE_BY_MUNICIPALITY).per(SERVICE))
              .atLeastWithSeveralCases(),
          equal(
                  of(PRICE_CHANGE_BY_SERVICE).per(GOAL_FULFILLED, CHANGE),
                  of(PRICE_CHANGE_BY_FULFILMENT).per(GOAL_FULFILLED, CHANGE))
              .atLeastWithSeveralCases(),
          // Once per change on the left, once on the right: either can be more.
          atMost(
                  of(PRICE_CHANGE_BY_FULFILMENT).where(GOAL_FULFILLED, ResultCodes.FULFILLED),
                  of(IMPROVEMENT_GOAL_FULFILMENT).where(FULFILLED, ResultCodes.YES))
              .onlyWithOneCaseEach(),
          atMost(
                  of(PRICE_CHANGE_BY_FULFILMENT).where(GOAL_FULFILLED, ResultCodes.NOT_FULFILLED),
                  of(IMPROVEMENT_GOAL_FULFILMENT).where(FULFILLED, ResultCodes.NO))
              .onlyWithOneCaseEach(),
          atMost(
                  of(PRICE_CHANGE_BY_SERVICE)
                      .per(SERVICE)
                      .where(GOAL_FULFILLED, ResultCodes.FULFILLED),
                  of(PROGRESSION_BY_PRICE).column(GOALS_FULFILLED).per(SERVICE))
              .onlyWithOneCaseEach(),
          // The case-mix benchmark counts the cases of the price figures: a person's two cases
          // of a service are two cases and one person.
          equal(of(CASEMIX_BENCHMARK).per(SERVICE), of(PRICE_BY_MUNICIPALITY).per(SERVICE))
              .atLeastWithSeveralCases(),
          equal(of(PROGRESSION_BY_PRICE).per(SERVICE), of(PRICE_BY_MUNICIPALITY).per(SERVICE)),
          // Once per service on the left, once per fulfilment on the right.
          equal(of(PROGRESSION_BY_PRICE).column(GOAL_CASES), of(IMPROVEMENT_GOAL_FULFILMENT))
              .onlyWithOneCaseEach(),
          // Once per service on the left, once on the right.
          equal(
                  of(PROGRESSION_BY_PRICE).column(GOALS_FULFILLED),
                  of(IMPROVEMENT_GOAL_FULFILMENT).where(FULFILLED, ResultCodes.YES))
              .atLeastWithSeveralCases(),
          equal(
                  of(PROGRESSION_BY_PRICE).column(VUM_CASES),
                  of(BY_REGISTRATIONS).where(MIN_REGISTRATIONS, 2))
              .atLeastWithSeveralCases(),
          // Once per service on the left, once per score on the right.
          equal(
                  of(PROGRESSION_BY_PRICE).column(VUM_IMPROVED),
                  of(DatasetNames.VUM_DEVELOPMENT)
                      .where(FROM_REGISTRATION, 1)
                      .where(DIRECTION, ResultCodes.IMPROVED))
              .onlyWithOneCaseEach(),
          // Over time (issue 15): a year's users of a service, those on 31 December among them,
          // the same users costed, and the period's users (each served in at least one year).
          atMost(
              of(ACTIVITY_BY_YEAR).column(USERS_DEC31).per(SERVICE, YEAR),
              of(ACTIVITY_BY_YEAR).per(SERVICE, YEAR)),
          equal(of(UNIT_COST_BY_YEAR).per(SERVICE, YEAR), of(ACTIVITY_BY_YEAR).per(SERVICE, YEAR)),
          // Not here: a year's users are at least its true full-year users, but those are
          // published scaled to the published users, so the bound holds between published
          // numbers only and tells nothing of the truth (LinearAttackTest shows it exact).

          atMost(of(NEED_AGAINST_COST).per(SERVICE), of(ACTIVITY_BY_YEAR).per(SERVICE)));

  /** Every relation between datasets of the {@link ResultCatalogue}. */
  public static List<Relation> all() {
    return ALL;
  }

  /**
   * Whether the municipalities of {@code dataset} are never assumed to add up to {@code all}, only
   * to at least it: over time, where a person served in two municipalities in a year counts in both
   * whatever the cases. Every other person-level count adds up to {@code all} where each person has
   * one municipality.
   */
  public static boolean severalMunicipalities(String dataset) {
    return SEVERAL_MUNICIPALITIES.contains(dataset);
  }

  /** The dataset's "at least k" stage, if it has one: {@code min_registrations}. */
  public static Optional<String> cumulativeStage(String dataset) {
    return Optional.ofNullable(CUMULATIVE.get(dataset));
  }

  /** The dataset's stage with a {@link #POOLED} row, if it has one. */
  public static Optional<String> pooledStage(String dataset) {
    return Optional.ofNullable(POOLED_STAGES.get(dataset));
  }
}
