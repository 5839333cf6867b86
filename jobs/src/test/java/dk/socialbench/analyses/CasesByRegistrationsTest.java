package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class CasesByRegistrationsTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void a_case_counts_once_for_every_k_up_to_its_number_of_registrations() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").registrations(sel85(10)),
            Case.in(FREDERIKSBERG, "b").registrations(sel85(10), sel85(10)),
            Case.in(FREDERIKSBERG, "c").registrations(sel107(1500), sel107(1500), sel107(1500)),
            Case.in(BALLERUP, "d").registrations(sel85(10), sel85(10)));

    // The share is of all the municipality's cases, the count at k = 1.
    assertResult(
        new CasesByRegistrations(),
        cases,
        row(FREDERIKSBERG, 1, 3L, 3L, 1.0, 0.439, 1.0),
        row(FREDERIKSBERG, 2, 2L, 3L, 0.667, 0.208, 0.939),
        row(FREDERIKSBERG, 3, 1L, 3L, 0.333, 0.061, 0.792),
        row(BALLERUP, 1, 1L, 1L, 1.0, 0.207, 1.0),
        row(BALLERUP, 2, 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, 1, 4L, 4L, 1.0, 0.51, 1.0),
        row(ALL, 2, 3L, 4L, 0.75, 0.301, 0.954),
        row(ALL, 3, 1L, 4L, 0.25, 0.046, 0.699));
  }
}
