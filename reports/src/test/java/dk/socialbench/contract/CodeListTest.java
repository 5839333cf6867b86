package dk.socialbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CodeListTest {
  @Test
  void every_code_of_every_list_has_a_danish_label() {
    Stream.of(CodeList.values())
        .forEach(
            list ->
                list.codes()
                    .forEach(
                        code ->
                            assertNotEquals(
                                code,
                                Labels.da(list.column(), code),
                                list.column() + " has no label for " + code)));
  }

  @Test
  void every_key_figure_has_a_danish_name() {
    ResultCodes.KEY_FIGURES.forEach(
        code -> assertNotEquals(code, Labels.da("key_figure", code), "no name for " + code));
  }

  @Test
  void labels_are_the_reports_danish_words() {
    // As the KL report (seed 002) and the reports before this list was moved into the contract.
    assertEquals("Forbedret", Labels.da("direction", "improved"));
    assertEquals("Lavere", Labels.da("change", "lower"));
    assertEquals("40 år og derover", Labels.da("age_group", "40_and_over"));
    assertEquals(
        "Kontanthjælp, ikke jobparat", Labels.da("funding_basis", "cash_benefit_not_job_ready"));
    assertEquals("Ikke oplyst", Labels.da("initiator", "not_reported"));
    assertEquals("§107 (dagspris)", Labels.da("service", "SEL107"));
    assertEquals("Ja", Labels.da("fulfilled", "yes"));
    assertEquals(
        "§85: timer pr. helårsbruger pr. måned", Labels.da("key_figure", "unit_cost_sel85"));
    assertEquals("Ukendt kommunekode", Labels.da("rule", "unknown_municipality"));
    assertEquals("unknown", Labels.da("direction", "unknown"));
  }

  @Test
  void the_singled_out_service_codes_are_delivered_codes() {
    assertEquals(
        java.util.List.of(ResultCodes.SEL85, ResultCodes.SEL107), Vocabulary.SERVICE.codes());
    assertTrue(Vocabulary.YES_NO.codes().containsAll(CodeList.GOALS_SET.codes()));
  }
}
