package dk.socialbench.ingest;

import static dk.socialbench.contract.DeliveryColumn.CASE_CLOSED;
import static dk.socialbench.contract.DeliveryColumn.CASE_ID;
import static dk.socialbench.contract.DeliveryColumn.CLOSED_DATE;
import static dk.socialbench.contract.DeliveryColumn.CLOSING_REASON;
import static dk.socialbench.contract.DeliveryColumn.CPR;
import static dk.socialbench.contract.DeliveryColumn.DAILY_PRICE;
import static dk.socialbench.contract.DeliveryColumn.GOAL_TYPE;
import static dk.socialbench.contract.DeliveryColumn.HOURS_INDIVIDUAL;
import static dk.socialbench.contract.DeliveryColumn.MUNICIPALITY_CODE;
import static dk.socialbench.contract.DeliveryColumn.PROVIDER_NAME;
import static dk.socialbench.contract.DeliveryColumn.REGISTRATION_DATE;
import static dk.socialbench.contract.DeliveryColumn.SERVICE;
import static dk.socialbench.contract.DeliveryColumn.TARGET_GROUP;
import static dk.socialbench.contract.DeliveryColumn.VUM_SCORE;
import static dk.socialbench.contract.DeliveryColumn.VUM_TARGET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.DeliveryColumn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowValidatorTest {
  private final RowValidator validator = new RowValidator(LocalDate.of(2026, 11, 24));

  private Registration accepted(Rows row) {
    RowValidator.Outcome outcome = validator.validate(row.raw());
    assertTrue(outcome.accepted(), () -> "rejected: " + outcome.errors());
    return outcome.registration();
  }

  private DeliveryError onlyError(Rows row) {
    RowValidator.Outcome outcome = validator.validate(row.raw());
    assertFalse(outcome.accepted(), "accepted a row that breaks a rule");
    assertEquals(1, outcome.errors().size(), () -> "errors: " + outcome.errors());
    DeliveryError e = outcome.errors().get(0);
    assertEquals("test.csv", e.file());
    assertEquals(7, e.line());
    return e;
  }

  @Test
  void a_valid_row_is_accepted_with_typed_values_age_and_sex() {
    Registration r = accepted(Rows.valid());
    assertEquals("147", r.municipalityCode());
    assertEquals(LocalDate.of(2015, 3, 1), r.registrationDate());
    assertEquals(25, r.ageAtRegistration());
    assertFalse(r.cpr().male());
    assertEquals(12.0, r.hoursIndividual());
    assertTrue(r.goalsSet());
  }

  @ParameterizedTest(name = "months since previous {0} is {1}")
  @CsvSource({
    "11,11",
    "0,0",
    "'',",
    "2.5,not_whole_number",
    "-3,negative_number",
    "x,invalid_number"
  })
  void months_since_previous_is_a_whole_number_of_months(String cell, String outcome) {
    Rows row =
        cell == null || cell.isEmpty()
            ? Rows.valid().clear(DeliveryColumn.MONTHS_SINCE_PREVIOUS)
            : Rows.valid().set(DeliveryColumn.MONTHS_SINCE_PREVIOUS, cell);
    if (outcome == null || outcome.matches("\\d+")) {
      Integer expected = outcome == null ? null : Integer.valueOf(outcome);
      assertEquals(expected, accepted(row).monthsSincePrevious());
    } else {
      DeliveryError e = onlyError(row);
      assertEquals("months_since_previous", e.column());
      assertEquals(outcome, e.rule().code());
    }
  }

  @ParameterizedTest(name = "VUM {0} is {1}")
  @CsvSource({"3.5, 3.5", "'3,5', 3.5", "0, 0", "4, 4", "'2,0', 2"})
  void vum_scores_accept_the_in_between_category_and_decimal_comma(String text, double score) {
    assertEquals(score, accepted(Rows.valid().set(VUM_SCORE, text)).vumScore());
  }

  @Test
  void danish_aliases_of_values_are_accepted() {
    Registration r =
        accepted(
            Rows.valid()
                .set(SERVICE, "§107")
                .set(DAILY_PRICE, "1850,50")
                .set(TARGET_GROUP, "Intellektuel/kognitiv")
                .set(GOAL_TYPE, "status quo"));
    assertEquals("SEL107", r.service());
    assertEquals(1850.5, r.dailyPrice());
    assertEquals("intellectual_cognitive", r.targetGroup());
    assertEquals("status_quo", r.goalType());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2015-03-01", "01-03-2015", "1-3-2015", "2015-3-1"})
  void both_date_forms_are_accepted(String text) {
    assertEquals(
        LocalDate.of(2015, 3, 1),
        accepted(Rows.valid().set(REGISTRATION_DATE, text)).registrationDate());
  }

  @ParameterizedTest(name = "CPR {0}: born {1}, age {2} on 1 Mar 2015")
  @CsvSource({
    "010190-1234, 1990-01-01, 25",
    "0101901234, 1990-01-01, 25",
    "010100-4234, 2000-01-01, 15",
    "010137-4234, 1937-01-01, 78",
    "010100-9234, 2000-01-01, 15",
    "010137-9234, 1937-01-01, 78",
    "010157-5234, 2057-01-01, -1",
    "010158-6234, 1858-01-01, 157",
    "610190-1234, 1990-01-01, 25",
    "101901234, 1990-01-01, 25" // a spreadsheet dropped the leading zero
  })
  void every_cpr_century_case_is_accepted(String cpr, LocalDate born, int age) {
    Rows row = Rows.valid().set(CPR, cpr);
    if (age < 0) {
      // Born in 2057: a registration in 2015 is before birth.
      assertEquals(Rule.BEFORE_BIRTH, onlyError(row).rule());
      return;
    }
    Registration r = accepted(row);
    assertEquals(born, r.cpr().birthDate());
    assertEquals(age, r.ageAtRegistration());
  }

  @ParameterizedTest(name = "{1} = ''{2}'' breaks {0}")
  @CsvSource({
    "MISSING_VALUE, TARGET_GROUP, ''",
    "MISSING_VALUE, VUM_SCORE, ''",
    "UNKNOWN_MUNICIPALITY, MUNICIPALITY_CODE, 999",
    "INVALID_CPR, CPR, 320190-1234",
    "INVALID_CPR, CPR, 12345",
    "INVALID_DATE, REGISTRATION_DATE, 2015-13-01",
    "INVALID_DATE, REGISTRATION_DATE, 01/03/2015",
    "FUTURE_DATE, REGISTRATION_DATE, 2027-01-01",
    "BEFORE_BIRTH, REGISTRATION_DATE, 1989-12-31",
    "INVALID_VALUE, SERVICE, §108",
    "INVALID_VALUE, GOAL_TYPE, bedre",
    "INVALID_NUMBER, HOURS_INDIVIDUAL, 12t",
    "INVALID_NUMBER, HOURS_INDIVIDUAL, '1.250,50'",
    "NEGATIVE_NUMBER, HOURS_INDIVIDUAL, -3",
    "INVALID_VUM_SCORE, VUM_SCORE, 2.5",
    "INVALID_VUM_SCORE, VUM_SCORE, 5",
    "INVALID_VUM_SCORE, VUM_TARGET, 1.5",
    "TOO_LONG, CASE_ID, 12345678901234567890123456789012345678901",
    "CASE_ID_LOOKS_LIKE_CPR, CASE_ID, 010190-1234",
    "CASE_ID_LOOKS_LIKE_CPR, CASE_ID, S 01.01.90-1234",
    "CASE_ID_CONTAINS_NAME, CASE_ID, Testesens sag",
    "VALUE_LOOKS_LIKE_CPR, HOURS_INDIVIDUAL, 0101901234",
    "VALUE_LOOKS_LIKE_CPR, TARGET_GROUP, 01.01.90-1234",
    "VALUE_LOOKS_LIKE_CPR, MUNICIPALITY_CODE, 010190 1234",
    "HOURS_MISSING, HOURS_INDIVIDUAL, ''",
    "GOAL_TYPE_MISSING, GOAL_TYPE, ''",
  })
  void each_rule_rejects_the_row_with_its_column_and_reason(
      Rule rule, DeliveryColumn column, String value) {
    Rows row = value.isEmpty() ? Rows.valid().clear(column) : Rows.valid().set(column, value);
    DeliveryError e = onlyError(row);
    assertEquals(rule, e.rule());
    assertEquals(column.code(), e.column());
    assertNotNull(e.reason());
    assertFalse(e.reason().isBlank());
    // A reason says what is wrong and what is allowed, never what was delivered.
    assertFalse(value.length() >= 3 && e.reason().contains(value), e.reason());
  }

  /**
   * A CPR number hidden in a number (inside a longer one, with thousands separators, as a double)
   * was refused as an invalid number, its value kept in the quarantine, or accepted as an amount.
   */
  @ParameterizedTest
  @CsvSource({
    "DAILY_PRICE, 99010190123477",
    "HOURS_INDIVIDUAL, +450101901234",
    "HOURS_GROUP, 1.001.901.234",
    "CONCURRENT_DAILY_PRICE, '1,01901234E8'"
  })
  void a_cpr_number_hidden_in_a_number_is_refused_without_its_value(
      DeliveryColumn column, String value) {
    DeliveryError e = onlyError(Rows.valid().set(column, value));
    assertEquals(Rule.VALUE_LOOKS_LIKE_CPR, e.rule());
    assertNull(e.value(), "the quarantine keeps no value of a refused CPR-like cell");
  }

  @Test
  void a_sel107_row_needs_a_daily_price() {
    DeliveryError e = onlyError(Rows.valid().set(SERVICE, "SEL107").clear(HOURS_INDIVIDUAL));
    assertEquals(Rule.DAILY_PRICE_MISSING, e.rule());
    assertEquals("Dagspris skal udfyldes, når ydelsen er §107", e.reason());
  }

  @Test
  void a_closed_case_needs_a_closing_date() {
    assertEquals(Rule.CLOSED_DATE_MISSING, onlyError(Rows.valid().set(CASE_CLOSED, "ja")).rule());
    accepted(Rows.valid().set(CASE_CLOSED, "ja").set(CLOSED_DATE, "31-12-2016"));
  }

  @Test
  void extra_cells_beyond_the_header_reject_the_row() {
    assertEquals(Rule.EXTRA_CELLS, onlyError(Rows.valid().extraCells(2)).rule());
  }

  @Test
  void every_error_of_a_row_is_reported_not_just_the_first() {
    RowValidator.Outcome outcome =
        validator.validate(
            Rows.valid()
                .set(VUM_SCORE, "9")
                .set(MUNICIPALITY_CODE, "000")
                .clear(TARGET_GROUP)
                .raw());
    assertEquals(
        List.of(Rule.UNKNOWN_MUNICIPALITY, Rule.MISSING_VALUE, Rule.INVALID_VUM_SCORE),
        outcome.errors().stream().map(DeliveryError::rule).toList());
  }

  @Test
  void an_invalid_cpr_is_kept_only_masked_and_only_in_its_own_column() {
    RowValidator.Outcome outcome = validator.validate(Rows.valid().set(CPR, "320190-1234").raw());
    DeliveryError e = outcome.errors().get(0);
    assertEquals(Rule.INVALID_CPR, e.rule());
    assertEquals(null, e.value());
    assertEquals("320190-XXXX", outcome.maskedCpr());
    assertFalse(e.reason().matches(".*\\d{4}.*"), e.reason());
  }

  @Test
  void a_name_in_the_cpr_column_is_not_kept_at_all() {
    RowValidator.Outcome outcome = validator.validate(Rows.valid().set(CPR, "Else Testesen").raw());
    assertEquals(Rule.INVALID_CPR, outcome.errors().get(0).rule());
    assertEquals(null, outcome.errors().get(0).value());
    assertEquals(null, outcome.maskedCpr());
  }

  @Test
  void a_rejected_value_keeps_neither_a_cpr_number_nor_the_rows_name() {
    DeliveryError group =
        onlyError(Rows.valid().set(TARGET_GROUP, "Else Testesens bror, ring 33 12 34 56"));
    assertEquals(Rule.INVALID_VALUE, group.rule());
    assertEquals("[fjernet] [fjernet] bror, ring 33 12 34 56", group.value());
    DeliveryError vum = onlyError(Rows.valid().set(VUM_SCORE, "ELSE"));
    assertEquals("[fjernet]", vum.value());
    DeliveryError date = onlyError(Rows.valid().set(REGISTRATION_DATE, "Testesen 1/3"));
    assertEquals("[fjernet] 1/3", date.value());
  }

  @Test
  void a_rejected_rows_municipality_and_case_id_are_scrubbed_for_the_quarantine() {
    RawRow raw =
        Rows.valid().set(MUNICIPALITY_CODE, "Else").set(CASE_ID, "010190-1234 Testesen").raw();
    RowValidator.Outcome outcome = validator.validate(raw);
    org.apache.spark.sql.Row row =
        ParsedRows.rejected(raw, outcome.errors(), outcome.maskedCpr(), outcome.scrubber());
    assertEquals("[fjernet]", row.get(ParsedRows.SCHEMA.fieldIndex("municipality_code")));
    assertEquals("[fjernet] [fjernet]", row.get(ParsedRows.SCHEMA.fieldIndex("case_id")));
    assertEquals("010190-XXXX", row.get(ParsedRows.SCHEMA.fieldIndex("cpr_masked")));
  }

  @Test
  void every_reason_template_is_free_of_quoted_values() {
    for (Rule rule : Rule.values()) {
      assertFalse(rule.reasonTemplate().contains("'%s'"), rule.code());
    }
  }

  @Test
  void names_and_cpr_numbers_in_free_text_are_redacted() {
    Registration r =
        accepted(
            Rows.valid()
                .set(CLOSING_REASON, "Else Testesen flyttet, se 010190-1234 og 0101901234")
                .set(PROVIDER_NAME, "Bostøtten Testesensvej"));
    assertEquals("[fjernet] [fjernet] flyttet, se [fjernet] og [fjernet]", r.closingReason());
    assertEquals("Bostøtten Testesensvej", r.providerName());
    assertEquals(List.of(1, 1), List.of(r.cprCells(), r.ownNameCells()));
  }

  @Test
  void the_case_id_may_be_forty_characters() {
    accepted(Rows.valid().set(CASE_ID, "x".repeat(40)));
  }

  @Test
  void a_vum_target_is_optional_and_validated_when_given() {
    assertEquals(1.0, accepted(Rows.valid().set(VUM_TARGET, "1")).vumTarget());
    assertEquals(null, accepted(Rows.valid()).vumTarget());
  }
}
