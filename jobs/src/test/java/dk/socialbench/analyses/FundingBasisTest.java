package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;

import org.junit.Test;

public class FundingBasisTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void an_empty_funding_basis_is_counted_as_not_reported() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(
                    sel85(10).fundingBasis("disability_pension"),
                    // A change at a later registration does not count.
                    sel85(10).fundingBasis("cash_benefit_job_ready")),
            Case.in(FREDERIKSBERG, "b").registrations(sel85(10)),
            Case.in(FREDERIKSBERG, "c")
                .registrations(sel107(1500).fundingBasis("cash_benefit_not_job_ready")),
            Case.in(BALLERUP, "d").registrations(sel85(10).fundingBasis("disability_pension")));

    assertResult(
        new FundingBasis(),
        cases,
        row(FREDERIKSBERG, "disability_pension", 1L, 3L, 0.333, 0.061, 0.792),
        row(FREDERIKSBERG, "not_reported", 1L, 3L, 0.333, 0.061, 0.792),
        row(FREDERIKSBERG, "cash_benefit_not_job_ready", 1L, 3L, 0.333, 0.061, 0.792),
        row(BALLERUP, "disability_pension", 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, "disability_pension", 2L, 4L, 0.5, 0.15, 0.85),
        row(ALL, "not_reported", 1L, 4L, 0.25, 0.046, 0.699),
        row(ALL, "cash_benefit_not_job_ready", 1L, 4L, 0.25, 0.046, 0.699));
  }
}
