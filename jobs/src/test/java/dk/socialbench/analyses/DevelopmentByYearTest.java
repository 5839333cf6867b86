package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.FULLY;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.NOT;
import static dk.socialbench.analyses.Registration.PARTIALLY;
import static dk.socialbench.analyses.Registration.STATUS_QUO;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Test;

public class DevelopmentByYearTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  /**
   * The data period 2015-03-01 to 2016-10-01 holds no whole year, so there is no unit cost here.
   *
   * <p>Goals set at first registrations: 2015 a yes, b yes, c no (2 of 3); 2016 d yes and person E,
   * whose second case f (goal) is the year's last of its two first registrations (2 of 2).
   * Improvement goals judged in 2016: a's goal of 2015 fully met at a2, a's goal of a2 not met at
   * a3, the year's last for a: 0; b partially: 1 (1 of 2). VUM at follow-ups in 2016: a3 worse than
   * a2 (a's last), b better, c the same: 1 of 3. §107 first price 2015: b 1500; 2016: f 2400 (E's
   * last). §85 first hours 2015: a 10, c 20: mean 15, sd √50, t(1) = 12.706205, half-width
   * 12.706205 · √50 / √2 = 63.531025; 2016: d 6. Wilson bounds as in the other tests (python3).
   */
  @Test
  public void key_figures_by_year_count_each_person_once_a_year() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10).vum(3).goal(IMPROVEMENT).on("2015-03-01"),
                    sel85(10).vum(2).goal(IMPROVEMENT).judged(FULLY).on("2016-03-01"),
                    sel85(8).vum(3).judged(NOT).on("2016-09-01")),
            Case.in(FREDERIKSBERG, "b")
                .registrations(
                    sel107(1500).vum(3).goal(IMPROVEMENT).on("2015-06-01"),
                    sel107(1500).vum(2).judged(PARTIALLY).on("2016-05-01")),
            Case.in(FREDERIKSBERG, "c")
                .registrations(
                    sel85(20).vum(2).on("2015-08-01"), sel85(20).vum(2).on("2016-08-01")),
            Case.in(FREDERIKSBERG, "d")
                .registrations(sel85(6).vum(1).goal(STATUS_QUO).on("2016-02-01")),
            Case.in(FREDERIKSBERG, "e")
                .person("E")
                .registrations(sel107(2000).vum(4).on("2016-01-10")),
            Case.in(FREDERIKSBERG, "f")
                .person("E")
                .registrations(sel107(2400).vum(4).goal(IMPROVEMENT).on("2016-10-01")));
    List<Object[]> rows = new ArrayList<>();
    for (String m : List.of(FREDERIKSBERG, ALL)) {
      rows.add(row(m, "goals_set", 2015, 3L, 2L, 2 / 3.0, 0.207659601, 0.938508055));
      rows.add(row(m, "goals_set", 2016, 2L, 2L, 1.0, 0.342380228, 1.0));
      rows.add(row(m, "improvement_goals_fulfilled", 2016, 2L, 1L, 0.5, 0.094531206, 0.905468794));
      rows.add(row(m, "vum_improved", 2016, 3L, 1L, 1 / 3.0, 0.061491945, 0.792340399));
      rows.add(row(m, "daily_price_sel107", 2015, 1L, null, 1500.0, null, null));
      rows.add(row(m, "daily_price_sel107", 2016, 1L, null, 2400.0, null, null));
      rows.add(row(m, "hours_sel85", 2015, 2L, null, 15.0, 15 - 63.531025, 15 + 63.531025));
      rows.add(row(m, "hours_sel85", 2016, 1L, null, 6.0, null, null));
    }
    assertResult(new DevelopmentByYear(), cases, rows.toArray(Object[][]::new));
  }

  /**
   * Unit cost by the year of the days served, in the report's measure: G in a §107 place at 1000
   * kr. a day and H with 10 hours a month, both all of 2015 (a whole year of the data period
   * 2015-01-01 to 2016-01-01): 365,000 kr. per full-year user per year and 10 hours per month.
   */
  @Test
  public void unit_cost_goes_by_the_year_of_the_days_served() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "g")
                .registrations(sel107(1000).on("2015-01-01"), sel107(1000).on("2016-01-01")),
            Case.in(FREDERIKSBERG, "h")
                .registrations(sel85(10).on("2015-01-01"), sel85(10).on("2016-01-01")));
    Dataset<Row> unitCost =
        computed(new DevelopmentByYear(), cases.inputs(spark())).filter("key_figure LIKE 'unit%'");
    List<Object[]> rows = new ArrayList<>();
    for (String m : List.of(FREDERIKSBERG, ALL)) {
      rows.add(row(m, "unit_cost_sel107", 2015, 1L, null, 365_000.0, null, null));
      rows.add(row(m, "unit_cost_sel85", 2015, 1L, null, 10.0, null, null));
    }
    assertRows(
        expected(new DevelopmentByYear(), rows.toArray(Object[][]::new)), unitCost, TOLERANCE);
  }

  /**
   * P is registered in Frederiksberg on 1 February 2016 (10 hours, a goal set) and in Ballerup on 1
   * June 2016 (20 hours, no goal). Each municipality counts its own registration; under all P
   * counts once, with the year's last registration (Ballerup's). Wilson intervals for one person (z
   * = 1.959964, python3): 1 of 1 is 0.206549–1, 0 of 1 is 0–0.793451.
   */
  @Test
  public void a_person_in_two_municipalities_counts_once_under_all_with_the_later() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "p1")
                .person("P")
                .registrations(sel85(10).vum(2).goal(IMPROVEMENT).on("2016-02-01")),
            Case.in(BALLERUP, "p2").person("P").registrations(sel85(20).vum(2).on("2016-06-01")));
    assertResult(
        new DevelopmentByYear(),
        cases,
        row(FREDERIKSBERG, "goals_set", 2016, 1L, 1L, 1.0, 0.206549314, 1.0),
        row(FREDERIKSBERG, "hours_sel85", 2016, 1L, null, 10.0, null, null),
        row(BALLERUP, "goals_set", 2016, 1L, 0L, 0.0, 0.0, 0.793450686),
        row(BALLERUP, "hours_sel85", 2016, 1L, null, 20.0, null, null),
        row(ALL, "goals_set", 2016, 1L, 0L, 0.0, 0.0, 0.793450686),
        row(ALL, "hours_sel85", 2016, 1L, null, 20.0, null, null));
  }
}
