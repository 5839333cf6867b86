package dk.socialbench.server.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.data.PublishedRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A key figure's position from published rows alone. Shares and Wilson intervals from python3; the
 * differences by Newcombe's method, worked out there too.
 */
class MunicipalitySummaryTest {
  private static final double EPS = 1e-6;
  private static final KeyFigure GOALS_SET = KeyFigure.ALL.get(1);

  // goals_set: municipality_code, goals_set, cases, total, share, share_ci_low, share_ci_high,
  // suppressed. Horsens 30 of 40 with goals; Ballerup 12 of 20; Brøndby none of 8 (the jobs leave
  // out the empty "yes" cell); Gentofte has 3 cases, too few to publish; Ishøj's 2 of 9 "no" is
  // withheld for its small count; all municipalities 60 of 100.
  private static final PublishedRun RUN =
      Runs.of(
          List.of("615", "151", "153", "157", "183"),
          Map.of(
              "goals_set",
              List.<Object[]>of(
                  new Object[] {"615", "yes", 30L, 40L, 0.75, 0.5980603858, 0.8581288136, false},
                  new Object[] {"615", "no", 10L, 40L, 0.25, 0.14, 0.40, false},
                  new Object[] {"151", "yes", 12L, 20L, 0.6, 0.39, 0.78, false},
                  new Object[] {"151", "no", 8L, 20L, 0.4, 0.22, 0.61, false},
                  new Object[] {"153", "no", 8L, 8L, 1.0, 0.68, 1.0, false},
                  new Object[] {"157", "yes", null, null, null, null, null, true},
                  new Object[] {"157", "no", null, null, null, null, null, true},
                  new Object[] {"183", "yes", 7L, 9L, 0.78, 0.45, 0.94, false},
                  new Object[] {"183", "no", null, 9L, null, null, null, true},
                  new Object[] {"all", "yes", 60L, 100L, 0.6, 0.5020025868, 0.6905987136, false},
                  new Object[] {"all", "no", 40L, 100L, 0.4, 0.31, 0.50, false})));

  @Test
  void the_group_share_adds_up_the_members_and_leaves_out_one_too_small_to_publish() {
    ComparisonGroup group = ComparisonGroup.of(RUN, "615", "151,153,157");
    Position p = MunicipalitySummary.position(RUN, GOALS_SET, group);

    // Ballerup 12 of 20 and Brøndby 0 of 8: 12 of 28 = 0.428571, Wilson 0.265085–0.609292.
    assertEquals(0.4285714286, p.group().value(), EPS);
    assertEquals(0.2650854712, p.group().low(), EPS);
    assertEquals(0.6092921437, p.group().high(), EPS);
    assertEquals(28L, p.group().n());
    assertEquals(2, p.membersUsed());
    assertEquals(0.75, p.focus().value(), EPS);
    assertEquals(0.6, p.country().value(), EPS);
  }

  @Test
  void a_member_whose_share_is_withheld_for_a_small_count_withholds_the_groups_share() {
    // Leaving Ishøj out would leave out 2 cases without goals and bias the group's share upwards.
    KeyFigure noGoals =
        new KeyFigure(
            "Ingen mål",
            KeyFigure.Kind.SHARE,
            "goals_set",
            "goals_set",
            "no",
            "share",
            "total",
            "cases",
            "share_ci_low",
            "share_ci_high",
            KeyFigure.SHARE);
    Position p =
        MunicipalitySummary.position(RUN, noGoals, ComparisonGroup.of(RUN, "615", "151,153,183"));
    assertTrue(p.group().suppressed());
    assertEquals(Difference.UNKNOWN, p.versusGroup());
  }

  @Test
  void says_whether_the_municipality_differs_beyond_the_uncertainty() {
    Position p =
        MunicipalitySummary.position(RUN, GOALS_SET, ComparisonGroup.of(RUN, "615", "151,153,157"));
    // Against the group, 0.75 − 0.43: the difference's interval is 0.085–0.517, above 0.
    assertEquals(Difference.HIGHER, p.versusGroup());
    // Against the country, 0.75 − 0.60: −0.027–0.296, which holds 0.
    assertEquals(Difference.NO_CLEAR_DIFFERENCE, p.versusCountry());
  }

  @Test
  void a_municipality_without_cases_in_the_category_has_a_share_of_0() {
    Position p =
        MunicipalitySummary.position(RUN, GOALS_SET, ComparisonGroup.of(RUN, "153", "151,157,615"));
    assertEquals(0.0, p.focus().value(), EPS);
    assertEquals(8L, p.focus().n());
    assertTrue(p.focus().hasInterval());
  }
}
