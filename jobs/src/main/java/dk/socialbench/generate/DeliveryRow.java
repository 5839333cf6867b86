package dk.socialbench.generate;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The cells of one delivery row, column by column, handed to a {@link CellSink} that renders them
 * (CSV text or spreadsheet cells). The one place that maps the generated records to the columns.
 */
final class DeliveryRow {
  /** Receives typed cells; the writer decides how each type is rendered. */
  interface CellSink {
    void text(String value);

    /** An enumerated value, given as its code. */
    void code(Vocabulary vocabulary, String code);

    void date(LocalDate value);

    void number(double value);

    void empty();
  }

  private DeliveryRow() {}

  /**
   * The columns of the municipality's file: all of them in template order, minus the optional ones
   * the municipality never fills if its convention leaves those out, and minus {@code
   * months_since_previous} unless the profile delivers it.
   */
  static List<DeliveryColumn> columns(
      FileConvention convention,
      RecordingHabits habits,
      MunicipalityProfile profile,
      boolean deliversMonthsBeforeFirst) {
    Set<DeliveryColumn> unfilled = EnumSet.noneOf(DeliveryColumn.class);
    if (!deliversMonthsBeforeFirst) {
      // The SEP files keep the columns they were calibrated and published with.
      unfilled.add(DeliveryColumn.MONTHS_SINCE_PREVIOUS);
    }
    if (convention.omitsUnfilledColumns()) {
      if (!habits.recordsCaseClosed()) {
        unfilled.addAll(List.of(DeliveryColumn.CASE_CLOSED, DeliveryColumn.CLOSING_REASON));
      }
      if (!habits.recordsInitiator()) {
        unfilled.add(DeliveryColumn.INITIATOR);
      }
      if (habits.providerNameShare() == 0) {
        unfilled.add(DeliveryColumn.PROVIDER_NAME);
      }
      if (!habits.recordsHoursGroup()) {
        unfilled.add(DeliveryColumn.HOURS_GROUP);
      }
      if (profile.vumTargets() == VumTargetPractice.NOT_SET) {
        unfilled.add(DeliveryColumn.VUM_TARGET);
      }
      if (!habits.recordsExpectedGoalDate()) {
        unfilled.add(DeliveryColumn.EXPECTED_GOAL_DATE);
      }
      if (!habits.recordsConcurrentServices()) {
        unfilled.addAll(
            List.of(DeliveryColumn.CONCURRENT_SERVICE, DeliveryColumn.CONCURRENT_DAILY_PRICE));
      }
      if (!habits.recordsEmploymentMeasure()) {
        unfilled.add(DeliveryColumn.EMPLOYMENT_MEASURE);
      }
    }
    List<DeliveryColumn> columns = new ArrayList<>(List.of(DeliveryColumn.values()));
    columns.removeAll(unfilled);
    return List.copyOf(columns);
  }

  /** Emits the cell of {@code column} for registration {@code r} of case {@code c}. */
  static void emit(DeliveryColumn column, GeneratedCase c, GeneratedRegistration r, CellSink sink) {
    switch (column) {
      case MUNICIPALITY_CODE -> text(sink, c.municipalityCode());
      case CASE_ID -> text(sink, c.caseId());
      case CPR -> text(sink, c.cpr());
      case NAME -> text(sink, c.name());
      case TARGET_GROUP -> code(sink, Vocabulary.TARGET_GROUP, c.targetGroup());
      case CASE_CLOSED -> code(sink, Vocabulary.YES_NO, c.caseClosed());
      case CLOSED_DATE -> date(sink, c.closedDate());
      case CLOSING_REASON -> text(sink, c.closingReason());
      case REGISTRATION_DATE -> date(sink, r.date());
      case REGISTRATION_KIND -> code(sink, Vocabulary.REGISTRATION_KIND, r.kind());
      case MONTHS_SINCE_PREVIOUS ->
          number(
              sink, r.monthsSincePrevious() == null ? null : r.monthsSincePrevious().doubleValue());
      case INITIATOR -> code(sink, Vocabulary.INITIATOR, r.initiator());
      case SERVICE -> code(sink, Vocabulary.SERVICE, c.service());
      case PROVIDER_NAME -> text(sink, r.providerName());
      case PROVIDER_TYPE -> code(sink, Vocabulary.PROVIDER_TYPE, r.providerType());
      case DAILY_PRICE -> number(sink, r.dailyPrice());
      case HOURS_INDIVIDUAL -> number(sink, r.hoursIndividual());
      case HOURS_GROUP -> number(sink, r.hoursGroup());
      case VUM_SCORE -> sink.number(r.vumScore());
      case GOALS_SET -> sink.code(Vocabulary.YES_NO, r.goalsSet() ? "yes" : "no");
      case GOAL_TYPE -> code(sink, Vocabulary.GOAL_TYPE, r.goalType());
      case VUM_TARGET -> number(sink, r.vumTarget());
      case EXPECTED_GOAL_DATE -> date(sink, r.expectedGoalDate());
      case PREVIOUS_GOAL_FULFILLED ->
          code(sink, Vocabulary.GOAL_FULFILMENT, r.previousGoalFulfilled());
      case CONCURRENT_SERVICE -> text(sink, r.concurrentService());
      case CONCURRENT_DAILY_PRICE -> number(sink, r.concurrentDailyPrice());
      case FUNDING_BASIS -> code(sink, Vocabulary.FUNDING_BASIS, r.fundingBasis());
      case EMPLOYMENT_MEASURE -> code(sink, Vocabulary.YES_NO, r.employmentMeasure());
    }
  }

  private static void text(CellSink sink, String value) {
    if (value == null) {
      sink.empty();
    } else {
      sink.text(value);
    }
  }

  private static void code(CellSink sink, Vocabulary vocabulary, String code) {
    if (code == null) {
      sink.empty();
    } else {
      sink.code(vocabulary, code);
    }
  }

  private static void date(CellSink sink, LocalDate value) {
    if (value == null) {
      sink.empty();
    } else {
      sink.date(value);
    }
  }

  private static void number(CellSink sink, Double value) {
    if (value == null) {
      sink.empty();
    } else {
      sink.number(value);
    }
  }
}
