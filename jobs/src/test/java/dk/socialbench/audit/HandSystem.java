package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Sense;
import dk.socialbench.audit.CellSystem.Sum;
import dk.socialbench.contract.ResultCatalogue;
import java.util.List;

/**
 * A count system written out by hand: counts of {@code funding_basis} in 101 without a published
 * value (at least 0, no upper bound), so only the constraints added here bound them. Example:
 * {@code int x = hand.count("x"); hand.constraint(Sense.EQUAL, 3, x, 1, y, 1);} is x + y = 3.
 */
final class HandSystem {
  private final CellSystem system = new CellSystem();

  CellSystem system() {
    return system;
  }

  /** A new count; its variable. */
  int count(String category) {
    return system.variable(
        new Cell(ResultCatalogue.byName("funding_basis"), "cases", List.of("101", category)), null);
  }

  /** {@code Σ terms (sense) rhs}, terms as variable, coefficient pairs. */
  void constraint(Sense sense, long rhs, long... terms) {
    Sum sum = new Sum();
    for (int i = 0; i < terms.length; i += 2) {
      sum.add((int) terms[i], terms[i + 1]);
    }
    sum.constant = -rhs;
    system.add(sum, sense, "hand");
  }

  /**
   * x + y = 3, y ≤ x, x + z = 2. Propagation: z ≥ 0 gives x ≤ 2, so y = 3 − x ≥ 1; y ≤ x gives x ≥
   * 1 and y ≤ 2; nothing more, one constraint at a time: x, y in 1..2, z in 0..1. Combined: 3 = x +
   * y ≤ 2x, so x ≥ 1.5, whole: x = 2 (with x ≤ 2), then y = 1 and z = 0. The linear programme's
   * minimum of x is 1.5, rounded up to 2. Returns x, y, z.
   */
  int[] pinnedOnlyByCombining() {
    int x = count("x");
    int y = count("y");
    int z = count("z");
    constraint(Sense.EQUAL, 3, x, 1, y, 1);
    constraint(Sense.AT_MOST, 0, y, 1, x, -1);
    constraint(Sense.EQUAL, 2, x, 1, z, 1);
    return new int[] {x, y, z};
  }
}
