package dk.socialbench.server.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.data.PublishedRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonGroupTest {
  private static final String HORSENS = "615";

  /**
   * Horsens's default peers by rank: Gentofte, Ballerup, Ishøj, Brøndby; Aarhus is not in the run.
   */
  private static final PublishedRun RUN =
      Runs.of(
          List.of("615", "147", "151", "153", "157", "183", "219"),
          Map.of(
              "comparison_groups",
              List.<Object[]>of(
                  new Object[] {"615", "157", 1},
                  new Object[] {"615", "751", 2},
                  new Object[] {"615", "151", 3},
                  new Object[] {"615", "183", 4},
                  new Object[] {"615", "153", 5},
                  new Object[] {"147", "151", 1})));

  @Test
  void the_default_group_is_the_runs_nearest_municipalities_in_alphabetical_order() {
    ComparisonGroup group = ComparisonGroup.of(RUN, HORSENS, null);
    assertEquals(List.of("151", "153", "157", "183"), group.members());
    assertFalse(group.chosen());
    assertEquals("", group.key());
    assertEquals("Ballerup, Brøndby, Gentofte og Ishøj", group.namesDa());
    assertTrue(group.howChosenDa().startsWith("Standardgruppen: de 4 kommuner"));
  }

  @Test
  void a_default_group_of_fewer_than_three_is_no_group() {
    ComparisonGroup group = ComparisonGroup.standard(RUN, "147");
    assertTrue(group.isEmpty());
    assertTrue(group.howChosenDa().contains("sammenlignes kun med landet"), group.howChosenDa());
  }

  @Test
  void a_chosen_group_is_keyed_by_its_sorted_codes() {
    ComparisonGroup group = ComparisonGroup.of(RUN, HORSENS, " 219,147 ,183");
    assertTrue(group.chosen());
    assertEquals(List.of("147", "219", "183"), group.members(), "Frederiksberg, Hillerød, Ishøj");
    assertEquals("147,183,219", group.key());
  }

  @Test
  void a_group_of_two_is_refused_with_a_danish_reason() {
    var e =
        assertThrows(
            ComparisonGroup.Refused.class, () -> ComparisonGroup.of(RUN, HORSENS, "147,151,147"));
    assertEquals(
        "En sammenligningsgruppe skal have mindst 3 kommuner, så gruppens tal ikke blot gentager én"
            + " eller to kommuners tal; der er valgt 2.",
        e.getMessage());
  }

  @Test
  void codes_that_are_malformed_unknown_outside_the_run_or_the_focus_are_refused() {
    assertEquals(
        "'14x' i compare er ikke en kommunekode: skriv kommunekoderne med komma imellem, fx"
            + " ?compare=147,151,157.",
        refused("147,14x,151"));
    assertEquals("Der findes ingen kommune med koden 999.", refused("147,151,999"));
    assertEquals(
        "Aarhus (751) har ingen data i kørsel " + Runs.RUN_ID + ".", refused("147,151,751"));
    assertEquals(
        "Sammenligningsgruppen skal bestå af andre kommuner end Horsens selv.",
        refused("147,151,615"));
  }

  @Test
  void more_than_fifteen_municipalities_are_refused() {
    List<String> codes = new ArrayList<>();
    for (var m : dk.socialbench.contract.Municipalities.danish().all()) {
      codes.add(m.code());
    }
    PublishedRun national = Runs.of(codes, Map.of());
    String sixteen = String.join(",", codes.subList(1, 17));
    var e =
        assertThrows(
            ComparisonGroup.Refused.class,
            () -> ComparisonGroup.of(national, codes.get(0), sixteen));
    assertTrue(e.getMessage().startsWith("En sammenligningsgruppe kan højst have 15 kommuner"));
  }

  private static String refused(String compare) {
    return assertThrows(
            ComparisonGroup.Refused.class, () -> ComparisonGroup.of(RUN, HORSENS, compare))
        .getMessage();
  }
}
