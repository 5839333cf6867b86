package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>The search keeps each constraint's sum at the values of now from its sum at the truth (worked
 * out once, for the whole system where an {@link Index} has the truth) plus each move's difference:
 * the exact step searches about 10,000 witnesses at 10⁴ registrations over constraints of up to 99
 * variables (docs/benchmarks.md 1.57). The proof sums afresh.
 */
final class Witness {
  /** Moves of other variables at most: a deeper rebalancing is left to the solver. */
  static final int MAX_MOVES = 8;

  /** Steps of the search at most, for one witness. */
  static final int MAX_STEPS = 100;

  private final int maxMoves;
  private final int maxSteps;

  private final double[] lo;
  private final double[] hi;
  private final long[] truth;

  /**
   * This witness's constraints: as given, or with an {@link Index} each once, in the order first
   * given. A search names them by position here.
   */
  private final Constraint[] constraints;

  /**
   * Where not null, a variable's constraints are looked up in the whole system's lists and kept
   * where they are this witness's ({@link #positionOf}); else every variable is indexed at once.
   */
  private final Index index;

  /** With {@link #index}: each of this witness's constraints' position, by the system's id. */
  private final IntMap positionOf;

  /** Each variable's constraints here (positions, in their order) and its coefficient in each. */
  private final IntMap touchingOf = new IntMap(16);

  private final List<int[]> touchingAt = new ArrayList<>();
  private final List<long[]> coefficientsAt = new ArrayList<>();

  /** Each constraint's sum at the truth, by position, once worked out ({@link #truthState}). */
  private final long[] truthSums;

  /** By position: 0 not worked out, 1 in {@link #truthSums}, 2 too large for a long. */
  private final byte[] truthState;

  /**
   * Whether the truth satisfies every constraint and bound: then a constraint of no moved variable
   * holds, and the proof checks those of the moved ones only (what makes many witnesses over one
   * large system cheap); otherwise it checks them all.
   */
  private final boolean truthHolds;

  /** Each constraint's positions in the order tried, once computed; shared by every search. */
  private final int[][] order;

  /** A search's sums by position, valid where {@link #stamp} is the search's number. */
  private final long[] sums;

  private final int[] stamp;
  private int searches;

  /**
   * A system's constraints by id, each variable's constraint ids, and, where the truth is known,
   * each constraint's sum at the truth: built once for every witness over a part of it.
   */
  static final class Index {
    private final IdentityHashMap<Constraint, Integer> ids = new IdentityHashMap<>();
    private final int[][] touching;

    /** Each constraint's sum at the truth by id (null: not given), and which do not fit a long. */
    private final long[] truthSums;

    private final java.util.BitSet overflows = new java.util.BitSet();

    Index(CellSystem system) {
      this(system, null);
    }

    /** With each constraint's sum at {@code truth} worked out once (null: per witness). */
    Index(CellSystem system, long[] truth) {
      List<Constraint> constraints = system.constraints();
      int[] sizes = new int[system.size()];
      for (int id = 0; id < constraints.size(); id++) {
        ids.put(constraints.get(id), id);
        for (int w : constraints.get(id).variables()) {
          sizes[w]++;
        }
      }
      touching = new int[sizes.length][];
      for (int w = 0; w < sizes.length; w++) {
        touching[w] = new int[sizes[w]];
        sizes[w] = 0;
      }
      for (int id = 0; id < constraints.size(); id++) {
        for (int w : constraints.get(id).variables()) {
          touching[w][sizes[w]++] = id;
        }
      }
      truthSums = truth == null ? null : new long[constraints.size()];
      for (int id = 0; truth != null && id < constraints.size(); id++) {
        try {
          truthSums[id] = sumAt(constraints.get(id), truth);
        } catch (ArithmeticException overflow) {
          overflows.set(id);
        }
      }
    }
  }

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
    this(constraints.toArray(new Constraint[0]), null, null, lo, hi, truth, maxMoves, maxSteps);
    for (int p = 0; p < this.constraints.length; p++) {
      Constraint c = this.constraints[p];
      for (int w : c.variables()) {
        int slot = touchingOf.get(w);
        if (slot < 0) {
          slot = touchingAt.size();
          touchingOf.put(w, slot);
          touchingAt.add(new int[0]);
          coefficientsAt.add(new long[0]);
        }
        int[] at = touchingAt.get(slot);
        long[] coefficients = coefficientsAt.get(slot);
        touchingAt.set(slot, append(at, p));
        coefficientsAt.set(slot, append(coefficients, coefficient(c, w)));
      }
    }
  }

  private Witness(
      Constraint[] constraints,
      Index index,
      IntMap positionOf,
      double[] lo,
      double[] hi,
      long[] truth,
      int maxMoves,
      int maxSteps) {
    this.maxMoves = maxMoves;
    this.maxSteps = maxSteps;
    this.constraints = constraints;
    this.index = index;
    this.positionOf = positionOf;
    this.lo = lo;
    this.hi = hi;
    this.truth = truth;
    int n = constraints.length;
    this.truthSums = new long[n];
    this.truthState = new byte[n];
    this.order = new int[n][];
    this.sums = new long[n];
    this.stamp = new int[n];
    this.truthHolds = truthHolds();
  }

  /**
   * As {@link #Witness(List, double[], double[], long[])} over {@code constraints}, a count's
   * neighbourhood in a system that {@code index} indexes: the same searches and witnesses, without
   * first indexing every variable of the neighbourhood (the exact step builds one per count, over
   * up to 150 constraints of up to 99 variables each, and a search touches a few of them).
   */
  static Witness around(
      List<Constraint> constraints, Index index, double[] lo, double[] hi, long[] truth) {
    IntMap positionOf = new IntMap(constraints.size());
    List<Constraint> once = new ArrayList<>(constraints.size());
    for (Constraint c : constraints) {
      int id = index.ids.get(c);
      if (positionOf.get(id) < 0) { // a constraint listed twice: its first position
        positionOf.put(id, once.size());
        once.add(c);
      }
    }
    return new Witness(
        once.toArray(new Constraint[0]), index, positionOf, lo, hi, truth, MAX_MOVES, MAX_STEPS);
  }

  /** Whether the truth satisfies every constraint and is within every variable's bounds. */
  private boolean truthHolds() {
    try {
      for (int p = 0; p < constraints.length; p++) {
        Constraint c = constraints[p];
        for (int w : c.variables()) {
          if (truth[w] < lo[w] || truth[w] > hi[w]) {
            return false;
          }
        }
        if (!c.sense().holds(truthSum(p), c.rhs())) {
          return false;
        }
      }
      return true;
    } catch (ArithmeticException overflow) {
      return false;
    }
  }

  /** The sum of the constraint at position {@code p} at the truth; throws where it overflows. */
  private long truthSum(int p) {
    if (truthState[p] == 0) {
      if (index != null && index.truthSums != null) {
        int id = index.ids.get(constraints[p]);
        truthState[p] = index.overflows.get(id) ? (byte) 2 : 1;
        truthSums[p] = index.truthSums[id];
      } else {
        try {
          truthSums[p] = sumAt(constraints[p], truth);
          truthState[p] = 1;
        } catch (ArithmeticException overflow) {
          truthState[p] = 2;
        }
      }
    }
    if (truthState[p] == 2) {
      throw new ArithmeticException("the sum at the truth does not fit a long");
    }
    return truthSums[p];
  }

  private static long sumAt(Constraint c, long[] values) {
    long sum = 0;
    for (int i = 0; i < c.variables().length; i++) {
      sum = Math.addExact(sum, Math.multiplyExact(c.coefficients()[i], values[c.variables()[i]]));
    }
    return sum;
  }

  /** The slot of {@code w}'s constraints here ({@link #touchingAt}), made on first use. */
  private int touching(int w) {
    int slot = touchingOf.get(w);
    if (slot >= 0 || index == null) {
      return slot;
    }
    int[] all = index.touching[w];
    long[] found = new long[all.length];
    int n = 0;
    for (int k = 0; k < all.length; k++) {
      int p = positionOf.get(all[k]);
      if (p >= 0) {
        found[n++] = (long) p << 32 | k; // by position, then as the system lists them
      }
    }
    Arrays.sort(found, 0, n);
    int[] at = new int[n];
    long[] coefficients = new long[n];
    for (int k = 0; k < n; k++) {
      at[k] = (int) (found[k] >>> 32);
      coefficients[k] = coefficient(constraints[at[k]], w);
    }
    slot = touchingAt.size();
    touchingOf.put(w, slot);
    touchingAt.add(at);
    coefficientsAt.add(coefficients);
    return slot;
  }

  /** How many of this witness's constraints {@code w} is in. */
  private int degree(int w) {
    int slot = touchingOf.get(w);
    if (slot >= 0) {
      return touchingAt.get(slot).length;
    }
    if (index == null) {
      return 0;
    }
    int n = 0;
    for (int id : index.touching[w]) {
      if (positionOf.get(id) >= 0) {
        n++;
      }
    }
    return n;
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
      return search.search(maxMoves) && search.proven() ? search.moved() : null;
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  /**
   * The positions in the constraint at {@code p} in the order tried: in fewest constraints first.
   */
  private int[] order(int p) {
    if (order[p] == null) {
      int[] variables = constraints[p].variables();
      long[] byDegree = new long[variables.length];
      for (int i = 0; i < variables.length; i++) {
        byDegree[i] = (long) degree(variables[i]) << 32 | i; // ties in their order: a stable sort
      }
      Arrays.sort(byDegree);
      int[] positions = new int[variables.length];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = (int) byDegree[i];
      }
      order[p] = positions;
    }
    return order[p];
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

  private static int[] append(int[] a, int x) {
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = x;
    return b;
  }

  private static long[] append(long[] a, long x) {
    long[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = x;
    return b;
  }

  /**
   * One witness's search: the variables moved from the truth, and the sums of their constraints.
   */
  private final class Search {
    /** The variables moved from the truth, in the order moved, with their values. */
    private int[] movedVariables = new int[MAX_MOVES + 1];

    private long[] movedValues = new long[MAX_MOVES + 1];
    private int moves;

    /** This search's number: a sum is this search's where its {@link #stamp} is. */
    private final int number = ++searches;

    private int steps;

    private long value(int w) {
      for (int k = 0; k < moves; k++) {
        if (movedVariables[k] == w) {
          return movedValues[k];
        }
      }
      return truth[w];
    }

    private boolean isMoved(int w) {
      for (int k = 0; k < moves; k++) {
        if (movedVariables[k] == w) {
          return true;
        }
      }
      return false;
    }

    /** Forgets the move of {@code w}: its value is its truth again. */
    private void unmove(int w) {
      for (int k = 0; k < moves; k++) {
        if (movedVariables[k] == w) {
          System.arraycopy(movedVariables, k + 1, movedVariables, k, moves - k - 1);
          System.arraycopy(movedValues, k + 1, movedValues, k, moves - k - 1);
          moves--;
          return;
        }
      }
    }

    private Map<Integer, Long> moved() {
      Map<Integer, Long> m = new LinkedHashMap<>();
      for (int k = 0; k < moves; k++) {
        m.put(movedVariables[k], movedValues[k]);
      }
      return Map.copyOf(m);
    }

    /** Rebalances the first constraint that does not hold, and the ones that breaks, in turn. */
    private boolean search(int movesLeft) {
      int broken = firstBroken();
      if (broken < 0) {
        return true;
      }
      if (movesLeft == 0 || ++steps > maxSteps) {
        return false;
      }
      Constraint c = constraints[broken];
      long missing = c.rhs() - sums[broken];
      // each move below is undone before the next is tried, so the variables moved are those of
      // now at every turn: the ones moved already are passed over as they come
      for (int i : order(broken)) {
        int w = c.variables()[i];
        if (isMoved(w)) {
          continue;
        }
        long a = c.coefficients()[i];
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
        unmove(w);
      }
      return false;
    }

    /**
     * Sets {@code w} to {@code to}, and the sums of its constraints with it. A constraint of no
     * variable moved before sums to its truth's sum: so every constraint of a moved variable has
     * its sum of now.
     */
    private void move(int w, long to) {
      long delta = to - value(w);
      int slot = touching(w);
      if (slot >= 0) {
        int[] at = touchingAt.get(slot);
        long[] coefficients = coefficientsAt.get(slot);
        for (int k = 0; k < at.length; k++) {
          int p = at[k];
          if (stamp[p] != number) {
            sums[p] = truthSum(p);
            stamp[p] = number;
          }
          sums[p] = Math.addExact(sums[p], Math.multiplyExact(coefficients[k], delta));
        }
      }
      for (int k = 0; k < moves; k++) {
        if (movedVariables[k] == w) {
          movedValues[k] = to;
          return;
        }
      }
      if (moves == movedVariables.length) {
        movedVariables = Arrays.copyOf(movedVariables, 2 * moves);
        movedValues = Arrays.copyOf(movedValues, 2 * moves);
      }
      movedVariables[moves] = w;
      movedValues[moves++] = to;
    }

    /** The position of the first constraint of a moved variable that does not hold, or -1. */
    private int firstBroken() {
      for (int k = 0; k < moves; k++) {
        int slot = touching(movedVariables[k]);
        if (slot < 0) {
          continue;
        }
        for (int p : touchingAt.get(slot)) {
          if (!constraints[p].sense().holds(sums[p], constraints[p].rhs())) {
            return p;
          }
        }
      }
      return -1;
    }

    /**
     * The proof: every constraint holds, its sum computed afresh from the values of now, and every
     * variable is within its bounds (where the truth satisfies them all, the constraints and bounds
     * of the moved variables suffice).
     */
    private boolean proven() {
      if (truthHolds) {
        for (int k = 0; k < moves; k++) {
          int slot = touching(movedVariables[k]);
          for (int p : slot < 0 ? new int[0] : touchingAt.get(slot)) {
            if (!holdsAfresh(constraints[p])) {
              return false;
            }
          }
        }
        for (int k = 0; k < moves; k++) {
          if (!within(movedVariables[k])) {
            return false;
          }
        }
        return true;
      }
      for (Constraint c : constraints) {
        if (!holdsAfresh(c)) {
          return false;
        }
      }
      for (Constraint c : constraints) {
        for (int w : c.variables()) {
          if (!within(w)) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean holdsAfresh(Constraint c) {
      long sum = 0;
      for (int i = 0; i < c.variables().length; i++) {
        sum = Math.addExact(sum, Math.multiplyExact(c.coefficients()[i], value(c.variables()[i])));
      }
      return c.sense().holds(sum, c.rhs());
    }

    private boolean within(int w) {
      return value(w) >= lo[w] && value(w) <= hi[w];
    }
  }
}
