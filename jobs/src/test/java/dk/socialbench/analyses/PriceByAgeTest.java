package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class PriceByAgeTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void
      a_citizen_of_39_is_under_40_and_one_of_40_is_not_in_the_national_rows_beside_all_ages() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").age(39).registrations(sel85(12)),
            Case.in(FREDERIKSBERG, "b").age(25).registrations(sel85(20)),
            Case.in(FREDERIKSBERG, "c").age(40).registrations(sel85(8)),
            Case.in(BALLERUP, "d").age(50).registrations(sel107(1800)));

    // A municipality's service line is one row of all ages (the split only for all, docs/privacy.md
    // item 10): Frederiksberg 12, 20 and 8 hours, mean 13.33, median 12, sd 6.1101, t(2) =
    // 4.302653, half-width 15.1783: [-1.8, 28.5], cut at 0 hours. Under 40 in all: 12 and 20, sd
    // √32, t(1) = 12.706205, half-width 50.82482: [-34.8, 66.8], cut at 0. Hours to 0.1, kroner
    // whole; the individual hours beside (no group hours here, so the same as the mean) and none
    // for §107. All has the line of all ages too, the same persons as price_by_municipality's all
    // row: here Frederiksberg's three and Ballerup's one, so the same numbers as theirs.
    assertResult(
        PriceByGroup.byAge(),
        cases,
        row(FREDERIKSBERG, "SEL85", "all_ages", 3L, 13.3, 12.0, 0.0, 28.5, 13.3),
        row(BALLERUP, "SEL107", "all_ages", 1L, 1800.0, 1800.0, null, null, null),
        row(ALL, "SEL85", "all_ages", 3L, 13.3, 12.0, 0.0, 28.5, 13.3),
        row(ALL, "SEL107", "all_ages", 1L, 1800.0, 1800.0, null, null, null),
        row(ALL, "SEL85", "under_40", 2L, 16.0, 16.0, 0.0, 66.8, 16.0),
        row(ALL, "SEL85", "40_and_over", 1L, 8.0, 8.0, null, null, 8.0),
        row(ALL, "SEL107", "40_and_over", 1L, 1800.0, 1800.0, null, null, null));
  }

  @Test
  public void all_has_a_line_of_all_ages_over_every_municipality_beside_its_split() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").age(39).registrations(sel85(12)),
            Case.in(BALLERUP, "b").age(50).registrations(sel85(20)));

    // All's line of all ages is both municipalities' persons: 12 and 20 hours, mean 16, median
    // 16, sd √32, t(1) = 12.706205, half-width 50.82482: [-34.8, 66.8], cut at 0. Its split has
    // one person per age group, each municipality's line one person: no interval.
    assertResult(
        PriceByGroup.byAge(),
        cases,
        row(FREDERIKSBERG, "SEL85", "all_ages", 1L, 12.0, 12.0, null, null, 12.0),
        row(BALLERUP, "SEL85", "all_ages", 1L, 20.0, 20.0, null, null, 20.0),
        row(ALL, "SEL85", "all_ages", 2L, 16.0, 16.0, 0.0, 66.8, 16.0),
        row(ALL, "SEL85", "under_40", 1L, 12.0, 12.0, null, null, 12.0),
        row(ALL, "SEL85", "40_and_over", 1L, 20.0, 20.0, null, null, 20.0));
  }
}
