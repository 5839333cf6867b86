package dk.socialbench.analyses;

import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class ComparisonGroupsTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  private static final String FREDERIKSBERG = "147";
  private static final String BALLERUP = "151";
  private static final String BRONDBY = "153";
  private static final String GENTOFTE = "157";

  @Test
  public void peers_are_the_municipalities_nearest_in_standardised_case_mix() {
    Cases cases =
        Cases.of(
            // Frederiksberg: VUM 2, age 30, no §107, 2 cases. The §107 second registration at VUM
            // 4 does not count: the case mix is taken at the first registration.
            Case.in(FREDERIKSBERG, "a").age(30).registrations(sel85(10).vum(2), sel107(900).vum(4)),
            Case.in(FREDERIKSBERG, "b").age(30).registrations(sel85(10).vum(2)),
            // Ballerup: VUM 3, age 30, §107 share 0.5, 2 cases.
            Case.in(BALLERUP, "c").age(30).registrations(sel85(10).vum(3)),
            Case.in(BALLERUP, "d").age(30).registrations(sel107(900).vum(3)),
            // Brøndby: VUM 2, age 40, no §107, 4 cases.
            Case.in(BRONDBY, "e").age(40).registrations(sel85(10).vum(2)),
            Case.in(BRONDBY, "f").age(40).registrations(sel85(10).vum(2)),
            Case.in(BRONDBY, "g").age(40).registrations(sel85(10).vum(2)),
            Case.in(BRONDBY, "h").age(40).registrations(sel85(10).vum(2)),
            // Gentofte: VUM 4, age 60, all §107, 1 case.
            Case.in(GENTOFTE, "i").age(60).registrations(sel107(900).vum(4)));

    // Population standard deviations across the four municipalities (python3, math.dist):
    //   VUM 2, 3, 2, 4: sd 0.829156;  age 30, 30, 40, 60: sd 12.247449;
    //   §107 share 0, 0.5, 0, 1: sd 0.414578;  ln(cases) ln 2, ln 2, ln 4, 0: sd 0.490129.
    // Frederiksberg–Brøndby differ in age by 10 / 12.247 = 0.816 sd and in size by ln 2 / 0.490
    // = 1.414 sd: distance √(0.667 + 2) = 1.633. Frederiksberg–Ballerup differ in VUM by 1 /
    // 0.829 = 1.206 sd and in §107 share by 0.5 / 0.415 = 1.206 sd: distance 1.706. So Brøndby is
    // Frederiksberg's nearest, though ten years of age would dominate unstandardised figures.
    // All distances: 147–151 1.706, 147–153 1.633, 147–157 4.431, 151–153 2.361, 151–157 3.303,
    // 153–157 4.723.
    assertResult(
        new ComparisonGroups(2),
        cases,
        row(FREDERIKSBERG, BRONDBY, 1),
        row(FREDERIKSBERG, BALLERUP, 2),
        row(BALLERUP, FREDERIKSBERG, 1),
        row(BALLERUP, BRONDBY, 2),
        row(BRONDBY, FREDERIKSBERG, 1),
        row(BRONDBY, BALLERUP, 2),
        row(GENTOFTE, BALLERUP, 1),
        row(GENTOFTE, FREDERIKSBERG, 2));
  }

  @Test
  public void municipalities_alike_in_every_figure_are_ordered_by_code() {
    // Every figure is the same everywhere: all standard deviations are 0, every distance 0.
    Cases cases =
        Cases.of(
            Case.in(GENTOFTE, "a").registrations(sel85(10).vum(2)),
            Case.in(FREDERIKSBERG, "b").registrations(sel85(10).vum(2)),
            Case.in(BALLERUP, "c").registrations(sel85(10).vum(2)));

    assertResult(
        new ComparisonGroups(),
        cases,
        row(FREDERIKSBERG, BALLERUP, 1),
        row(FREDERIKSBERG, GENTOFTE, 2),
        row(BALLERUP, FREDERIKSBERG, 1),
        row(BALLERUP, GENTOFTE, 2),
        row(GENTOFTE, FREDERIKSBERG, 1),
        row(GENTOFTE, BALLERUP, 2));
  }
}
