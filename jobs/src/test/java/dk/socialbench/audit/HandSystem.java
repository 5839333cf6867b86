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
}
