package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.server.data.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A comparison group's key figures year by year, pooled from two members' published rows (min-cell
 * 5). Expected values worked out with scipy (norm.ppf(0.975), t.ppf(0.975, df)).
 */
class DevelopmentGroupRowsTest {
  private static final double EPS = 1e-6;

  // municipality, key figure, year, persons, persons_with, value, low, high, suppressed
  private static final List<Object[]> ROWS =
      List.of(
          new Object[] {"101", "goals_set", 2015, 10L, 6L, 0.6, 0.31, 0.83, false},
          new Object[] {"147", "goals_set", 2015, 30L, 12L, 0.4, 0.25, 0.58, false},
          new Object[] {
            "101", "daily_price_sel107", 2015, 10L, null, 2000.0, 1800.0, 2200.0, false
          },
          new Object[] {
            "147", "daily_price_sel107", 2015, 20L, null, 2300.0, 2200.0, 2400.0, false
          },
          new Object[] {"101", "hours_sel85", 2015, 4L, null, 20.0, 15.0, 25.0, false},
          new Object[] {"147", "hours_sel85", 2015, null, null, null, null, null, true},
          new Object[] {"101", "vum_improved", 2015, 12L, 2L, 0.17, 0.05, 0.45, false},
          new Object[] {"147", "vum_improved", 2015, null, null, null, null, null, true},
          new Object[] {"101", "unit_cost_sel107", 2015, 8L, null, 800000.0, 7e5, 9e5, false},
          new Object[] {"147", "unit_cost_sel107", 2015, 9L, null, 900000.0, 8e5, 1e6, false});

  private static List<Map<String, Object>> group() {
    DatasetView view =
        new DatasetView(new Table(ResultCatalogue.byName("development_by_year"), ROWS))
            .withGroup(List.of("101", "147"), 5);
    return view.rows(Perspective.GROUP);
  }

  private static Map<String, Object> row(String keyFigure) {
    return group().stream()
        .filter(r -> keyFigure.equals(r.get("key_figure")))
        .findFirst()
        .orElse(null);
  }

  @Test
  void a_share_adds_up_the_members_counts_with_a_wilson_interval() {
    Map<String, Object> goals = row("goals_set");
    // 6 + 12 of 10 + 30 = 18 of 40 = 0.45
    assertEquals(40L, goals.get("persons"));
    assertEquals(18L, goals.get("persons_with"));
    assertEquals(0.45, (double) goals.get("value"), EPS);
    assertEquals(0.3070530781, (double) goals.get("value_ci_low"), EPS);
    assertEquals(0.6017090820, (double) goals.get("value_ci_high"), EPS);
  }

  @Test
  void a_mean_price_is_weighted_by_n_with_the_pooled_t_interval() {
    Map<String, Object> price = row("daily_price_sel107");
    // (10 · 2000 + 20 · 2300) / 30 = 2200; sd from each half-width: 200 · √10 / t(9) = 279.58,
    // 100 · √20 / t(19) = 213.67; pooled half-width t(29) · √(SS / 29) / √30 = 102.1655
    assertEquals(30L, price.get("persons"));
    assertNull(price.get("persons_with"));
    assertEquals(2200.0, (double) price.get("value"), EPS);
    // the server's t quantiles are a series approximation, good to about 1e-7 relative
    assertEquals(2097.8344805, (double) price.get("value_ci_low"), 1e-3);
    assertEquals(2302.1655195, (double) price.get("value_ci_high"), 1e-3);
  }

  @Test
  void a_mean_of_fewer_than_min_cell_published_persons_is_withheld() {
    // 147 is withheld; 101 alone has 4 persons, fewer than 5
    Map<String, Object> hours = row("hours_sel85");
    assertEquals(true, hours.get("suppressed"));
    assertNull(hours.get("value"));
  }

  @Test
  void a_share_with_a_withheld_member_is_withheld() {
    Map<String, Object> improved = row("vum_improved");
    assertEquals(true, improved.get("suppressed"));
    assertNull(improved.get("value"));
    assertNull(improved.get("persons_with"));
  }

  @Test
  void the_unit_cost_has_no_group_row() {
    // a ratio of sums (amount / full-year users) that the dataset does not publish
    assertNull(row("unit_cost_sel107"));
    assertTrue(group().stream().noneMatch(r -> "unit_cost_sel85".equals(r.get("key_figure"))));
  }
}
