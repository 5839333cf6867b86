package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.audit.CellSystem.Sense;
import dk.socialbench.publish.PerturbationTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole-system attacker on small systems written out by hand: a pin that needs constraints
 * three hops from the count combined, which propagation and the audit's per-count programmes (one
 * hop, and two) leave open, and one that narrows a count without pinning it. Every variable is a
 * count without a published value (at least 0, no upper bound). The solutions were enumerated in
 * python3 (every whole y, u up to 30) and the relaxation solved with scipy's linprog.
 */
class WholeSystemAttackTest {
  private static final Preimages PREIMAGES = new Preimages(new PerturbationTable());
  private static final int THRESHOLD = PREIMAGES.threshold();

  private final HandSystem hand = new HandSystem();
  private final CellSystem system = hand.system();

  /**
   * x + w = 12, w + v = 14, v + y = 12, y + u = {@code yPlusU}, u ≤ y, y + z = 7. With 13: z ≥ 0
   * gives y ≤ 7, then u ≥ 6 and u ≤ y give y ≥ 6; one constraint at a time y, u in 6..7, z in 0..1,
   * v in 5..6, w in 8..9, x in 3..4. Combined: 13 = y + u ≤ 2y, so y ≥ 6.5, whole: y = 7, and the
   * chain gives v = 5, w = 9, x = 3, the only solution. With 12 both y = 6 (x = 4) and y = 7 (x =
   * 3) are solutions. Returns x, w, v, y, u, z.
   */
  private int[] chain(long yPlusU) {
    int x = hand.count("x");
    int w = hand.count("w");
    int v = hand.count("v");
    int y = hand.count("y");
    int u = hand.count("u");
    int z = hand.count("z");
    hand.constraint(Sense.EQUAL, 12, x, 1, w, 1);
    hand.constraint(Sense.EQUAL, 14, w, 1, v, 1);
    hand.constraint(Sense.EQUAL, 12, v, 1, y, 1);
    hand.constraint(Sense.EQUAL, yPlusU, y, 1, u, 1);
    hand.constraint(Sense.AT_MOST, 0, u, 1, y, -1);
    hand.constraint(Sense.EQUAL, 7, y, 1, z, 1);
    return new int[] {x, w, v, y, u, z};
  }

  /**
   * 2y + x + 2z = 7, 2x − 2y + z = 5, z + w = 1. Propagation: x in 3..4, y in 1..2, z, w in 0..1;
   * the relaxation reaches x = 4 (y = 1.5, z = 0), so rounded inward it leaves x at 3..4. In whole
   * numbers the first makes x odd (x = 7 − 2y − 2z), so x = 3, and then y = 1, z = 1, w = 0: the
   * only solution (enumerated in python3 over every value propagation allows; the relaxation's
   * optima 3.0 and 4.0 by scipy's linprog, HiGHS). Returns x, y, z, w.
   */
  private int[] pinnedOnlyInWholeNumbers() {
    int x = hand.count("x");
    int y = hand.count("y");
    int z = hand.count("z");
    int w = hand.count("w");
    hand.constraint(Sense.EQUAL, 7, y, 2, x, 1, z, 2);
    hand.constraint(Sense.EQUAL, 5, y, -2, x, 2, z, 1);
    hand.constraint(Sense.EQUAL, 1, z, 1, w, 1);
    return new int[] {x, y, z, w};
  }

  /** CP-SAT for every component: nothing is left to ojAlgo's programmes. */
  private static WholeSystemAttack integerAttacker() {
    return new WholeSystemAttack(
        THRESHOLD, 0, 0, new IntegerSides(new WholeSystemLimits(10, 5, 60, 1, 2_000)));
  }

  private static List<Double> interval(Bounds b, int v) {
    return List.of(b.lo[v], b.hi[v]);
  }

  /** Propagation and the audit's exact step (one hop, then two) with the truths, as the gate. */
  private Bounds audited(long[] truth) {
    Bounds b = Bounds.propagate(system, PREIMAGES);
    ExactBounds.standard().tighten(system, b, v -> truth[v] > 0 && truth[v] < THRESHOLD, truth);
    new ExactBounds(2, 150, 40)
        .tighten(system, b, v -> truth[v] > 0 && truth[v] < THRESHOLD, truth);
    return b;
  }

  @Test
  void a_pin_three_hops_away_is_missed_by_the_audit_and_found_by_the_whole_system() {
    int[] v = chain(13);
    long[] truth = {3, 9, 5, 7, 6, 0};
    Bounds b = audited(truth);
    assertEquals(List.of(3.0, 4.0), interval(b, v[0]), "the audit leaves x open");
    assertEquals(List.of(6.0, 7.0), interval(b, v[3]), "y is 7 persons: not solved by the audit");

    WholeSystemAttack.Outcome whole =
        new WholeSystemAttack(THRESHOLD, WholeSystemAttack.INTEGER_VARIABLES)
            .run(system, b, u -> u == v[0], truth);

    assertEquals(1, whole.intervals().size());
    WholeSystemAttack.Interval x = whole.intervals().get(0);
    assertEquals(List.of(3.0, 3.0), List.of(x.lo(), x.hi()));
    assertEquals(List.of(3.0, 4.0), List.of(x.auditLo(), x.auditHi()));
    assertEquals(1, whole.findings().size());
    assertTrue(whole.findings().get(0).reason().contains("below the threshold"));
    assertEquals(List.of(1, 1, 6, 6), shape(whole.summary()));
    assertEquals(List.of(3.0, 4.0), interval(b, v[0]), "the audit's bounds are not changed");
  }

  @Test
  void without_the_truths_the_pin_is_found_by_the_relaxation_rounded_inward() {
    int[] v = chain(13);
    Bounds b = Bounds.propagate(system, PREIMAGES);
    // the relaxation: x in 3..3.5 (y in 6.5..7), rounded inward to 3; no integer programme
    WholeSystemAttack.Outcome whole =
        new WholeSystemAttack(THRESHOLD, 0)
            .run(system, b, WholeSystemAttack.openSmallCounts(b, null, THRESHOLD), null);
    WholeSystemAttack.Interval x =
        whole.intervals().stream().filter(i -> i.variable() == v[0]).findFirst().orElseThrow();
    assertEquals(List.of(3.0, 3.0), List.of(x.lo(), x.hi()));
    assertEquals(0, whole.summary().integer());
    // x (3..4) and z (0..1) are possibly under the threshold and above 0; z is pinned to 0
    assertEquals(2, whole.intervals().size());
    assertEquals(1, whole.findings().size(), "a count pinned to 0 tells of no one");
  }

  @Test
  void a_chain_that_narrows_the_count_without_pinning_it_is_an_interval_not_a_finding() {
    // with y + u = 12, one constraint at a time: u >= 5 and u <= y give y in 5..7, so x in 3..5;
    // combined 12 <= 2y gives y >= 6: x in 3..4, both reached (y = 7 and y = 6)
    int[] v = chain(12);
    long[] truth = {3, 9, 5, 7, 5, 0};
    Bounds b = audited(truth);
    assertEquals(List.of(3.0, 5.0), interval(b, v[0]));

    WholeSystemAttack.Outcome whole =
        new WholeSystemAttack(THRESHOLD, WholeSystemAttack.INTEGER_VARIABLES)
            .run(system, b, u -> u == v[0], truth);

    WholeSystemAttack.Interval x = whole.intervals().get(0);
    assertEquals(List.of(3.0, 4.0), List.of(x.lo(), x.hi()));
    assertEquals(List.of(x), whole.narrowed());
    assertEquals(List.of(), whole.findings());
  }

  @Test
  void the_pin_three_hops_away_is_found_over_the_integer_solutions() {
    int[] v = chain(13);
    long[] truth = {3, 9, 5, 7, 6, 0};
    Bounds b = audited(truth);

    WholeSystemAttack.Outcome whole = integerAttacker().run(system, b, u -> u == v[0], truth);

    // x's lower end is the truth already; its upper side (x = 4) has no solution, proven
    WholeSystemAttack.Interval x = whole.intervals().get(0);
    assertEquals(List.of(3.0, 3.0), List.of(x.lo(), x.hi()));
    assertEquals(1, whole.findings().size());
    assertEquals(1, whole.summary().closedBySolver());
    assertEquals(0, whole.summary().undecided());
    assertEquals(0, whole.summary().programmes(), "no ojAlgo programme");
  }

  @Test
  void a_count_the_relaxation_leaves_open_and_whole_numbers_pin_is_a_finding() {
    int[] v = pinnedOnlyInWholeNumbers();
    long[] truth = {3, 1, 1, 0};
    Bounds b = Bounds.propagate(system, PREIMAGES);
    assertEquals(List.of(3.0, 4.0), interval(b, v[0]), "propagation leaves x open");

    // the relaxation, rounded inward, leaves x open too: it is not the attacker's whole strength
    WholeSystemAttack.Outcome relaxed =
        new WholeSystemAttack(THRESHOLD, 0).run(system, b, u -> u == v[0], null);
    WholeSystemAttack.Interval r = relaxed.intervals().get(0);
    assertEquals(List.of(3.0, 4.0), List.of(r.lo(), r.hi()));
    assertEquals(List.of(), relaxed.findings());

    WholeSystemAttack.Outcome whole = integerAttacker().run(system, b, u -> u == v[0], truth);

    WholeSystemAttack.Interval x = whole.intervals().get(0);
    assertEquals(List.of(3.0, 3.0), List.of(x.lo(), x.hi()));
    assertEquals(1, whole.findings().size());
    assertTrue(whole.findings().get(0).reason().contains("below the threshold"));
    // x's lower side is the audit's bound, its upper side closed by CP-SAT: both closed, pinned
    assertEquals(new WholeSystemAttack.Counts(0, 0, 0, 0, 0, 0, 1, 0), whole.summary().counts());
  }

  @Test
  void a_count_with_one_side_closed_and_the_other_open_has_a_side_open_and_is_no_finding() {
    // x + y = 4, y + z = 3, z ≤ 1; truth (1, 3, 0). The solutions (python3, values 0..10): (1, 3,
    // 0) and (2, 2, 1). Propagation: x in 1..2, y in 2..3, z in 0..1. x's lower side is closed
    // (x ≥ 1 in every solution), its upper open (x = 2); y's upper closed, its lower open (y = 2)
    int x = hand.count("x");
    int y = hand.count("y");
    int z = hand.count("z");
    hand.constraint(Sense.EQUAL, 4, x, 1, y, 1);
    hand.constraint(Sense.EQUAL, 3, y, 1, z, 1);
    hand.constraint(Sense.AT_MOST, 1, z, 1);
    long[] truth = {1, 3, 0};
    Bounds b = Bounds.propagate(system, PREIMAGES);
    assertEquals(List.of(1.0, 2.0), interval(b, x));

    WholeSystemAttack.Outcome whole =
        integerAttacker().run(system, b, u -> u == x || u == y, truth);

    assertEquals(List.of(), whole.findings());
    // each count's open side is reached by a witness (x = 2, y = 2, z = 1), its other side is the
    // audit's bound: 2 counts with a side open, none pinned or undecided, and no side left to
    // CP-SAT
    assertEquals(new WholeSystemAttack.Counts(2, 0, 0, 0, 0, 0, 0, 0), whole.summary().counts());
    assertEquals(0, whole.summary().solves());
  }

  @Test
  void a_count_with_another_solution_is_shown_open_not_pinned() {
    // chain(12): x = 3 (y = 7) and x = 4 (y = 6) are both solutions
    int[] v = chain(12);
    long[] truth = {3, 9, 5, 7, 5, 0};
    Bounds b = audited(truth);

    WholeSystemAttack.Outcome whole = integerAttacker().run(system, b, u -> u == v[0], truth);

    WholeSystemAttack.Interval x = whole.intervals().get(0);
    assertEquals(3.0, x.lo());
    assertTrue(x.hi() > 3.0, "x can be more than its truth");
    assertEquals(List.of(), whole.findings());
    assertEquals(0, whole.summary().undecided());
  }

  @Test
  void a_pinned_count_splits_the_system_into_components() {
    // a + b + d = 4 and b + c + e = 6 share b: one component; with b pinned to 2 (b <= 2 and
    // b >= 2), b is a constant and a, d and c, e are two components
    int a = hand.count("a");
    int bb = hand.count("b");
    int c = hand.count("c");
    int d = hand.count("d");
    int e = hand.count("e");
    hand.constraint(Sense.EQUAL, 4, a, 1, bb, 1, d, 1);
    hand.constraint(Sense.EQUAL, 6, bb, 1, c, 1, e, 1);
    Bounds open = Bounds.propagate(system, PREIMAGES);
    assertEquals(List.of(5), sizes(WholeSystemAttack.components(system, open)), "a, b, c, d, e");
    hand.constraint(Sense.AT_MOST, 2, bb, 1);
    hand.constraint(Sense.AT_LEAST, 2, bb, 1);
    Bounds pinned = Bounds.propagate(system, PREIMAGES);
    assertEquals(List.of(2, 2), sizes(WholeSystemAttack.components(system, pinned)));
  }

  private static List<Integer> sizes(List<WholeSystemAttack.Component> components) {
    return components.stream().map(p -> p.variables.size()).toList();
  }

  /** Components, those with a count attacked, the largest's counts and constraints. */
  private static List<Integer> shape(WholeSystemAttack.Summary s) {
    return List.of(
        s.components(), s.componentsWithTargets(), s.largestVariables(), s.largestConstraints());
  }
}
