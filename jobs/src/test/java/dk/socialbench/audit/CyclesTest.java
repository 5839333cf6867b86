package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.audit.CellSystem.Sense;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cycles through two lines and two columns of a table as witnesses: the 2×2 table's solutions were
 * enumerated in python3 (every value 0..10 of each count), so a cycle claimed where the system pins
 * the count would be caught; the solutions returned are checked here, constraint by constraint, by
 * the test itself.
 */
class CyclesTest {
  private final HandSystem hand = new HandSystem();

  /**
   * a + b = 6, c + d = 8 (lines), a + c = 7, b + d = 7 (columns) at truth (1, 5, 6, 2). Its
   * solutions (python3): (t, 6 − t, 7 − t, 1 + t) for t = 0..6. Returns a, b, c, d.
   */
  private int[] table() {
    int a = hand.count("a");
    int b = hand.count("b");
    int c = hand.count("c");
    int d = hand.count("d");
    hand.constraint(Sense.EQUAL, 6, a, 1, b, 1);
    hand.constraint(Sense.EQUAL, 8, c, 1, d, 1);
    hand.constraint(Sense.EQUAL, 7, a, 1, c, 1);
    hand.constraint(Sense.EQUAL, 7, b, 1, d, 1);
    return new int[] {a, b, c, d};
  }

  private Cycles cycles(long[] truth, double[] lo, double[] hi) {
    List<Constraint> all = hand.system().constraints();
    Map<Integer, List<Constraint>> touching = new HashMap<>();
    for (Constraint k : all) {
      for (int w : k.variables()) {
        touching.computeIfAbsent(w, x -> new java.util.ArrayList<>()).add(k);
      }
    }
    Witness repair = new Witness(all, lo, hi, truth, Cycles.REPAIR_MOVES, Cycles.REPAIR_STEPS);
    return new Cycles(repair, touching, lo, hi, truth);
  }

  private static double[] filled(int n, double value) {
    double[] a = new double[n];
    Arrays.fill(a, value);
    return a;
  }

  /** The truth with {@code moves} applied: every count's value. */
  private static long[] values(long[] truth, Map<Integer, Long> moves) {
    long[] v = truth.clone();
    moves.forEach((w, value) -> v[w] = value);
    return v;
  }

  /** Whether {@code values} satisfy every constraint of the hand system, evaluated here. */
  private boolean satisfiesAll(long[] values) {
    for (Constraint k : hand.system().constraints()) {
      long sum = 0;
      for (int i = 0; i < k.variables().length; i++) {
        sum += k.coefficients()[i] * values[k.variables()[i]];
      }
      // off its right-hand side: never for an equation, only downwards for "at most"
      int off = Long.signum(sum - k.rhs());
      if (off != 0 && (k.sense() == Sense.EQUAL || off > 0 == (k.sense() == Sense.AT_MOST))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void a_cycle_moves_a_count_round_its_line_and_column() {
    int[] v = table();
    long[] truth = {1, 5, 6, 2};
    Cycles cycles = cycles(truth, filled(4, 0), filled(4, 10));

    // a's line (a + b) takes the move up by b, b's column by d, d's line by c, which closes a's
    // column: (2, 4, 5, 3), the enumerated solution at t = 2
    Map<Integer, Long> up = cycles.find(v[0], 2);
    assertEquals(Map.of(v[0], 2L, v[1], 4L, v[3], 3L, v[2], 5L), up);
    assertTrue(satisfiesAll(values(truth, up)));
    Map<Integer, Long> down = cycles.find(v[0], 0);
    assertEquals(Map.of(v[0], 0L, v[1], 6L, v[3], 1L, v[2], 7L), down, "t = 0");
    assertTrue(satisfiesAll(values(truth, down)));
  }

  @Test
  void no_cycle_where_a_cross_dataset_sum_pins_the_count() {
    // with a + d = 3 as well, (1, 5, 6, 2) is the only solution (python3): every cycle moves a and
    // d
    // the same way, and nothing else can rebalance the sum
    int[] v = table();
    hand.constraint(Sense.EQUAL, 3, v[0], 1, v[3], 1);
    long[] truth = {1, 5, 6, 2};
    Cycles cycles = cycles(truth, filled(4, 0), filled(4, 10));

    assertNull(cycles.find(v[0], 2));
    assertNull(cycles.find(v[0], 0));
    assertFalse(cycles.reaches(v[2], 5), "nor any other count of the table");
  }

  @Test
  void what_a_cycle_breaks_besides_its_lines_and_columns_is_rebalanced_and_checked() {
    // with a + d − e = 3 (e in 0..10, truth 0), the cycle breaks the sum by 2 and e takes it up:
    // (2, 4, 5, 3, 2) is a solution (python3: (t, 6 − t, 7 − t, 1 + t, 2t − 2) for t = 1..6)
    int[] v = table();
    int e = hand.count("e");
    hand.constraint(Sense.EQUAL, 3, v[0], 1, v[3], 1, e, -1);
    long[] truth = {1, 5, 6, 2, 0};
    Cycles cycles = cycles(truth, filled(5, 0), filled(5, 10));

    Map<Integer, Long> up = cycles.find(v[0], 2);
    assertEquals(Map.of(v[0], 2L, v[1], 4L, v[3], 3L, v[2], 5L, e, 2L), up);
    assertTrue(satisfiesAll(values(truth, up)));
    // a = 0 needs e = −2 (t = 0 is not among the solutions): none claimed
    assertNull(cycles.find(v[0], 0));
  }

  @Test
  void a_cycle_is_found_where_the_greedy_search_spends_its_steps_on_the_column() {
    // 120 municipalities, two categories: p[m] + q[m] = 6 (each line), the p's and the q's add up
    // to 360 (two columns), every count at truth 3. Municipalities 1..118 are dead ends: their q is
    // fixed at 3 and their p may move by one (2..4), so a move through one of their lines cannot be
    // rebalanced; only municipality 119 can take p[0]'s move (p[0] = 4: q[0] = 2, q[119] = 4,
    // p[119] = 2). The greedy search tries the dead ends of p's column first, one step each, and
    // stops at its 100 steps before the last; the cycle looks through q[0]'s column for a count
    // whose line closes p[0]'s column, and finds municipality 119 directly.
    int m = 120;
    int[] p = new int[m];
    int[] q = new int[m];
    for (int i = 0; i < m; i++) {
      p[i] = hand.count("p" + i);
      q[i] = hand.count("q" + i);
    }
    for (int i = 0; i < m; i++) {
      hand.constraint(Sense.EQUAL, 6, p[i], 1, q[i], 1);
    }
    long[] pColumn = new long[2 * m];
    long[] qColumn = new long[2 * m];
    for (int i = 0; i < m; i++) {
      pColumn[2 * i] = p[i];
      pColumn[2 * i + 1] = 1;
      qColumn[2 * i] = q[i];
      qColumn[2 * i + 1] = 1;
    }
    hand.constraint(Sense.EQUAL, 3L * m, pColumn);
    hand.constraint(Sense.EQUAL, 3L * m, qColumn);
    long[] truth = new long[2 * m];
    Arrays.fill(truth, 3);
    double[] lo = filled(2 * m, 0);
    double[] hi = filled(2 * m, 10);
    for (int i = 1; i < m - 1; i++) {
      lo[p[i]] = 2;
      hi[p[i]] = 4;
      lo[q[i]] = 3;
      hi[q[i]] = 3;
    }
    List<Constraint> all = hand.system().constraints();

    assertFalse(new Witness(all, lo, hi, truth).reaches(p[0], 4), "the greedy search");
    assertFalse(new Witness(all, lo, hi, truth).reaches(p[0], 2), "the greedy search");
    Map<Integer, Long> up = cycles(truth, lo, hi).find(p[0], 4);
    assertEquals(Map.of(p[0], 4L, q[0], 2L, q[m - 1], 4L, p[m - 1], 2L), up);
    assertTrue(satisfiesAll(values(truth, up)));

    // in the attack: p[0] (3 persons) is opened by the cycle, before and without CP-SAT
    Bounds bounds = Bounds.propagate(List.of(), lo, hi);
    WholeSystemAttack.Outcome whole =
        new WholeSystemAttack(5, 0, 0).run(hand.system(), bounds, u -> u == p[0], truth);
    assertEquals(new WholeSystemAttack.Counts(0, 1, 0, 0, 0, 0, 0, 0), whole.summary().counts());
    assertEquals(List.of(), whole.findings());
  }
}
