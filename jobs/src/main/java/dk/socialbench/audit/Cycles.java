package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Witnesses shaped like the tables: a move of a count {@code x} by d that goes round a cycle of
 * four counts, as in a contingency table: {@code y} in a constraint of x (its line) takes the move
 * up, {@code y'} in another constraint of y (y's column: the municipalities add up to all) takes
 * y's, {@code x'} in another constraint of y' (y''s line) takes that, and x' must lie in a
 * constraint of x other than the first (x's column) with coefficients that cancel there too. Every
 * line and column of the cycle then holds; what else the four moves break (a cross-dataset sum, a
 * stage) is rebalanced by {@link Witness}'s search, a few moves deep, and the result is checked in
 * whole numbers against every constraint of the moved counts and every bound, as every witness
 * ({@link Witness#solutionFrom}). Finding none proves nothing.
 *
 * <p>Why: a count's line has 3–6 counts, its column 99, and the greedy search of {@link Witness}
 * spends its steps in the column's first counts (docs/privacy.md item 13, "Then, 10⁵ and 10⁶, and
 * cycles as witnesses"); the cycle looks for the one count of y''s line that closes x's column,
 * instead of trying them in turn.
 *
 * <p>Example: in the table a + b = 6, c + d = 8, a + c = 7, b + d = 7 at truth (1, 5, 6, 2), a = 2
 * is reached by b = 4, d = 3, c = 5.
 */
final class Cycles {
  /**
   * Cycles tried per value at most (each one a check, and a search where it breaks more): the
   * cycles of one count mostly break the same cross-dataset sum, so more rarely help.
   */
  static final int MAX_CYCLES = 40;

  /** Counts looked at per value at most while closing cycles: the cost of one value is bounded. */
  static final int MAX_LOOKS = 50_000;

  /** Moves of the search that rebalances what a cycle breaks besides its lines and columns. */
  static final int REPAIR_MOVES = 4;

  /** Steps of that search: a short one, tried for every cycle. */
  static final int REPAIR_STEPS = 20;

  private final Witness witness;
  private final Map<Integer, List<Constraint>> touching;
  private final double[] lo;
  private final double[] hi;
  private final long[] truth;

  /**
   * @param witness checks (and rebalances) a cycle's moves; built over the same constraints, its
   *     search {@link #REPAIR_MOVES} deep and {@link #REPAIR_STEPS} long
   * @param touching each count's constraints
   */
  Cycles(
      Witness witness,
      Map<Integer, List<Constraint>> touching,
      double[] lo,
      double[] hi,
      long[] truth) {
    this.witness = witness;
    this.touching = touching;
    this.lo = lo;
    this.hi = hi;
    this.truth = truth;
  }

  /** Whether a cycle reaches {@code x} at {@code value}: a checked whole-number solution. */
  boolean reaches(int x, long value) {
    return find(x, value) != null;
  }

  /**
   * A solution that puts {@code x} at {@code value}: every count a cycle (and the search after it)
   * moved, with its value, the others at their truths; checked as every witness. Null where none
   * was found within the limits.
   */
  Map<Integer, Long> find(int x, long value) {
    long dx = value - truth[x];
    List<Constraint> ofX = touching.getOrDefault(x, List.of());
    if (dx == 0 || !within(x, value) || ofX.size() < 2) {
      return null;
    }
    int[] budget = {MAX_CYCLES, MAX_LOOKS};
    List<Constraint> lines = new ArrayList<>(ofX);
    lines.sort(Comparator.comparingInt(c -> c.variables().length)); // x's line before its column
    for (Constraint line : lines) {
      long ax = Witness.coefficient(line, x);
      for (int i = 0; i < line.variables().length; i++) {
        int y = line.variables()[i];
        Long dy = takesUp(ax * dx, line.coefficients()[i]);
        if (y == x || dy == null || !within(y, truth[y] + dy)) {
          continue;
        }
        for (Constraint column : touching.get(y)) {
          if (column == line) {
            continue;
          }
          Map<Integer, Long> found = closeThrough(x, dx, line, y, dy, column, budget);
          if (found != null || budget[0] <= 0 || budget[1] <= 0) {
            return found;
          }
        }
      }
    }
    return null;
  }

  /** The cycles through y's {@code column}: y' in it, x' in a constraint of y' and of x. */
  private Map<Integer, Long> closeThrough(
      int x, long dx, Constraint line, int y, long dy, Constraint column, int[] budget) {
    long by = Witness.coefficient(column, y);
    for (int j = 0; j < column.variables().length; j++) {
      int y2 = column.variables()[j];
      Long dy2 = takesUp(by * dy, column.coefficients()[j]);
      if (y2 == x || y2 == y || dy2 == null || !within(y2, truth[y2] + dy2)) {
        continue;
      }
      for (Constraint line2 : touching.get(y2)) {
        if (line2 == column) {
          continue;
        }
        long cy2 = Witness.coefficient(line2, y2);
        for (int k = 0; k < line2.variables().length; k++) {
          if (--budget[1] <= 0) {
            return null;
          }
          int x2 = line2.variables()[k];
          Long dx2 = takesUp(cy2 * dy2, line2.coefficients()[k]);
          if (x2 == x
              || x2 == y
              || x2 == y2
              || dx2 == null
              || !within(x2, truth[x2] + dx2)
              || !closes(x, dx, line, x2, dx2)) {
            continue;
          }
          Map<Integer, Long> moves = new LinkedHashMap<>();
          moves.put(x, truth[x] + dx);
          moves.put(y, truth[y] + dy);
          moves.put(y2, truth[y2] + dy2);
          moves.put(x2, truth[x2] + dx2);
          Map<Integer, Long> solution = witness.solutionFrom(moves);
          if (solution != null) {
            return solution;
          }
          if (--budget[0] <= 0) {
            return null;
          }
        }
      }
    }
    return null;
  }

  /** Whether x' lies with x in a constraint other than x's line where their moves cancel. */
  private boolean closes(int x, long dx, Constraint line, int x2, long dx2) {
    for (Constraint c : touching.get(x)) {
      if (c == line) {
        continue;
      }
      for (int i = 0; i < c.variables().length; i++) {
        if (c.variables()[i] == x2
            && Witness.coefficient(c, x) * dx + c.coefficients()[i] * dx2 == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The move of a count of coefficient {@code a} that cancels {@code change}; null: not whole. */
  private static Long takesUp(long change, long a) {
    return change % a == 0 ? -change / a : null;
  }

  private boolean within(int w, long value) {
    return value >= lo[w] && value <= hi[w];
  }
}
