package dk.socialbench.analyses;

import static dk.socialbench.analyses.Cases.ALL;
import static dk.socialbench.analyses.Cases.BALLERUP;
import static dk.socialbench.analyses.Cases.FREDERIKSBERG;
import static dk.socialbench.analyses.Registration.IMPROVEMENT;
import static dk.socialbench.analyses.Registration.NOT;
import static dk.socialbench.analyses.Registration.STATUS_QUO;
import static dk.socialbench.analyses.Registration.sel107;
import static dk.socialbench.analyses.Registration.sel85;
import static dk.socialbench.contract.ResultColumns.CASES;
import static dk.socialbench.contract.ResultColumns.GOALS_SET;
import static dk.socialbench.contract.ResultColumns.MUNICIPALITY_CODE;
import static dk.socialbench.contract.ResultColumns.TOTAL;

import java.util.List;
import org.junit.Test;

public class GoalsSetTest extends AnalysisTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void goals_are_counted_at_the_first_registration_per_municipality_and_for_all() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a")
                .registrations(sel85(10).goal(IMPROVEMENT), sel85(10).judged(NOT)),
            Case.in(FREDERIKSBERG, "b").registrations(sel107(1500).goal(STATUS_QUO)),
            // Goals set only at the second registration: the first says no.
            Case.in(FREDERIKSBERG, "c").registrations(sel85(10), sel85(10).goal(IMPROVEMENT)),
            Case.in(BALLERUP, "d").registrations(sel85(10).goal(IMPROVEMENT)));

    // Ballerup has no case without goals, so it has no "no" row.
    assertResult(
        new GoalsSet(),
        cases,
        row(FREDERIKSBERG, "yes", 2L, 3L, 0.667, 0.208, 0.939),
        row(FREDERIKSBERG, "no", 1L, 3L, 0.333, 0.061, 0.792),
        row(BALLERUP, "yes", 1L, 1L, 1.0, 0.207, 1.0),
        row(ALL, "yes", 3L, 4L, 0.75, 0.301, 0.954),
        row(ALL, "no", 1L, 4L, 0.25, 0.046, 0.699));
  }

  /**
   * Distribution's counts with their cell keys: each the sum of its distinct persons' record keys
   * modulo 2^32, a line total the sum of its cells' keys. Worked out with python3:
   *
   * <pre>
   * import hashlib
   * def rk(p): return int(hashlib.sha256(("socialbench cell key:" + p).encode()).hexdigest()[:8], 16)
   * def key(*ps): return sum(rk(p) for p in ps) % 2**32
   * a, b, c, d = "person-147-a", "person-147-b", "person-147-c", "person-151-d"
   * key(a, b) = 228491385; key(c) = 3666996374; key(a, b, c) = 3895487759; key(d) = 3290223529
   * key(a, b, d) = 3518714914; key(a, b, c, d) = 2890743992
   * </pre>
   *
   * Person a has a second case with goals: counted once, and its record key added once.
   */
  @Test
  public void counts_are_of_distinct_persons_each_with_its_cell_key() {
    Cases cases =
        Cases.of(
            Case.in(FREDERIKSBERG, "a").registrations(sel85(10).goal(IMPROVEMENT)),
            Case.in(FREDERIKSBERG, "a2")
                .person("person-147-a")
                .registrations(sel107(1500).goal(STATUS_QUO)),
            Case.in(FREDERIKSBERG, "b").registrations(sel107(1500).goal(STATUS_QUO)),
            Case.in(FREDERIKSBERG, "c").registrations(sel85(10)),
            Case.in(BALLERUP, "d").registrations(sel85(10).goal(IMPROVEMENT)));

    assertColumns(
        new GoalsSet(),
        cases,
        List.of(MUNICIPALITY_CODE, GOALS_SET, CASES, "cases_key", TOTAL, "total_key"),
        row(FREDERIKSBERG, "yes", 2L, 228491385L, 3L, 3895487759L),
        row(FREDERIKSBERG, "no", 1L, 3666996374L, 3L, 3895487759L),
        row(BALLERUP, "yes", 1L, 3290223529L, 1L, 3290223529L),
        row(ALL, "yes", 3L, 3518714914L, 4L, 2890743992L),
        row(ALL, "no", 1L, 3666996374L, 4L, 2890743992L));
  }
}
