package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.audit.CellSystem.Sense;
import dk.socialbench.publish.PerturbationTable;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact step on several threads gives the bounds and summary of solving the counts one after
 * the other: a count whose programme reads a bound that an earlier count tightened is solved on the
 * tightened bound, on any number of threads.
 */
class ExactBoundsThreadsTest {
  private static final Preimages PREIMAGES = new Preimages(new PerturbationTable());

  @Test
  void a_count_solved_after_a_neighbour_was_pinned_is_solved_on_the_pinned_bound() {
    // x + y = 3, y <= x, x + z = 2 (x pinned only by combining: HandSystem), and w + t = 2x, w = t.
    // Propagation: x, y in 1..2, z in 0..1, w, t in 0..4. In order, one hop each: x's programme
    // pins x = 2 (3 = x + y <= 2x); y's then pins y = 1; z's single constraints cannot be
    // tightened (no programme); w's (w + t = 2x, w = t, so w = x) on x = 2 pins w = 2, where on
    // x's propagated 1..2 it would leave w in 1..2; then t = w = 2. Worked out by enumerating the
    // whole-number points of each programme (python3).
    for (int threads : new int[] {1, 2, 4}) {
      HandSystem hand = new HandSystem();
      int[] xyz = hand.pinnedOnlyByCombining();
      int w = hand.count("w");
      int t = hand.count("t");
      hand.constraint(Sense.EQUAL, 0, w, 1, t, 1, xyz[0], -2);
      hand.constraint(Sense.EQUAL, 0, w, 1, t, -1);
      Bounds b = Bounds.propagate(hand.system(), PREIMAGES);
      assertEquals(List.of(1.0, 0.0, 0.0, 0.0), List.of(b.lo[0], b.lo[2], b.lo[w], b.lo[t]));
      assertEquals(List.of(2.0, 1.0, 4.0, 4.0), List.of(b.hi[0], b.hi[2], b.hi[w], b.hi[t]));

      ExactBounds.Summary s =
          ExactBounds.standard().withThreads(threads).tighten(hand.system(), b, u -> true);

      String where = threads + " thread(s)";
      assertEquals(List.of(2.0, 1.0, 0.0, 2.0, 2.0), boxed(b.lo), where);
      assertEquals(List.of(2.0, 1.0, 1.0, 2.0, 2.0), boxed(b.hi), where);
      BitSet pinned = new BitSet();
      pinned.set(xyz[0]);
      pinned.set(xyz[1]);
      pinned.set(w);
      pinned.set(t);
      assertEquals(pinned, s.pins(), where);
      assertEquals(5, s.solved(), where);
      assertEquals(4, s.tightened(), where);
      // x: max 2 (no change), min 2; y: max 1, then nothing left; w: max 2, min 2; t: max 2, min 2
      assertEquals(7, s.programmes(), where);
      assertEquals(7, s.integer(), where);
    }
  }

  @Test
  void random_systems_give_the_same_bounds_and_summary_on_one_thread_and_on_four() {
    int tightened = 0;
    for (int seed = 0; seed < 200; seed++) {
      long[] truth = null;
      Bounds[] bounds = new Bounds[2];
      ExactBounds.Summary[] summaries = new ExactBounds.Summary[2];
      for (int k = 0; k < 2; k++) {
        HandSystem hand = new HandSystem();
        truth = randomLines(hand, new java.util.Random(seed));
        bounds[k] = Bounds.propagate(hand.system(), PREIMAGES);
        long[] known = truth;
        summaries[k] =
            ExactBounds.standard()
                .withThreads(k == 0 ? 1 : 4)
                .tighten(hand.system(), bounds[k], v -> known[v] > 0 && known[v] < 5);
      }
      String where = "seed " + seed;
      assertEquals(boxed(bounds[0].lo), boxed(bounds[1].lo), where);
      assertEquals(boxed(bounds[0].hi), boxed(bounds[1].hi), where);
      assertEquals(summaries[0].pins(), summaries[1].pins(), where);
      assertEquals(summaries[0].tightened(), summaries[1].tightened(), where);
      assertEquals(summaries[0].programmes(), summaries[1].programmes(), where);
      assertEquals(summaries[0].integer(), summaries[1].integer(), where);
      tightened += summaries[0].tightened();
    }
    // the comparison means something only if counts were tightened
    org.junit.jupiter.api.Assertions.assertTrue(tightened > 50, "tightened " + tightened);
  }

  /**
   * 6–15 counts of 0–6 in 3–8 lines that hold at the returned truth: equalities with a total, now
   * and then a coefficient of 2 or an inequality, lines sharing counts as linked tables do.
   */
  private static long[] randomLines(HandSystem hand, java.util.Random random) {
    int n = 6 + random.nextInt(10);
    long[] truth = new long[n];
    for (int v = 0; v < n; v++) {
      hand.count("c" + v);
      truth[v] = random.nextInt(7);
    }
    int lines = 3 + random.nextInt(6);
    for (int k = 0; k < lines; k++) {
      int[] vars = random.ints(0, n).distinct().limit(2 + random.nextInt(3)).toArray();
      long[] terms = new long[2 * vars.length];
      long sum = 0;
      for (int i = 0; i < vars.length; i++) {
        long a = random.nextInt(5) == 0 ? 2 : 1;
        terms[2 * i] = vars[i];
        terms[2 * i + 1] = a;
        sum += a * truth[vars[i]];
      }
      boolean at = random.nextInt(4) == 0;
      hand.constraint(at ? Sense.AT_MOST : Sense.EQUAL, at ? sum + 1 : sum, terms);
    }
    return truth;
  }

  private static List<Double> boxed(double[] values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }
}
