package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second solution found without a programme: with the true counts known, a whole-number solution
 * of a count's programme (its constraints, every variable within its bounds) in which the count
 * takes a given value. Searched from the truth: the count is set to the value and each constraint
 * that no longer holds is rebalanced by moving another of its variables within its bounds,
 * depth-first, a few moves deep. Whatever the search finds is checked against every constraint and
 * every bound in whole numbers before it counts, so a witness is a proof; finding none proves
 * nothing (the solver decides then).
 *
 * <p>Example: a line {@code a + b + c = 9} with truth 2, 3, 4 and {@code a} in 1..5: {@code a = 5,
 * b = 0, c = 4} is a witness for {@code a = 5} where {@code b} may be 0.
 */
final class Witness {
  /** Moves of other variables at most: a deeper rebalancing is left to the solver. */
  static final int MAX_MOVES = 8;

  /** Steps of the search at most, for one witness. */
  static final int MAX_STEPS = 100;

  private final int maxMoves;
  private final int maxSteps;

  private final List<Constraint> constraints;
  private final double[] lo;
  private final double[] hi;
  private final long[] truth;
  private final Map<Integer, List<Constraint>> touching = new HashMap<>();

  /**
   * Whether the truth satisfies every constraint and bound: then a constraint of no moved variable
   * holds, and the proof checks those of the moved ones only (what makes many witnesses over one
   * large system cheap); otherwise it checks them all.
   */
  private final boolean truthHolds;

  /** Each constraint's positions in the order tried, once computed; shared by every search. */
  private final Map<Constraint, List<Integer>> order = new IdentityHashMap<>();

  /**
   * Witnesses over {@code constraints}, each variable within {@code lo..hi}, searched from {@code
   * truth}: built once for as many witnesses as wanted.
   */
  Witness(List<Constraint> constraints, double[] lo, double[] hi, long[] truth) {
    this(constraints, lo, hi, truth, MAX_MOVES, MAX_STEPS);
  }

  /**
   * As above, the search {@code maxMoves} moves deep at most and {@code maxSteps} steps long: a
   * deeper search for the counts the default one leaves to the solver.
   */
  Witness(
      List<Constraint> constraints,
      double[] lo,
      double[] hi,
      long[] truth,
      int maxMoves,
      int maxSteps) {
    this.maxMoves = maxMoves;
    this.maxSteps = maxSteps;
    this.constraints = constraints;
    this.lo = lo;
    this.hi = hi;
    this.truth = truth;
    for (Constraint c : constraints) {
      for (int w : c.variables()) {
        touching.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
      }
    }
    boolean holds;
    try {
      holds = new Search().holds(constraints, touching.keySet());
    } catch (ArithmeticException overflow) {
      holds = false;
    }
    this.truthHolds = holds;
  }

  /**
   * Whether a whole-number solution of the constraints with every variable within its bounds and
   * {@code v} at {@code value} was found, starting from the truth.
   */
  boolean reaches(int v, double value) {
    if (Double.isInfinite(value) || value != Math.rint(value)) {
      return false;
    }
    Search search = new Search();
    try {
      search.move(v, (long) value);
      return search.search(maxMoves) && search.proven();
    } catch (ArithmeticException overflow) {
      return false; // no count is that large; the solver decides
    }
  }

  /**
   * The solution {@code moves} (variable → value, each within its bounds) give once what they still
   * break is rebalanced by this witness's search (its moves and steps): every variable moved from
   * its truth with its value, checked as every witness; null where none was found. For moves built
   * with the structure in mind ({@link Cycles}), which the greedy rebalancing would not find.
   */
  Map<Integer, Long> solutionFrom(Map<Integer, Long> moves) {
    Search search = new Search();
    try {
      for (Map.Entry<Integer, Long> m : moves.entrySet()) {
        int w = m.getKey();
        if (m.getValue() < lo[w] || m.getValue() > hi[w]) {
          return null;
        }
        search.move(w, m.getValue());
      }
      return search.search(maxMoves) && search.proven() ? Map.copyOf(search.moved) : null;
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  private List<Integer> fewestConstraintsFirst(Constraint c) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < c.variables().length; i++) {
      positions.add(i);
    }
    positions.sort(Comparator.comparingInt(i -> touching.get(c.variables()[i]).size()));
    return positions;
  }

  /** {@code w}'s coefficient in {@code c}. */
  static long coefficient(Constraint c, int w) {
    for (int i = 0; i < c.variables().length; i++) {
      if (c.variables()[i] == w) {
        return c.coefficients()[i];
      }
    }
    throw new IllegalArgumentException(w + " is not in " + c.origin());
  }

  /**
   * One witness's search: the variables moved from the truth, and the sums of their constraints.
   */
  private final class Search {
    /** The variables moved from the truth, in the order moved, with their values. */
    private final Map<Integer, Long> moved = new LinkedHashMap<>();

    /** Each constraint's sum at the values of now, once computed: kept up to date by each move. */
    private final Map<Constraint, Long> sums = new IdentityHashMap<>();

    private int steps;

    private long value(int w) {
      return moved.getOrDefault(w, truth[w]);
    }

    /** Rebalances the first constraint that does not hold, and the ones that breaks, in turn. */
    private boolean search(int movesLeft) {
      Constraint broken = firstBroken();
      if (broken == null) {
        return true;
      }
      if (movesLeft == 0 || ++steps > maxSteps) {
        return false;
      }
      long missing = broken.rhs() - sums.get(broken);
      for (int i : candidates(broken)) {
        int w = broken.variables()[i];
        long a = broken.coefficients()[i];
        long wanted = value(w) + missing / a;
        long to = (long) Math.max(lo[w], Math.min(hi[w], wanted));
        if (to == value(w)) {
          continue;
        }
        move(w, to);
        if (search(movesLeft - 1)) {
          return true;
        }
        move(w, truth[w]);
        moved.remove(w);
      }
      return false;
    }

    /** Sets {@code w} to {@code to}, and the sums of its constraints with it. */
    private void move(int w, long to) {
      long delta = to - value(w);
      for (Constraint c : touching.getOrDefault(w, List.of())) {
        Long sum = sums.get(c);
        if (sum != null) {
          sums.put(c, Math.addExact(sum, Math.multiplyExact(coefficient(c, w), delta)));
        }
      }
      moved.put(w, to);
    }

    /** The first constraint of a moved variable that does not hold, or null. */
    private Constraint firstBroken() {
      for (int w : moved.keySet()) {
        for (Constraint c : touching.getOrDefault(w, List.of())) {
          if (!holds(c)) {
            return c;
          }
        }
      }
      return null;
    }

    /**
     * The positions in {@code c} of the variables not moved yet that can take up part of what is
     * missing: those in fewest of the constraints first (a variable in no other closes the line).
     */
    private List<Integer> candidates(Constraint c) {
      List<Integer> found = new ArrayList<>();
      for (int i : order.computeIfAbsent(c, Witness.this::fewestConstraintsFirst)) {
        if (!moved.containsKey(c.variables()[i])) {
          found.add(i);
        }
      }
      return found;
    }

    private long sum(Constraint c) {
      Long known = sums.get(c);
      return known != null ? known : sums.computeIfAbsent(c, this::computed);
    }

    private long computed(Constraint c) {
      long sum = 0;
      for (int i = 0; i < c.variables().length; i++) {
        sum = Math.addExact(sum, Math.multiplyExact(c.coefficients()[i], value(c.variables()[i])));
      }
      return sum;
    }

    private boolean holds(Constraint c) {
      long sum = sum(c);
      return switch (c.sense()) {
        case EQUAL -> sum == c.rhs();
        case AT_MOST -> sum <= c.rhs();
        case AT_LEAST -> sum >= c.rhs();
      };
    }

    private List<Constraint> constraintsOfMoved() {
      List<Constraint> of = new ArrayList<>();
      for (int w : moved.keySet()) {
        of.addAll(touching.getOrDefault(w, List.of()));
      }
      return of;
    }

    /**
     * The proof: every constraint holds, its sum computed afresh, and every variable is within its
     * bounds (where the truth satisfies them all, those of the moved variables suffice).
     */
    private boolean proven() {
      return truthHolds
          ? holds(constraintsOfMoved(), moved.keySet())
          : holds(constraints, touching.keySet());
    }

    /**
     * Whether each of {@code checked} holds, its sum computed afresh, and each of {@code within}.
     */
    private boolean holds(Iterable<Constraint> checked, Iterable<Integer> within) {
      sums.clear();
      for (Constraint c : checked) {
        if (!holds(c)) {
          return false;
        }
      }
      for (int w : within) {
        if (value(w) < lo[w] || value(w) > hi[w]) {
          return false;
        }
      }
      return true;
    }
  }
}
