package dk.socialbench.analyses;

import dk.socialbench.contract.CuratedColumn;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One registration of a test {@link Case}: the service with its price, the VUM score, goals and the
 * judgement of the previous registration's goal. Columns a test does not set keep the defaults of
 * {@link Case}.
 *
 * <p>Example: {@code sel85(12).vum(3).goal(IMPROVEMENT).vumTarget(2)}, then at the next
 * registration {@code sel85(8).vum(2).judged(FULLY)}.
 */
final class Registration {
  static final String IMPROVEMENT = "improvement";
  static final String STATUS_QUO = "status_quo";
  static final String LIMITED_DETERIORATION = "limited_deterioration";

  static final String FULLY = "fully";
  static final String PARTIALLY = "partially";
  static final String NOT = "not";
  static final String NOT_RELEVANT = "not_relevant";

  final Map<CuratedColumn, Object> values = new EnumMap<>(CuratedColumn.class);
  double monthsAfterPrevious = 12;

  private Registration(String service) {
    values.put(CuratedColumn.SERVICE, service);
    values.put(CuratedColumn.VUM_SCORE, 2.0);
    values.put(CuratedColumn.GOALS_SET, false);
  }

  /** A §85 registration with {@code hours} individual support hours per month. */
  static Registration sel85(double hours) {
    return new Registration("SEL85").set(CuratedColumn.HOURS_INDIVIDUAL, hours);
  }

  /** A §107 registration with a daily price of {@code dkk}. */
  static Registration sel107(double dkk) {
    return new Registration("SEL107").set(CuratedColumn.DAILY_PRICE, dkk);
  }

  /** {@code hours} of §85 support per month in group, beside the individual hours. */
  Registration groupHours(double hours) {
    return set(CuratedColumn.HOURS_GROUP, hours);
  }

  /**
   * A case's first registration that follows up an earlier visitation outside the data, with the
   * months since it as the municipality delivered them (null: not delivered).
   */
  Registration followsUpEarlier(Double monthsSincePrevious) {
    return set(CuratedColumn.REGISTRATION_KIND, "follow_up")
        .set(CuratedColumn.MONTHS_SINCE_PREVIOUS, monthsSincePrevious);
  }

  /** A later registration that is a new visitation rather than a follow-up. */
  Registration revisitation() {
    return set(CuratedColumn.REGISTRATION_KIND, "visitation");
  }

  Registration vum(double score) {
    return set(CuratedColumn.VUM_SCORE, score);
  }

  /** Goals set at this registration, of {@code type} ("improvement", ...). */
  Registration goal(String type) {
    return set(CuratedColumn.GOALS_SET, true).set(CuratedColumn.GOAL_TYPE, type);
  }

  Registration vumTarget(double target) {
    return set(CuratedColumn.VUM_TARGET, target);
  }

  /** How the goal set at the previous registration was judged at this one ("fully", ...). */
  Registration judged(String fulfilment) {
    return set(CuratedColumn.PREVIOUS_GOAL_FULFILLED, fulfilment);
  }

  /** Months since the case's previous registration (12 unless set); dates follow. */
  Registration monthsAfterPrevious(double months) {
    this.monthsAfterPrevious = months;
    return this;
  }

  /** Registered on {@code date} (ISO), whatever the months since the previous registration. */
  Registration on(String date) {
    return set(CuratedColumn.REGISTRATION_DATE, java.sql.Date.valueOf(date));
  }

  Registration initiator(String initiator) {
    return set(CuratedColumn.INITIATOR, initiator);
  }

  Registration fundingBasis(String basis) {
    return set(CuratedColumn.FUNDING_BASIS, basis);
  }

  /** Any other column of the curated registrations. */
  Registration set(CuratedColumn column, Object value) {
    Objects.requireNonNull(column, "column == null");
    values.put(column, value);
    return this;
  }

  boolean goalsSet() {
    return Boolean.TRUE.equals(values.get(CuratedColumn.GOALS_SET));
  }
}
