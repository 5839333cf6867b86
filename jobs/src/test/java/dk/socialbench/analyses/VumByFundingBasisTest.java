package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;
import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.FUNDING_BASIS;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;

import java.util.List;
import org.junit.Test;

public class VumByFundingBasisTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void the_mean_first_score_is_given_per_funding_basis_with_not_reported_as_its_own() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(sel85(10).vum(2).fundingBasis("disability_pension")),
            Case.in(FREDERIKSBERG, "b")
                .registrations(
                    sel85(10).vum(3).fundingBasis("disability_pension"),
                    sel85(10).vum(1).fundingBasis("disability_pension")),
            Case.in(FREDERIKSBERG, "c").registrations(sel107(1500).vum(3.5)),
            Case.in(BALLERUP, "d")
                .registrations(sel85(10).vum(4).fundingBasis("disability_pension")),
            Case.in(BALLERUP, "e").registrations(sel85(10).vum(1).fundingBasis("resource_course")));

    // Disability pension in Frederiksberg: 2 and 3, mean and median 2.5, sd √0.5, t(1) = 12.706205,
    // half-width 6.3531025: [-3.85, 8.85], kept on the VUM scale: [0, 4]. For all: 2, 3, 4, sd 1,
    // t(2) = 4.302653, half-width 2.484138: [0.515862, 5.484138], to 2 decimals and at most 4.
    assertResult(
        new VumByFundingBasis(),
        cases,
        row(FREDERIKSBERG, "disability_pension", 2L, 2.5, 2.5, 0.0, 4.0),
        row(FREDERIKSBERG, "not_reported", 1L, 3.5, 3.5, null, null),
        row(BALLERUP, "disability_pension", 1L, 4.0, 4.0, null, null),
        row(BALLERUP, "resource_course", 1L, 1.0, 1.0, null, null),
        row(ALL, "disability_pension", 3L, 3.0, 3.0, 0.52, 4.0),
        row(ALL, "not_reported", 1L, 3.5, 3.5, null, null),
        row(ALL, "resource_course", 1L, 1.0, 1.0, null, null));
  }

  /**
   * Means' n with its cell key, the sum of the persons' record keys modulo 2^32 (python3, as in
   * {@link GoalsSetTest}: key(a, b) = 228491385, key(d) = 3290223529, key(a, b, d) = 3518714914). A
   * person's second case in the cell adds no person: n counts distinct persons.
   */
  @Test
  public void n_is_of_distinct_persons_with_its_cell_key() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(sel85(10).vum(2).fundingBasis("disability_pension")),
            Case.in(FREDERIKSBERG, "a2")
                .person("person-147-a")
                .registrations(sel107(1500).vum(2).fundingBasis("disability_pension")),
            Case.in(FREDERIKSBERG, "b")
                .registrations(sel85(10).vum(3).fundingBasis("disability_pension")),
            Case.in(BALLERUP, "d")
                .registrations(sel85(10).vum(4).fundingBasis("disability_pension")));

    assertColumns(
        new VumByFundingBasis(),
        cases,
        List.of(MUNICIPALITY_CODE, FUNDING_BASIS, CASES, "cases_key"),
        row(FREDERIKSBERG, "disability_pension", 2L, 228491385L),
        row(BALLERUP, "disability_pension", 1L, 3290223529L),
        row(ALL, "disability_pension", 3L, 3518714914L));
  }

  /**
   * A person's two cases in one cell with different scores: the cell is aggregated by score first
   * ({@link Means#cells}), and the person still counts once, in n and in its key (a and b: the key
   * of the test above, 228491385, under Frederiksberg and all alike).
   */
  @Test
  public void a_person_with_two_scores_in_a_cell_is_one_person() {
    String basis = "disability_pension";
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").registrations(sel85(10).vum(2).fundingBasis(basis)),
            Case.in(FREDERIKSBERG, "a2")
                .person("person-147-a")
                .registrations(sel107(1500).vum(3.5).fundingBasis(basis)),
            Case.in(FREDERIKSBERG, "b").registrations(sel85(10).vum(3).fundingBasis(basis)));
    List<String> counted = List.of(MUNICIPALITY_CODE, FUNDING_BASIS, CASES, "cases_key");
    Object[] frederiksberg = row(FREDERIKSBERG, basis, 2L, 228491385L);
    assertColumns(
        new VumByFundingBasis(), cases, counted, frederiksberg, row(ALL, basis, 2L, 228491385L));
  }
}
