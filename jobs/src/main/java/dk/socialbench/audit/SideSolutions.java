package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.audit.IntegerSides.Decision;
import dk.socialbench.audit.IntegerSides.Side;
import java.util.Map;

/**
 * Takes the solutions CP-SAT reports, whole-component or neighbourhood, as values of every count
 * (those not solved for at their truth): each is checked in whole numbers against every constraint
 * and every bound of the component before it counts, then marks every undecided side it differs in
 * as open. A solution that fails the check is counted as broken, never used.
 */
final class SideSolutions {
  private final WholeSystemAttack.Component component;
  private final Bounds bounds;
  private final long[] truth;
  private final Map<Side, Decision> decisions;
  private final Map<Side, IntegerSides.Opener> openedBy = new java.util.HashMap<>();
  private IntegerSides.Opener from = IntegerSides.Opener.WHOLE;
  private int solutions;
  private int opened;
  private int broken;

  SideSolutions(
      WholeSystemAttack.Component component,
      Bounds bounds,
      long[] truth,
      Map<Side, Decision> decisions) {
    this.component = component;
    this.bounds = bounds;
    this.truth = truth;
    this.decisions = decisions;
  }

  /**
   * Checks {@code values} (every variable of the system; those outside the component are not read)
   * and returns how many sides it opened: 0 where it breaks a constraint or a bound.
   */
  int accept(long[] values) {
    if (!satisfies(component, bounds, values)) {
      broken++;
      return 0;
    }
    solutions++;
    int before = opened;
    decisions.replaceAll(
        (s, d) -> {
          if (d != Decision.UNDECIDED) {
            return d;
          }
          long v = values[s.variable()];
          long t = truth[s.variable()];
          if (s.upper() ? v > t : v < t) {
            opened++;
            openedBy.put(s, from);
            return Decision.OPEN;
          }
          return d;
        });
    return opened - before;
  }

  /** What the solutions accepted from now on come from, for {@link #openedBy}. */
  void from(IntegerSides.Opener opener) {
    this.from = opener;
  }

  /** Each side opened, and what opened it. */
  Map<Side, IntegerSides.Opener> openedBy() {
    return openedBy;
  }

  int solutions() {
    return solutions;
  }

  int opened() {
    return opened;
  }

  /**
   * Fails loudly on a solution that broke the check: an exception thrown inside CP-SAT's native
   * callback would not reach the caller, so the count is checked after each solve.
   */
  void requireNoneBroken() {
    if (broken > 0) {
      throw new IllegalStateException(
          broken + " solution(s) of CP-SAT break a constraint or bound of the component");
    }
  }

  /** Every variable of {@code c} within its bounds and every constraint of {@code c} holds. */
  static boolean satisfies(WholeSystemAttack.Component c, Bounds bounds, long[] values) {
    for (int w : c.variables) {
      if (values[w] < bounds.lo[w] || values[w] > bounds.hi[w]) {
        return false;
      }
    }
    for (Constraint k : c.constraints) {
      long sum = 0;
      for (int i = 0; i < k.variables().length; i++) {
        int w = k.variables()[i];
        long v = bounds.fixed(w) ? (long) bounds.lo[w] : values[w];
        sum = Math.addExact(sum, Math.multiplyExact(k.coefficients()[i], v));
      }
      if (!k.sense().holds(sum, k.rhs())) {
        return false;
      }
    }
    return true;
  }
}
