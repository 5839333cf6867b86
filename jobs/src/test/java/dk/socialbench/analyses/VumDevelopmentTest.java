package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class VumDevelopmentTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  private static final String IMPROVED = "improved";
  private static final String SAME = "same";
  private static final String WORSENED = "worsened";
  private static final String NO_NEXT = "no_next_registration";

  @Test
  public void every_k_with_a_next_registration_anywhere_is_reported_and_no_other() {
    Cases cases =
        Cases.of(
            // Four registrations: k = 1, 2, 3 have a next one; k = 4 has none anywhere.
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10).vum(2), sel85(10).vum(1), sel85(10).vum(1), sel85(10).vum(1)),
            Case.in(FREDERIKSBERG, "b").registrations(sel107(1500).vum(3.5), sel107(1500).vum(4)),
            Case.in(FREDERIKSBERG, "c").registrations(sel85(10).vum(3)),
            // Case numbers are the municipality's own: Ballerup's "a" and "b" are other citizens.
            Case.in(BALLERUP, "a")
                .registrations(sel107(1500).vum(3.5), sel107(1500).vum(3), sel107(1500).vum(3.5)),
            Case.in(BALLERUP, "b").registrations(sel85(10).vum(2), sel85(10).vum(2)));

    // Lower is better: 2 -> 1 improved, 3.5 -> 4 worsened, 3.5 -> 3 improved, 3 -> 3.5 worsened.
    assertResult(
        new VumDevelopment(),
        cases,
        row(FREDERIKSBERG, 1, 2.0, IMPROVED, 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, 1, 3.0, NO_NEXT, 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, 1, 3.5, WORSENED, 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, 2, 1.0, SAME, 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, 2, 4.0, NO_NEXT, 1L, 1L, 1.0, 0.207, 1.0),
        row(FREDERIKSBERG, 3, 1.0, SAME, 1L, 1L, 1.0, 0.207, 1.0),
        row(BALLERUP, 1, 2.0, SAME, 1L, 1L, 1.0, 0.207, 1.0),
        row(BALLERUP, 1, 3.5, IMPROVED, 1L, 1L, 1.0, 0.207, 1.0),
        row(BALLERUP, 2, 2.0, NO_NEXT, 1L, 1L, 1.0, 0.207, 1.0),
        row(BALLERUP, 2, 3.0, WORSENED, 1L, 1L, 1.0, 0.207, 1.0),
        row(BALLERUP, 3, 3.5, NO_NEXT, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 1, 2.0, IMPROVED, 1L, 2L, 0.5, 0.095, 0.905),
        row(ALL, 1, 2.0, SAME, 1L, 2L, 0.5, 0.095, 0.905),
        row(ALL, 1, 3.0, NO_NEXT, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 1, 3.5, IMPROVED, 1L, 2L, 0.5, 0.095, 0.905),
        row(ALL, 1, 3.5, WORSENED, 1L, 2L, 0.5, 0.095, 0.905),
        row(ALL, 2, 1.0, SAME, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 2, 2.0, NO_NEXT, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 2, 3.0, WORSENED, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 2, 4.0, NO_NEXT, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 3, 1.0, SAME, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 3, 3.5, NO_NEXT, 1L, 1L, 1.0, 0.207, 1.0));
  }

  @Test
  public void cases_with_one_registration_are_their_own_direction_within_the_score() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").registrations(sel85(10).vum(3), sel85(10).vum(3)),
            Case.in(FREDERIKSBERG, "b").registrations(sel85(10).vum(3), sel85(10).vum(2)),
            Case.in(FREDERIKSBERG, "c").registrations(sel85(10).vum(3)),
            Case.in(FREDERIKSBERG, "d").registrations(sel85(10).vum(3)));

    // Score 3 at k = 1: 1 same, 1 improved, 2 without a second registration, of 4.
    assertResult(
        new VumDevelopment(),
        cases,
        row(FREDERIKSBERG, 1, 3.0, SAME, 1L, 4L, 0.25, 0.046, 0.699),
        row(FREDERIKSBERG, 1, 3.0, IMPROVED, 1L, 4L, 0.25, 0.046, 0.699),
        row(FREDERIKSBERG, 1, 3.0, NO_NEXT, 2L, 4L, 0.5, 0.15, 0.85),
        row(ALL, 1, 3.0, SAME, 1L, 4L, 0.25, 0.046, 0.699),
        row(ALL, 1, 3.0, IMPROVED, 1L, 4L, 0.25, 0.046, 0.699),
        row(ALL, 1, 3.0, NO_NEXT, 2L, 4L, 0.5, 0.15, 0.85));
  }
}
