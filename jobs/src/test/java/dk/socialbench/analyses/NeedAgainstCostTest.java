package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;

import org.junit.Test;

public class NeedAgainstCostTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  /**
   * The persons of {@link EpisodeCases} over the whole years 2015 and 2016 (bounds with python3, as
   * in {@link UnitCostByYearTest}).
   *
   * <p>§107 in Frederiksberg: A 767,800 kr. over 2 full-year users; B 368,000 kr. over 184/365; C
   * 768,600 kr. over 214/365 + 274/366: 3.839 full-year users, 496,060.89 kr. each per year. Mean
   * VUM weighted by days: A 3 for 731 days, B 2 for 184, C 4 for 366 and 3 for 122: (2193 + 368 +
   * 1830) / (731 + 184 + 488) = 3.1297.
   *
   * <p>§85 in Frederiksberg: E 20 hours a month for 245 days at VUM 1, D 10 hours for 1 day at VUM
   * 2: VUM (245 + 2) / 246 = 1.0041. Ballerup: F alone, 8.98 hours a month, VUM 3, no interval.
   */
  @Test
  public void unit_cost_beside_the_day_weighted_vum_at_the_episode_start() {
    Object[] frederiksberg107 = {
      3L,
      3.839044838686,
      3.129722024,
      1.705284703,
      4.554159345,
      496060.890148930,
      118777.819435457,
      873343.960862403,
      41338.407512411,
      9898.151619621,
      72778.663405200
    };
    assertResult(
        new NeedAgainstCost(),
        EpisodeCases.all(),
        row(FREDERIKSBERG, "SEL107", frederiksberg107),
        row(
            FREDERIKSBERG,
            "SEL85",
            2L,
            0.673965117149,
            1.004065041,
            0.901182490,
            1.106947592,
            239.513522519,
            227.201074896,
            251.825970142,
            19.959460210,
            18.933422908,
            20.985497512),
        row(
            BALLERUP,
            "SEL85",
            1L,
            1.0,
            3.0,
            null,
            null,
            107.803278689,
            null,
            null,
            8.983606557,
            null,
            null),
        row(ALL, "SEL107", frederiksberg107),
        row(
            ALL,
            "SEL85",
            3L,
            1.673965117149,
            2.197712418,
            -1.376748248,
            5.772173084,
            160.831928452,
            -75.497841826,
            397.161698729,
            13.402660704,
            -6.291486819,
            33.096808227));
  }

  private static Object[] row(String municipality, String service, Object... values) {
    Object[] row = new Object[values.length + 2];
    row[0] = municipality;
    row[1] = service;
    System.arraycopy(values, 0, row, 2, values.length);
    return row;
  }
}
