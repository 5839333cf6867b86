package dk.socialbench.server.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order in which a dimension's categories are shown: better before worse, as in the KL report's
 * figures; numbers ascending; unknown codes last, alphabetically.
 */
final class CategoryOrder {
  private static final Map<String, List<String>> ORDER =
      Map.ofEntries(
          Map.entry("goals_set", List.of("yes", "no")),
          Map.entry("fulfilled", List.of("yes", "no")),
          Map.entry("goal_type", List.of("improvement", "status_quo", "limited_deterioration")),
          Map.entry("direction", List.of("improved", "same", "worsened", "no_next_registration")),
          Map.entry("fulfilment", List.of("fully", "partially", "not", "not_relevant")),
          Map.entry("goal_fulfilled", List.of("fulfilled", "not_fulfilled")),
          Map.entry("change", List.of("lower", "same", "higher")),
          Map.entry("service", List.of("SEL85", "SEL107")),
          Map.entry("age_group", List.of("under_40", "40_and_over")),
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

  private CategoryOrder() {}

  /** {@code values} of {@code column} in display order. */
  static List<Object> sorted(String column, List<Object> values) {
    List<Object> sorted = new ArrayList<>(values);
    sorted.sort(comparator(column));
    return sorted;
  }

  /** The known codes of {@code column} in display order, or an empty list. */
  static List<String> known(String column) {
    return ORDER.getOrDefault(column, List.of());
  }

  private static Comparator<Object> comparator(String column) {
    List<String> known = known(column);
    return (a, b) -> {
      if (a instanceof Number x && b instanceof Number y) {
        return Double.compare(x.doubleValue(), y.doubleValue());
      }
      int ia = rank(known, a);
      int ib = rank(known, b);
      return ia != ib ? Integer.compare(ia, ib) : String.valueOf(a).compareTo(String.valueOf(b));
    };
  }

  private static int rank(List<String> known, Object value) {
    int i = known.indexOf(String.valueOf(value));
    return i < 0 ? known.size() : i;
  }
}
