package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.audit.CellSystem.Sense;
import dk.socialbench.audit.IntegerSides.Decision;
import dk.socialbench.audit.IntegerSides.Side;
import dk.socialbench.publish.PerturbationTable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * CP-SAT's sides on hand systems whose whole-number solutions were enumerated in python3 (every
 * value propagation allows): a side is open exactly where some solution lies on it.
 */
class IntegerSidesTest {
  private static final Preimages PREIMAGES = new Preimages(new PerturbationTable());

  private final HandSystem hand = new HandSystem();
  private final CellSystem system = hand.system();

  private Map<String, Decision> decide(long[] truth, int... variables) {
    Bounds b = Bounds.propagate(system, PREIMAGES);
    List<WholeSystemAttack.Component> components = WholeSystemAttack.components(system, b);
    assertEquals(1, components.size());
    List<Side> sides = new java.util.ArrayList<>();
    for (int v : variables) {
      sides.add(new Side(v, false));
      sides.add(new Side(v, true));
    }
    IntegerSides.Result r =
        new IntegerSides(new WholeSystemLimits(10, 5, 60, 1, 2_000))
            .decide(components.get(0), b, truth, sides);
    Map<String, Decision> named = new TreeMap<>();
    r.decisions().forEach((s, d) -> named.put(s.variable() + (s.upper() ? "+" : "-"), d));
    return named;
  }

  @Test
  void every_side_of_a_system_with_one_solution_is_closed() {
    // 2y + x + 2z = 7, 2x − 2y + z = 5, z + w = 1: only x = 3, y = 1, z = 1, w = 0
    int x = hand.count("x");
    int y = hand.count("y");
    int z = hand.count("z");
    int w = hand.count("w");
    hand.constraint(Sense.EQUAL, 7, y, 2, x, 1, z, 2);
    hand.constraint(Sense.EQUAL, 5, y, -2, x, 2, z, 1);
    hand.constraint(Sense.EQUAL, 1, z, 1, w, 1);

    Map<String, Decision> d = decide(new long[] {3, 1, 1, 0}, x, y, z, w);

    assertEquals(8, d.size());
    d.forEach((side, decision) -> assertEquals(Decision.CLOSED, decision, side));
  }

  @Test
  void a_side_is_open_where_a_solution_lies_on_it() {
    // x + y = 4, y + z = 3, z ≤ 1: the solutions (x, y, z) are (1, 3, 0), (2, 2, 1); truth (1, 3,
    // 0)
    int x = hand.count("x");
    int y = hand.count("y");
    int z = hand.count("z");
    hand.constraint(Sense.EQUAL, 4, x, 1, y, 1);
    hand.constraint(Sense.EQUAL, 3, y, 1, z, 1);
    hand.constraint(Sense.AT_MOST, 1, z, 1);

    Map<String, Decision> d = decide(new long[] {1, 3, 0}, x, y, z);

    assertEquals(
        Map.of(
            x + "-", Decision.CLOSED,
            x + "+", Decision.OPEN,
            y + "-", Decision.OPEN,
            y + "+", Decision.CLOSED,
            z + "-", Decision.CLOSED,
            z + "+", Decision.OPEN),
        d);
  }
}
