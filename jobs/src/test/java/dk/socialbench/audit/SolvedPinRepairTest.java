package dk.socialbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.audit.CellSystem.Sense;
import dk.socialbench.audit.CellSystem.Sum;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.publish.PerturbationTable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A count only the exact step pins, and what {@link WithholdingRule} withholds for it. The line:
 * cells x and y (published 0 in published rows: 1..5 each), total t = x + y published 11 (9..13),
 * and y ≤ x (as a later stage never exceeds an earlier one). Propagation: x ≥ 9 − 5 = 4, so x in
 * 4..5, y in 4..5, t in 9..10: nothing pinned. Combined: 9 ≤ t = x + y ≤ 2x, so x ≥ 4.5, whole: x =
 * 5, its noise taken off.
 */
class SolvedPinRepairTest {
  private static final Preimages PREIMAGES = new Preimages(new PerturbationTable());

  private static CellSystem line(Long x, Long y, Long t) {
    CellSystem system = new CellSystem();
    var d = ResultCatalogue.byName("funding_basis");
    int vx = system.variable(new Cell(d, "cases", List.of("101", "x")), x);
    int vy = system.variable(new Cell(d, "cases", List.of("101", "y")), y);
    int vt = system.variable(new Cell(d, "total", List.of("101")), t);
    for (int v : new int[] {vx, vy, vt}) {
      system.markShown(v);
    }
    system.atLeast(vx, 1);
    system.atLeast(vy, 1);
    system.add(new Sum().add(vx, 1).add(vy, 1).add(vt, -1), Sense.EQUAL, "line");
    system.add(new Sum().add(vy, 1).add(vx, -1), Sense.AT_MOST, "stage");
    return system;
  }

  private record Attacked(Bounds bounds, Bounds propagated, ExactBounds.Summary summary) {}

  private static Attacked attack(CellSystem system) {
    Bounds b = Bounds.propagate(system, PREIMAGES);
    Bounds propagated = Bounds.propagate(List.of(), b.lo, b.hi);
    ExactBounds.Summary s = ExactBounds.standard().tighten(system, b, v -> true);
    return new Attacked(b, propagated, s);
  }

  @Test
  void a_count_only_the_programme_pins_is_withheld_and_then_nothing_is_pinned() {
    CellSystem system = line(0L, 0L, 11L);
    Attacked a = attack(system);
    assertEquals(List.of(4.0, 5.0), List.of(a.propagated().lo[0], a.propagated().hi[0]));
    assertTrue(a.bounds().fixed(0), "x = 5");
    assertEquals(Set.of(0), a.summary().pins().stream().boxed().collect(Collectors.toSet()));

    // Withholding y leaves x = 5 (still 9 <= 2x, x <= 5); withholding x (at least 1, no upper
    // bound) un-pins it, and x is the cheapest (a cell, published 0, first): x alone.
    Set<Integer> chosen =
        new WithholdingRule(
                system,
                a.bounds(),
                PREIMAGES,
                a.summary().pins(),
                a.propagated(),
                ExactBounds.standard())
            .choose();
    assertEquals(Set.of(0), chosen);
    // Propagation alone, as the rule judged before the exact step, sees nothing to withhold.
    assertEquals(Set.of(), new WithholdingRule(system, a.bounds(), PREIMAGES).choose());

    // The re-audit, x withheld (null: at least 1, as its row exists): x in 5..12, y in 1..5, t in
    // 9..13 by propagation and by the programme: nothing pinned.
    Attacked again = attack(line(null, 0L, 11L));
    for (int v = 0; v < 3; v++) {
      assertFalse(again.bounds().fixed(v), "variable " + v);
    }
    assertEquals(List.of(5.0, 12.0), List.of(again.bounds().lo[0], again.bounds().hi[0]));
  }
}
