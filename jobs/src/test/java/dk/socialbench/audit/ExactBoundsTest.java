package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.audit.CellSystem.Sense;
import dk.socialbench.publish.PerturbationTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact step on small systems written out by hand: what propagation leaves open, what the
 * programme closes, and that a neighbourhood is enough. Every variable here is a count without a
 * published value (at least 0, no upper bound), so only the constraints bound it.
 */
class ExactBoundsTest {
  private static final Preimages PREIMAGES = new Preimages(new PerturbationTable());

  private final HandSystem hand = new HandSystem();
  private final CellSystem system = hand.system();

  private static List<Double> interval(Bounds b, int v) {
    return List.of(b.lo[v], b.hi[v]);
  }

  @Test
  void a_count_propagation_leaves_open_is_pinned_by_the_programme() {
    int[] v = hand.pinnedOnlyByCombining();
    Bounds b = Bounds.propagate(system, PREIMAGES);
    assertEquals(List.of(1.0, 2.0), interval(b, v[0]));
    assertEquals(List.of(1.0, 2.0), interval(b, v[1]));

    ExactBounds.Summary s = new ExactBounds(2, 150, 0).tighten(system, b, u -> true);

    assertEquals(List.of(2.0, 2.0), interval(b, v[0]));
    assertEquals(List.of(1.0, 1.0), interval(b, v[1]));
    assertEquals(List.of(0.0, 0.0), interval(b, v[2]), "two hops from z: x's constraints too");
    assertEquals(0, s.integer(), "no integer programme with a limit of 0 variables");
  }

  @Test
  void a_neighbourhood_of_one_hop_still_pins_it_beside_a_long_chain() {
    int[] v = hand.pinnedOnlyByCombining();
    // z + w1 = 5, w1 + w2 = 7, ..., nine more constraints that have nothing to add about x
    int previous = v[2];
    for (int i = 1; i <= 9; i++) {
      int w = hand.count("w" + i);
      hand.constraint(Sense.EQUAL, 5 + 2 * i, previous, 1, w, 1);
      previous = w;
    }
    ExactBounds oneHop = new ExactBounds(1, 3, 0);
    assertEquals(
        3,
        oneHop.neighbourhood(v[0], ExactBounds.touching(system)).size(),
        "x's own three constraints");
    Bounds b = Bounds.propagate(system, PREIMAGES);

    oneHop.tighten(system, b, u -> u == v[0]);

    assertEquals(List.of(2.0, 2.0), interval(b, v[0]));
  }

  @Test
  void a_neighbourhood_too_small_to_pin_keeps_an_interval_around_the_truth() {
    int[] v = hand.pinnedOnlyByCombining();
    Bounds b = Bounds.propagate(system, PREIMAGES);
    // x + y = 3 alone, with y in 1..2 and x in 1..2: x can be 1 or 2, and is 2
    new ExactBounds(1, 1, 0).tighten(system, b, u -> u == v[0]);
    assertEquals(List.of(1.0, 2.0), interval(b, v[0]));
  }

  @Test
  void the_integer_programme_pins_what_the_relaxation_leaves_at_two_values() {
    // x = a + b, a = b (so x = 2a: even), x + s = 3, x - t = 1. Propagation: x in 1..3, a and b in
    // 0..3. The relaxation: x = 1 at a = b = 0.5, x = 3 at a = b = 1.5. Whole counts: 1 <= 2a <= 3
    // holds for a = 1 only, so x = 2.
    int x = hand.count("x");
    int a = hand.count("a");
    int b = hand.count("b");
    int s = hand.count("s");
    int t = hand.count("t");
    hand.constraint(Sense.EQUAL, 0, x, 1, a, -1, b, -1);
    hand.constraint(Sense.EQUAL, 0, a, 1, b, -1);
    hand.constraint(Sense.EQUAL, 3, x, 1, s, 1);
    hand.constraint(Sense.EQUAL, 1, x, 1, t, -1);
    Bounds linear = Bounds.propagate(system, PREIMAGES);
    assertEquals(List.of(0.0, 3.0), interval(linear, a), "propagation");
    new ExactBounds(2, 150, 0).tighten(system, linear, u -> u == x);
    assertEquals(List.of(1.0, 3.0), interval(linear, x), "the relaxation alone");

    Bounds whole = Bounds.propagate(system, PREIMAGES);
    ExactBounds.Summary summary = new ExactBounds(2, 150, 40).tighten(system, whole, u -> u == x);
    assertEquals(List.of(2.0, 2.0), interval(whole, x));
    assertEquals(2, summary.integer(), "minimum and maximum");
  }

  @Test
  void a_line_that_tells_nothing_is_left_open_by_the_programme_too() {
    // a + b + c = 9 with a, b, c >= 1 (three published rows) and b <= a. Propagation: each in
    // 1..7. Combined: 2b <= a + b = 9 - c <= 8, so b <= 4 (b = 4 with a = 4, c = 1); a is 7 with
    // b = c = 1 and 1 with b = 1, c = 7; c is 1..7 likewise. One bound moves, nothing is pinned.
    int a = hand.count("a");
    int b = hand.count("b");
    int c = hand.count("c");
    for (int v : new int[] {a, b, c}) {
      system.atLeast(v, 1);
    }
    hand.constraint(Sense.EQUAL, 9, a, 1, b, 1, c, 1);
    hand.constraint(Sense.AT_MOST, 0, b, 1, a, -1);
    Bounds bounds = Bounds.propagate(system, PREIMAGES);
    assertEquals(List.of(1.0, 7.0), interval(bounds, b), "propagation");
    ExactBounds.Summary s = new ExactBounds(2, 150, 40).tighten(system, bounds, u -> true);
    assertEquals(List.of(1.0, 7.0), interval(bounds, a));
    assertEquals(List.of(1.0, 4.0), interval(bounds, b));
    assertEquals(List.of(1.0, 7.0), interval(bounds, c));
    assertEquals(List.of(3, 1, 0), List.of(s.solved(), s.tightened(), s.pinned()));
  }

  @Test
  void constraints_that_share_only_the_count_are_left_to_propagation() {
    // x + y = 3 and x + z = 2: each bounds x on its own (x <= 2 from the second), which
    // propagation takes; a programme could only agree. With y <= x as well, y is in two of x's
    // constraints and the programme is needed.
    int x = hand.count("x");
    int y = hand.count("y");
    int z = hand.count("z");
    hand.constraint(Sense.EQUAL, 3, x, 1, y, 1);
    hand.constraint(Sense.EQUAL, 2, x, 1, z, 1);
    ExactBounds e = new ExactBounds(1, 150, 40);
    assertFalse(ExactBounds.coupled(x, e.neighbourhood(x, ExactBounds.touching(system))));
    hand.constraint(Sense.AT_MOST, 0, y, 1, x, -1);
    assertTrue(ExactBounds.coupled(x, e.neighbourhood(x, ExactBounds.touching(system))));
  }
}
