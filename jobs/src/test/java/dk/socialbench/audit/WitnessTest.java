package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.audit.CellSystem.Sense;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The witnesses of the exact step: a second solution found by search is a solution (checked by hand
 * here), none is claimed where none exists, and the step with witnesses gives exactly the bounds
 * and pins of the step that solves every optimum (the reference) on systems of the kinds the audit
 * meets.
 */
class WitnessTest {
  private HandSystem hand = new HandSystem();

  @Test
  void a_witness_three_moves_deep_is_found_past_a_dead_end() {
    // v + d + y = 9, d + e = 4, y + z = 7, z + s = 6; truth v 2, d 3, y 4, z 3, s 3, e 1; e is
    // fixed at 1, the others within 0..6. v = 3 needs one less in its line: d is tried first (it
    // comes first and is in as few constraints as y) but d = 2 breaks d + e = 4, which e cannot
    // mend; so y = 3, then z = 4, then s = 2: v 3, d 3, y 3, z 4, s 2, e 1 satisfies all four
    // (3+3+3 = 9, 3+1 = 4, 3+4 = 7, 4+2 = 6). Rebalancing v's line by one move, as a naive search
    // would, leaves y + z = 7 broken.
    int v = hand.count("v");
    int d = hand.count("d");
    int y = hand.count("y");
    int z = hand.count("z");
    int s = hand.count("s");
    int e = hand.count("e");
    hand.constraint(Sense.EQUAL, 9, v, 1, d, 1, y, 1);
    hand.constraint(Sense.EQUAL, 4, d, 1, e, 1);
    hand.constraint(Sense.EQUAL, 7, y, 1, z, 1);
    hand.constraint(Sense.EQUAL, 6, z, 1, s, 1);
    long[] truth = {2, 3, 4, 3, 3, 1};
    double[] lo = {0, 0, 0, 0, 0, 1};
    double[] hi = {6, 6, 6, 6, 6, 1};
    List<Constraint> all = hand.system().constraints();

    assertTrue(new Witness(all, lo, hi, truth).reaches(v, 3));
    assertTrue(new Witness(all, lo, hi, truth).reaches(v, 1), "the other way: y 5, z 2, s 4");
    // v = 6 would need y = 0 (d cannot move), then z = 7 > 6: no solution, none claimed
    assertFalse(new Witness(all, lo, hi, truth).reaches(v, 6));
    assertTrue(new Witness(all, lo, hi, truth).reaches(v, 5), "y 1, z 6, s 0");
  }

  @Test
  void no_witness_for_a_count_pinned_only_by_combining_constraints() {
    // x + y = 3, y <= x, x + z = 2: x = 2, y = 1, z = 0 is the only solution.
    int[] v = hand.pinnedOnlyByCombining();
    int x = v[0];
    int y = v[1];
    int z = v[2];
    long[] truth = {2, 1, 0};
    double[] lo = {1, 1, 0};
    double[] hi = {2, 2, 1};

    assertFalse(new Witness(hand.system().constraints(), lo, hi, truth).reaches(x, 1));
    assertFalse(new Witness(hand.system().constraints(), lo, hi, truth).reaches(y, 2));
    assertFalse(new Witness(hand.system().constraints(), lo, hi, truth).reaches(z, 1));
    assertTrue(
        new Witness(hand.system().constraints(), lo, hi, truth).reaches(x, 2), "the truth itself");
  }

  @Test
  void the_step_with_witnesses_gives_the_bounds_and_pins_of_the_step_without() {
    int witnessed = 0;
    int programmesSaved = 0;
    for (int seed = 0; seed < 300; seed++) {
      for (ExactBounds step :
          List.of(
              new ExactBounds(1, 150, 40),
              new ExactBounds(2, 150, 40),
              new ExactBounds(1, 150, 0))) {
        Random random = new Random(seed);
        long[] truth = randomSystem(random);
        double[] lo = new double[truth.length];
        double[] hi = new double[truth.length];
        randomBounds(random, truth, lo, hi, false);
        Bounds reference = Bounds.propagate(hand.system().constraints(), lo, hi);
        Bounds fast = Bounds.propagate(hand.system().constraints(), lo, hi);
        java.util.function.IntPredicate exposed = v -> truth[v] > 0 && truth[v] < 5;

        ExactBounds.Summary r =
            step.withoutWitnesses().tighten(hand.system(), reference, exposed, truth);
        ExactBounds.Summary f = step.tighten(hand.system(), fast, exposed, truth);

        String where = "seed " + seed + ", " + hand.system().constraints().size() + " constraints";
        assertArrayEquals(reference.lo, fast.lo, where);
        assertArrayEquals(reference.hi, fast.hi, where);
        assertEquals(r.pins(), f.pins(), where);
        assertEquals(r.tightened(), f.tightened(), where);
        assertEquals(0, r.witnessed(), where);
        witnessed += f.witnessed();
        programmesSaved += r.programmes() - f.programmes();
      }
    }
    // the comparison means something only if both kinds of count occur
    assertTrue(witnessed > 100, "witnessed " + witnessed);
    assertTrue(programmesSaved > 100, "saved " + programmesSaved);
  }

  @Test
  void a_witness_over_a_neighbourhood_indexed_once_finds_what_one_indexed_afresh_finds() {
    // The exact step's witnesses look a variable's constraints up in one index of the whole system
    // (Witness.around); the reference indexes the neighbourhood itself. Both must reach the same
    // values on every count, whether the truth lies within the bounds (the proof then checks the
    // moved variables only) or not (it checks them all).
    int compared = 0;
    int reached = 0;
    for (int seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      long[] truth = randomSystem(random);
      double[] lo = new double[truth.length];
      double[] hi = new double[truth.length];
      randomBounds(random, truth, lo, hi, true);
      CellSystem system = hand.system();
      Witness.Index index = new Witness.Index(system);
      List<List<Constraint>> touching = ExactBounds.touching(system);
      for (int hops = 1; hops <= 2; hops++) {
        ExactBounds step = new ExactBounds(hops, 150, 40);
        for (int v = 0; v < truth.length; v++) {
          List<Constraint> around = step.neighbourhood(v, touching);
          Witness reference = new Witness(around, lo, hi, truth);
          Witness indexed = Witness.around(around, index, lo, hi, truth);
          for (long value = 0; value <= 10; value++) {
            boolean expected = reference.reaches(v, value);
            assertEquals(
                expected,
                indexed.reaches(v, value),
                "seed " + seed + ", " + hops + " hop(s), count " + v + " at " + value);
            compared++;
            reached += expected ? 1 : 0;
          }
        }
      }
    }
    // the comparison means something only if both answers occur often
    assertTrue(reached > 1000 && compared - reached > 1000, reached + " of " + compared);
  }

  /**
   * Bounds around the truth, 0–3 either side, now and then no upper one; with {@code outside}, one
   * count in 20 bounded above its truth.
   */
  private static void randomBounds(
      Random random, long[] truth, double[] lo, double[] hi, boolean outside) {
    for (int v = 0; v < truth.length; v++) {
      lo[v] = Math.max(0, truth[v] - random.nextInt(4));
      hi[v] = random.nextInt(8) == 0 ? Double.POSITIVE_INFINITY : truth[v] + random.nextInt(4);
      if (outside && random.nextInt(20) == 0) {
        lo[v] = truth[v] + 1;
        hi[v] = Math.max(hi[v], lo[v]);
      }
    }
  }

  /**
   * A fresh system of 4–11 counts and 2–6 constraints that the returned truth satisfies: lines and
   * differences (coefficients ±1, now and then 2), equalities and inequalities, sharing variables
   * as linked tables do.
   */
  private long[] randomSystem(Random random) {
    hand = new HandSystem();
    int n = 4 + random.nextInt(8);
    long[] truth = new long[n];
    for (int v = 0; v < n; v++) {
      hand.count("c" + v);
      truth[v] = random.nextInt(7);
    }
    int constraints = 2 + random.nextInt(5);
    for (int k = 0; k < constraints; k++) {
      int size = 2 + random.nextInt(Math.min(4, n - 1));
      int[] vars = random.ints(0, n).distinct().limit(size).toArray();
      long[] terms = new long[2 * size];
      long sum = 0;
      for (int i = 0; i < size; i++) {
        long a = random.nextInt(6) == 0 ? 2 : random.nextInt(3) == 0 ? -1 : 1;
        terms[2 * i] = vars[i];
        terms[2 * i + 1] = a;
        sum += a * truth[vars[i]];
      }
      Sense sense = Sense.values()[random.nextInt(3)];
      long slack = random.nextInt(3);
      long rhs =
          switch (sense) {
            case EQUAL -> sum;
            case AT_MOST -> sum + slack;
            case AT_LEAST -> sum - slack;
          };
      hand.constraint(sense, rhs, terms);
    }
    return truth;
  }

  @Test
  void the_random_systems_hold_at_their_truth() {
    long[] truth = randomSystem(new Random(1));
    for (Constraint c : hand.system().constraints()) {
      long sum = 0;
      for (int i = 0; i < c.variables().length; i++) {
        sum += c.coefficients()[i] * truth[c.variables()[i]];
      }
      long s = sum;
      boolean holds =
          switch (c.sense()) {
            case EQUAL -> s == c.rhs();
            case AT_MOST -> s <= c.rhs();
            case AT_LEAST -> s >= c.rhs();
          };
      assertTrue(holds, Arrays.toString(c.variables()));
    }
  }
}
