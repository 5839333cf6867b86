package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.contract.CodeList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The server shows categories in the contract's order, and that order is the one of the delivery
 * format and of the KL report. The expected lists are written out by hand: delivered codes in the
 * order of docs/delivery-format.md's table (target group, initiator, funding basis, goal type,
 * previous goal fulfilled, service), followed by "not_reported" where the analysis fills an empty
 * optional cell; the result-only codes in the order of seed 002's figures, better before worse
 * (3.4–3.5: forbedret, uændret, forværret; 3.17: lavere, uændret, højere; 3.14: under 40 first).
 */
class CategoryOrderTest {
  private static final Map<String, List<String>> EXPECTED =
      Map.ofEntries(
          Map.entry("goals_set", List.of("yes", "no")),
          Map.entry("fulfilled", List.of("yes", "no")),
          Map.entry("goal_type", List.of("improvement", "status_quo", "limited_deterioration")),
          Map.entry("direction", List.of("improved", "same", "worsened", "no_next_registration")),
          Map.entry("fulfilment", List.of("fully", "partially", "not", "not_relevant")),
          Map.entry("goal_fulfilled", List.of("fulfilled", "not_fulfilled")),
          Map.entry("change", List.of("lower", "same", "higher")),
          Map.entry("service", List.of("SEL85", "SEL107")),
          Map.entry("age_group", List.of("under_40", "40_and_over", "all_ages")),
          Map.entry(
              "target_group",
              List.of(
                  "intellectual_cognitive",
                  "mental_illness",
                  "psychic_unspecified",
                  "physical",
                  "social")),
          Map.entry(
              "initiator", List.of("authority", "provider", "citizen", "other", "not_reported")),
          Map.entry(
              "funding_basis",
              List.of(
                  "disability_pension",
                  "cash_benefit_job_ready",
                  "cash_benefit_not_job_ready",
                  "resource_course",
                  "flex_job",
                  "wage",
                  "education_grant",
                  "other",
                  "not_reported")));

  @Test
  void every_code_list_of_the_contract_is_shown_in_the_delivery_format_and_report_order() {
    Map<String, List<String>> shown = new TreeMap<>();
    Stream.of(CodeList.values())
        .forEach(list -> shown.put(list.column(), CategoryOrder.known(list.column())));
    assertEquals(new TreeMap<>(EXPECTED), shown);
  }

  @Test
  void unknown_codes_come_last_alphabetically_and_numbers_ascend() {
    assertEquals(
        List.of("improved", "worsened", "aaa", "zzz"),
        CategoryOrder.sorted("direction", List.of("zzz", "worsened", "aaa", "improved")));
    assertEquals(List.of(1, 2.5, 10), CategoryOrder.sorted("vum_score", List.of(10, 1, 2.5)));
  }
}
