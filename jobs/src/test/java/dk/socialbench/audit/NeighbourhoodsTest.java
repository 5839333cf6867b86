package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.sat.CpSolverStatus;
import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.audit.CellSystem.Sense;
import dk.socialbench.audit.IntegerSides.Decision;
import dk.socialbench.audit.IntegerSides.Side;
import dk.socialbench.publish.PerturbationTable;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A side decided over a neighbourhood of its count, the other counts at their truths: a solution
 * found there is one of the whole system, and a neighbourhood too small finds none.
 */
class NeighbourhoodsTest {
  private static final Preimages PREIMAGES = new Preimages(new PerturbationTable());

  private final HandSystem hand = new HandSystem();
  private final CellSystem system = hand.system();

  /**
   * x + a = 5, a + b = 4, b + c ≤ 3, truth (2, 3, 1, 1). Every solution (python3, every value
   * 0..10): a in 1..4, x = 5 − a, b = 4 − a, c in 0..a − 1, so x in 1..4, both sides open. Radius 1
   * frees x and a; a + b = 4 with b at its truth 1 holds a at 3, so x at 2: no solution either
   * side. Radius 2 frees b too, held by b + c ≤ 3 with c at 1 to b ≤ 2: x ≤ 1 forces a = 4 (x ≥ 1
   * by propagation), b = 0, the only one, (1, 4, 0, 1) lifted; x ≥ 3 forces b ≥ 2, so b = 2, a = 2,
   * x = 3: (3, 2, 2, 1).
   */
  private int[] openOnlyAtRadiusTwo() {
    int x = hand.count("x");
    int a = hand.count("a");
    int b = hand.count("b");
    int c = hand.count("c");
    hand.constraint(Sense.EQUAL, 5, x, 1, a, 1);
    hand.constraint(Sense.EQUAL, 4, a, 1, b, 1);
    hand.constraint(Sense.AT_MOST, 3, b, 1, c, 1);
    return new int[] {x, a, b, c};
  }

  private Neighbourhoods neighbourhoods(Bounds bounds, long[] truth) {
    List<WholeSystemAttack.Component> components = WholeSystemAttack.components(system, bounds);
    assertEquals(1, components.size());
    return new Neighbourhoods(components.get(0), bounds, truth, 2_000, 10);
  }

  @Test
  void a_side_open_only_with_radius_two_has_no_solution_at_radius_one() {
    int[] v = openOnlyAtRadiusTwo();
    long[] truth = {2, 3, 1, 1};
    Bounds bounds = Bounds.propagate(system, PREIMAGES);
    Neighbourhoods n = neighbourhoods(bounds, truth);
    Side below = new Side(v[0], false);
    Side above = new Side(v[0], true);

    assertEquals(Set.of(v[0], v[1]), n.within(v[0], 1));
    assertEquals(CpSolverStatus.INFEASIBLE, n.solve(below, n.within(v[0], 1)).status());
    assertEquals(CpSolverStatus.INFEASIBLE, n.solve(above, n.within(v[0], 1)).status());
    assertNull(n.solve(below, n.within(v[0], 1)).solution());

    assertEquals(Set.of(v[0], v[1], v[2]), n.within(v[0], 2));
    assertArrayEquals(new long[] {1, 4, 0, 1}, n.solve(below, n.within(v[0], 2)).solution());
    assertArrayEquals(new long[] {3, 2, 2, 1}, n.solve(above, n.within(v[0], 2)).solution());
  }

  @Test
  void the_side_grows_to_radius_two_and_is_decided_open_by_a_checked_solution() {
    int[] v = openOnlyAtRadiusTwo();
    long[] truth = {2, 3, 1, 1};
    Bounds bounds = Bounds.propagate(system, PREIMAGES);

    Neighbourhoods.Outcome o =
        neighbourhoods(bounds, truth).decide(new Side(v[0], false), Budget.unlimited());
    assertEquals(Neighbourhoods.End.OPEN, o.end());
    assertEquals(List.of(2, 2), List.of(o.radius(), o.solves()));
    assertTrue(satisfiesEveryConstraint(o.solution(), bounds));

    WholeSystemAttack.Component c = WholeSystemAttack.components(system, bounds).get(0);
    IntegerSides.Result r =
        new IntegerSides(new WholeSystemLimits(10, 5, 60, 1, 2_000), IntegerSides.Order.EVERY_SIDE)
            .decide(c, bounds, truth, List.of(new Side(v[0], false), new Side(v[0], true)));
    assertEquals(
        Map.of(new Side(v[0], false), Decision.OPEN, new Side(v[0], true), Decision.OPEN),
        r.decisions());
    assertEquals(2, r.byNeighbourhoods(), "both opened by neighbourhoods");
    assertEquals(1, r.byRegions());
    // one region (the whole component: one solution can lie on one side only, x ≤ 1 or x ≥ 3),
    // then the other side on its own at radius 1 (none) and 2; no round over the component
    assertEquals(3, r.solves());
  }

  @Test
  void counts_first_decides_the_count_with_fewer_solves_than_every_side_alike() {
    int[] v = openOnlyAtRadiusTwo();
    long[] truth = {2, 3, 1, 1};
    Bounds bounds = Bounds.propagate(system, PREIMAGES);
    WholeSystemAttack.Component c = WholeSystemAttack.components(system, bounds).get(0);
    List<Side> sides = List.of(new Side(v[0], false), new Side(v[0], true));
    WholeSystemLimits limits = new WholeSystemLimits(10, 5, 60, 1, 2_000);

    IntegerSides.Result everySide =
        new IntegerSides(limits, IntegerSides.Order.EVERY_SIDE).decide(c, bounds, truth, sides);
    IntegerSides.Result countsFirst =
        new IntegerSides(limits, IntegerSides.Order.COUNT_FIRST).decide(c, bounds, truth, sides);

    Map<Side, Decision> bothOpen = Map.of(sides.get(0), Decision.OPEN, sides.get(1), Decision.OPEN);
    assertEquals(bothOpen, everySide.decisions());
    assertEquals(bothOpen, countsFirst.decisions());
    // every side alike: the region (one side opened), then the other side's own neighbourhood at
    // radius 1 (none) and 2. Counts first: the region opens one side, and x can no longer be
    // pinned after 1 solve; the second side, tried after, is opened by a region of its own
    assertEquals(3, everySide.solves());
    assertEquals(
        List.of(2, 1, 2),
        List.of(countsFirst.solves(), countsFirst.solvesForCounts(), countsFirst.byRegions()));
  }

  @Test
  void a_region_grown_from_several_counts_takes_the_nearest_of_each() {
    int[] v = openOnlyAtRadiusTwo();
    Neighbourhoods n = neighbourhoods(Bounds.propagate(system, PREIMAGES), new long[] {2, 3, 1, 1});

    // from x alone, 3 counts: x, then a (x + a), then b (a + b); from x and c at once: a (x's
    // ring) comes before b (c's ring, b + c), and the cap stops there
    assertEquals(Set.of(v[0], v[1], v[2]), n.region(v[0], 3));
    assertEquals(Set.of(v[0], v[3], v[1]), n.region(List.of(v[0], v[3]), 3));
    assertEquals(Set.of(v[0], v[1], v[2], v[3]), n.region(List.of(v[0], v[3]), 4));
  }

  @Test
  void a_neighbourhood_over_the_cap_is_left_to_the_whole_component() {
    int[] v = openOnlyAtRadiusTwo();
    Bounds bounds = Bounds.propagate(system, PREIMAGES);
    WholeSystemAttack.Component c = WholeSystemAttack.components(system, bounds).get(0);
    Neighbourhoods n = new Neighbourhoods(c, bounds, new long[] {2, 3, 1, 1}, 2, 10);

    // radius 1 (x, a) is infeasible; radius 2 (x, a, b) passes the cap of 2 counts
    Neighbourhoods.Outcome o = n.decide(new Side(v[0], true), Budget.unlimited());
    assertEquals(
        List.of(Neighbourhoods.End.TOO_LARGE, 2, 1), List.of(o.end(), o.radius(), o.solves()));
  }

  @Test
  void a_solution_of_a_neighbourhood_lifted_satisfies_every_constraint_of_the_whole_system() {
    // 30 counts with random truths in 0..6, 24 random constraints of 2..4 counts (coefficients
    // ±1, ±2), each made to hold at the truth: equalities, and inequalities with a slack of 0..2
    Random random = new Random(15);
    int n = 30;
    long[] truth = new long[n];
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      v[i] = hand.count("k" + i);
      truth[i] = random.nextInt(7);
    }
    for (int k = 0; k < 24; k++) {
      int size = 2 + random.nextInt(3);
      long[] terms = new long[2 * size];
      long sum = 0;
      for (int j = 0; j < size; j++) {
        int w = random.nextInt(n);
        long a = (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(2));
        terms[2 * j] = v[w];
        terms[2 * j + 1] = a;
        sum += a * truth[w];
      }
      switch (k % 3) {
        case 0 -> hand.constraint(Sense.EQUAL, sum, terms);
        case 1 -> hand.constraint(Sense.AT_MOST, sum + random.nextInt(3), terms);
        default -> hand.constraint(Sense.AT_LEAST, sum - random.nextInt(3), terms);
      }
    }
    Bounds bounds = Bounds.propagate(system, PREIMAGES);
    int found = 0;
    int none = 0;
    for (WholeSystemAttack.Component c : WholeSystemAttack.components(system, bounds)) {
      Neighbourhoods hood = new Neighbourhoods(c, bounds, truth, 2_000, 10);
      for (int w : c.variables) {
        for (boolean upper : new boolean[] {false, true}) {
          for (int radius = 1; radius <= 2; radius++) {
            Set<Integer> free = hood.within(w, radius);
            long[] s = hood.solve(new Side(w, upper), free).solution();
            if (s == null) {
              none++;
              continue;
            }
            found++;
            assertTrue(upper ? s[w] > truth[w] : s[w] < truth[w], "on the side");
            for (int u = 0; u < n; u++) {
              if (!free.contains(u)) {
                assertEquals(truth[u], s[u], "a count outside the neighbourhood is its truth");
              }
            }
            assertTrue(satisfiesEveryConstraint(s, bounds), "lifted solution of " + w);
          }
        }
      }
    }
    assertTrue(found > 0 && none > 0, found + " solutions, " + none + " without: both happen");
  }

  /** Every constraint of the system and every bound, evaluated here, not by the code tested. */
  private boolean satisfiesEveryConstraint(long[] values, Bounds bounds) {
    for (int w = 0; w < values.length; w++) {
      if (values[w] < bounds.lo[w] || values[w] > bounds.hi[w]) {
        return false;
      }
    }
    for (Constraint k : system.constraints()) {
      long sum = 0;
      for (int i = 0; i < k.variables().length; i++) {
        sum += k.coefficients()[i] * values[k.variables()[i]];
      }
      if (k.sense() == Sense.EQUAL
          ? sum != k.rhs()
          : k.sense() == Sense.AT_MOST ? sum > k.rhs() : sum < k.rhs()) {
        return false;
      }
    }
    return true;
  }
}
