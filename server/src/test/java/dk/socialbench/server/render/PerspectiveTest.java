package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.data.PublishedRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerspectiveTest {
  private static PublishedRun run(List<String> municipalities) {
    return new PublishedRun("20261124-101500-ab12", null, null, null, 5, municipalities, Map.of());
  }

  @Test
  void a_benchmark_puts_the_municipality_first_then_all_then_the_others_in_danish_order() {
    // Frederiksberg before København; Aabenraa last, since "aa" is "å" in Danish.
    Perspective p = Perspective.of(run(List.of("580", "615", "147", "101")), "615");
    assertEquals(List.of("615", "all", "147", "101", "580"), p.order());
    assertEquals(TableRow.Emphasis.FOCUS, p.emphasis("615"));
    assertEquals(TableRow.Emphasis.ALL, p.emphasis("all"));
    assertEquals(TableRow.Emphasis.NONE, p.emphasis("147"));
  }

  @Test
  void the_national_perspective_has_no_focus() {
    Perspective p = Perspective.of(run(List.of("615", "147")), null);
    assertFalse(p.hasFocus());
    assertEquals(List.of("all", "147", "615"), p.order());
    assertEquals(List.of("all"), p.compared());
  }

  @Test
  void a_benchmark_of_many_municipalities_keeps_long_tables_to_itself_and_all() {
    List<String> many = RunFixture.national().municipalities();
    Perspective p = Perspective.of(run(many), "615");
    assertEquals(List.of("615", "all"), p.order(4));
    assertEquals(99, p.order(1).size(), "one line per municipality: all of them");
    assertTrue(p.omissionNote(4).contains("98 kommuner"), p.omissionNote(4));
    assertNull(p.omissionNote(1));
    Perspective sep = Perspective.of(run(RunFixture.SEP), "615");
    assertEquals(11 * 1, sep.order(4).size(), "ten municipalities: every one, in every table");
  }
}
