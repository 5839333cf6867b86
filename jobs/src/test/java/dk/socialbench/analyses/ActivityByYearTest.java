package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;

import org.junit.Test;

public class ActivityByYearTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  /**
   * The persons of {@link EpisodeCases}; only 2015 and 2016 are whole years of the data period.
   *
   * <p>§107 2015: A 365 days, B 184, C 214: 763 / 365 full-year users; unique A, B, C; on 31
   * December A and C (B closed in August). §107 2016: A 182 + 184 = 366, C 152 (c1) + 122 (c2 after
   * c1 ended; without the correction 152 + 183 = 335): 640 / 366; on 31 December A only.
   *
   * <p>§85 2015: E 245 days, ending on 31 December: 245 / 365, counted on 31 December. §85 2016: D
   * one day, starting on 31 December: 1 / 366; F in Ballerup all 366 days: 1; all: 367 / 366.
   */
  @Test
  public void full_year_unique_and_31_december_users_side_by_side() {
    assertResult(
        new ActivityByYear(),
        EpisodeCases.all(),
        row(FREDERIKSBERG, "SEL107", 2015, 763 / 365.0, 3L, 2L),
        row(FREDERIKSBERG, "SEL107", 2016, 640 / 366.0, 2L, 1L),
        row(FREDERIKSBERG, "SEL85", 2015, 245 / 365.0, 1L, 1L),
        row(FREDERIKSBERG, "SEL85", 2016, 1 / 366.0, 1L, 1L),
        row(BALLERUP, "SEL85", 2016, 1.0, 1L, 1L),
        row(ALL, "SEL107", 2015, 763 / 365.0, 3L, 2L),
        row(ALL, "SEL107", 2016, 640 / 366.0, 2L, 1L),
        row(ALL, "SEL85", 2015, 245 / 365.0, 1L, 1L),
        row(ALL, "SEL85", 2016, 367 / 366.0, 2L, 2L));
  }

  /**
   * G has §107 in Frederiksberg from 1 January 2015, closed 30 September (273 days: 31 + 28 + 31 +
   * 30 + 31 + 30 + 31 + 31 + 30), and in Ballerup from 1 July 2015 to the day before its next
   * registration on 1 January 2016 (184 days), which also ends the data period, so 2015 is the one
   * whole year. Each municipality counts its own days: 273 / 365 and 184 / 365, only Ballerup on 31
   * December. Under all the overlap (July to September) counts once, under the case that began
   * first: 273 + 92 (October to December) = 365 days, one full-year user.
   */
  @Test
  public void a_person_in_two_municipalities_at_once_counts_once_under_all() {
    assertResult(
        new ActivityByYear(),
        Cases.of(
            Case.in(FREDERIKSBERG, "g1")
                .person("G")
                .closed("2015-09-30")
                .registrations(sel107(1000).vum(3).on("2015-01-01")),
            Case.in(BALLERUP, "g2")
                .person("G")
                .registrations(
                    sel107(2000).vum(3).on("2015-07-01"), sel107(2000).vum(3).on("2016-01-01"))),
        row(FREDERIKSBERG, "SEL107", 2015, 273 / 365.0, 1L, 0L),
        row(BALLERUP, "SEL107", 2015, 184 / 365.0, 1L, 1L),
        row(ALL, "SEL107", 2015, 1.0, 1L, 1L));
  }

  /**
   * H has §107 in two overlapping cases in Frederiksberg (h1 1 January to 30 April 2015, 120 days;
   * h2 1 March to 31 August) and one in Ballerup between them (h3 1 February to 30 June, 150 days);
   * I's registration on 1 January 2016 ends the data period, so 2015 is the one whole year. In
   * Frederiksberg h2 counts from the day after h1 ends, 1 May, not after Ballerup's h3 (30 June):
   * 120 + 123 = 243 days. Under all: h1 120, h3 from 1 May to 30 June 61, h2 from 1 July 62: 243
   * days, the days from 1 January to 31 August once. No episode runs on 31 December.
   */
  @Test
  public void a_municipality_counts_its_own_overlaps_beside_another_municipality() {
    assertResult(
        new ActivityByYear(),
        Cases.of(
            Case.in(FREDERIKSBERG, "h1")
                .person("H")
                .closed("2015-04-30")
                .registrations(sel107(1000).vum(3).on("2015-01-01")),
            Case.in(FREDERIKSBERG, "h2")
                .person("H")
                .closed("2015-08-31")
                .registrations(sel107(1000).vum(3).on("2015-03-01")),
            Case.in(BALLERUP, "h3")
                .person("H")
                .closed("2015-06-30")
                .registrations(sel107(2000).vum(3).on("2015-02-01")),
            Case.in(BALLERUP, "i1")
                .person("I")
                .registrations(sel107(2000).vum(3).on("2016-01-01"))),
        row(FREDERIKSBERG, "SEL107", 2015, 243 / 365.0, 1L, 0L),
        row(BALLERUP, "SEL107", 2015, 150 / 365.0, 1L, 0L),
        row(ALL, "SEL107", 2015, 243 / 365.0, 1L, 0L));
  }
}
