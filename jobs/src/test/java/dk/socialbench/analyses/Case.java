package dk.socialbench.analyses;

import dk.socialbench.contract.CuratedColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A test case (one citizen in one municipality) with its registrations in order. Master data
 * defaults to a woman of 35 with a mental illness, first registered on 15 January 2015; each later
 * registration comes 12 months after the previous one unless it says otherwise.
 *
 * <p>Example: {@code Case.in(FREDERIKSBERG, "a").age(42).registrations(sel107(1500).vum(3))}.
 */
final class Case {
  static final LocalDate FIRST_DATE = LocalDate.of(2015, 1, 15);

  final String municipality;
  final String id;
  final Map<CuratedColumn, Object> master = new EnumMap<>(CuratedColumn.class);
  final List<Registration> registrations = new ArrayList<>();

  private Case(String municipality, String id) {
    this.municipality = Objects.requireNonNull(municipality, "municipality == null");
    this.id = Objects.requireNonNull(id, "id == null");
    master.put(CuratedColumn.PERSON_KEY, "person-" + municipality + "-" + id);
    master.put(CuratedColumn.SEX, "F");
    master.put(CuratedColumn.AGE_AT_REGISTRATION, 35);
    master.put(CuratedColumn.TARGET_GROUP, "mental_illness");
  }

  static Case in(String municipality, String id) {
    return new Case(municipality, id);
  }

  /** Age at every registration (analyses read it at the first). */
  Case age(int years) {
    master.put(CuratedColumn.AGE_AT_REGISTRATION, years);
    return this;
  }

  Case targetGroup(String targetGroup) {
    master.put(CuratedColumn.TARGET_GROUP, targetGroup);
    return this;
  }

  /** The case was closed on {@code date} (ISO). */
  Case closed(String date) {
    master.put(CuratedColumn.CASE_CLOSED, true);
    master.put(CuratedColumn.CLOSED_DATE, java.sql.Date.valueOf(date));
    return this;
  }

  /** The citizen's pseudonym, for a person with more than one case. */
  Case person(String personKey) {
    master.put(CuratedColumn.PERSON_KEY, personKey);
    return this;
  }

  /** Any other master-data column of the curated registrations. */
  Case set(CuratedColumn column, Object value) {
    master.put(column, value);
    return this;
  }

  Case registrations(Registration... more) {
    registrations.addAll(List.of(more));
    return this;
  }
}
