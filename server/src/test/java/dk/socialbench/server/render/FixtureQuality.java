package dk.socialbench.server.render;

import dk.socialbench.contract.CodeList;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.Municipalities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The category values of {@link RunFixture}'s dimensions, and its data-quality datasets (which are
 * not person-level and never suppressed).
 */
final class FixtureQuality {
  /**
   * Every code of the short lists; of the long ones (target group, initiator, funding basis,
   * fulfilment) a subset, which keeps the combinations few and still leaves codes out.
   */
  private static final Map<String, List<Object>> VALUES =
      Map.ofEntries(
          all(CodeList.SERVICE),
          Map.entry("min_registrations", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)),
          Map.entry("from_registration", List.of(1, 2)),
          Map.entry("registration_number", List.of(2, 3, 4, 5)),
          Map.entry("vum_from", List.of(1.0, 2.0, 3.0, 3.5, 4.0)),
          Map.entry("vum_score", List.of(1.0, 2.0, 3.0, 3.5, 4.0)),
          all(CodeList.GOALS_SET),
          all(CodeList.FULFILLED_YES_NO),
          all(CodeList.GOAL_TYPE),
          all(CodeList.DIRECTION),
          Map.entry("fulfilment", List.of("fully", "partially", "not")),
          all(CodeList.GOAL_FULFILLED),
          all(CodeList.CHANGE),
          // all_ages is the municipal rows' recoded value, not a category of the split
          Map.entry("age_group", List.of("under_40", "40_and_over")),
          Map.entry(
              "target_group", List.of("intellectual_cognitive", "mental_illness", "physical")),
          Map.entry("initiator", List.of("authority", "provider", "citizen", "not_reported")),
          Map.entry(
              "funding_basis",
              List.of(
                  "disability_pension",
                  "cash_benefit_job_ready",
                  "cash_benefit_not_job_ready",
                  "resource_course",
                  "flex_job",
                  "not_reported")));

  private static final List<String> FIELDS =
      List.of(
          "target_group",
          "registration_date",
          "service",
          "daily_price",
          "hours_individual",
          "hours_group",
          "vum_score",
          "vum_target",
          "initiator",
          "funding_basis",
          "concurrent_service");
  private static final List<String> OPTIONAL =
      List.of("hours_group", "vum_target", "initiator", "funding_basis", "concurrent_service");

  private FixtureQuality() {}

  /** Every code of {@code list}, in the contract's order. */
  private static Map.Entry<String, List<Object>> all(CodeList list) {
    return Map.entry(list.column(), List.copyOf(list.codes()));
  }

  static List<Object> values(String column) {
    List<Object> values = VALUES.get(column);
    if (values == null) {
      throw new IllegalArgumentException("the fixture has no values for " + column);
    }
    return values;
  }

  /** Every combination of the dimensions' values, as column → value maps. */
  static List<Map<String, Object>> combinations(List<Column> dimensions) {
    List<Map<String, Object>> result = new ArrayList<>(List.of(new HashMap<>()));
    for (Column dimension : dimensions) {
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> partial : result) {
        for (Object value : values(dimension.name())) {
          Map<String, Object> extended = new HashMap<>(partial);
          extended.put(dimension.name(), value);
          next.add(extended);
        }
      }
      result = next;
    }
    return result;
  }

  static List<Map<String, Object>> completeness(List<String> municipalities, Random random) {
    List<String> codes = new ArrayList<>(municipalities);
    codes.add(Municipalities.ALL);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String m : codes) {
      for (String field : FIELDS) {
        boolean mandatory = !OPTIONAL.contains(field);
        long applicable = 40 + random.nextInt(80);
        long filled = mandatory ? applicable : random.nextInt((int) applicable + 1);
        Map<String, Object> row = new HashMap<>();
        row.put("municipality_code", m);
        row.put("column", field);
        row.put("mandatory", mandatory);
        row.put("share_filled", (double) filled / applicable);
        rows.add(row);
      }
    }
    return rows;
  }

  /** Horsens's rejected rows, by file and line: the rows {@link #quarantine} counts. */
  static List<Map<String, Object>> rejectedRows(List<String> municipalities) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (municipalities.contains(RunFixture.HORSENS)) {
      long line = 2;
      for (Map<String, Object> counted : quarantine(municipalities)) {
        for (long i = 0; i < (Long) counted.get("rows"); i++) {
          Map<String, Object> row = new HashMap<>();
          row.put("municipality_code", RunFixture.HORSENS);
          row.put("source_file", "615_horsens.csv");
          row.put("source_line", line++);
          row.put("column", counted.get("column"));
          row.put("rule", counted.get("rule"));
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Horsens has rejected rows; the other municipalities delivered clean files. */
  static List<Map<String, Object>> quarantine(List<String> municipalities) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (municipalities.contains(RunFixture.HORSENS)) {
      rows.add(rejected("invalid_cpr", "cpr", 3));
      rows.add(rejected("missing_value", "vum_score", 7));
      rows.add(rejected("negative_number", "daily_price", 2));
    }
    return rows;
  }

  private static Map<String, Object> rejected(String rule, String column, long n) {
    Map<String, Object> row = new HashMap<>();
    row.put("municipality_code", RunFixture.HORSENS);
    row.put("rule", rule);
    row.put("column", column);
    row.put("rows", n);
    return row;
  }
}
