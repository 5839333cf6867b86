package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.comparison.ComparisonGroup;
import dk.socialbench.server.data.PublishedRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerspectiveTest {
  private static PublishedRun run(List<String> municipalities) {
    return new PublishedRun("20261124-101500-ab12", null, null, null, 5, municipalities, Map.of());
  }

  @Test
  void a_benchmark_puts_the_municipality_its_group_and_the_country_first_then_the_members() {
    // The members in Danish order: Frederiksberg before København; Aabenraa last ("aa" is "å").
    PublishedRun run = run(List.of("580", "615", "147", "101", "751"));
    Perspective p =
        Perspective.benchmark(run, new ComparisonGroup("615", List.of("147", "101", "580"), true));
    assertEquals(List.of("615", "group", "all", "147", "101", "580"), p.order());
    assertEquals(TableRow.Emphasis.FOCUS, p.emphasis("615"));
    assertEquals(TableRow.Emphasis.GROUP, p.emphasis("group"));
    assertEquals(TableRow.Emphasis.ALL, p.emphasis("all"));
    assertEquals(TableRow.Emphasis.NONE, p.emphasis("147"));
    assertEquals(List.of("615", "all", "147", "101", "580", "751"), withoutGroup(p));
  }

  @Test
  void the_national_perspective_has_no_focus() {
    Perspective p = Perspective.of(run(List.of("615", "147")), null);
    assertFalse(p.hasFocus());
    assertEquals(List.of("all", "147", "615"), p.order());
    assertEquals(List.of("all"), p.compared());
  }

  @Test
  void a_benchmark_names_the_members_only_where_a_table_has_one_line_per_municipality() {
    List<String> many = RunFixture.national().municipalities();
    Perspective p =
        Perspective.benchmark(
            run(many), new ComparisonGroup("615", List.of("147", "151", "157"), false));
    assertEquals(List.of("615", "group", "all"), p.order(4));
    assertEquals(6, p.order(1).size());
    assertTrue(p.omissionNote(4).contains("98 kommuner"), p.omissionNote(4));
    assertNull(p.omissionNote(1));
    assertEquals(100, p.everyMunicipality().size(), "the spreadsheet: every one, group and all");
  }

  @Test
  void a_benchmark_without_a_group_compares_with_the_country() {
    Perspective p =
        Perspective.benchmark(
            run(List.of("615", "147")), new ComparisonGroup("615", List.of(), false));
    assertEquals(List.of("615", "all"), p.order());
    assertFalse(p.hasGroup());
  }

  private static List<String> withoutGroup(Perspective p) {
    return p.everyMunicipality().stream().filter(m -> !m.equals("group")).toList();
  }
}
