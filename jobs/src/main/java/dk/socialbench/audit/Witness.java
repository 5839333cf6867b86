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

  /** Each variable's constraints among {@link #constraints}, in their order there. */
  private final Map<Integer, List<Constraint>> touching = new HashMap<>();

  /**
   * Where not null, {@link #touching} is filled on demand from the whole system's lists, keeping
   * the constraints of this witness's ({@link #around}); else it is filled at once.
   */
  private final Index index;

  /** With {@link #index}: the ids of this witness's constraints, ascending. */
  private final int[] ids;

  /** With {@link #index}: the position in {@link #constraints} of each of {@link #ids}. */
  private final int[] idPositions;

  /**
   * A system's constraints by id and each variable's constraint ids: built once for every witness
   * over a part of it.
   */
  static final class Index {
    private final List<Constraint> constraints;
    private final Map<Constraint, Integer> ids = new IdentityHashMap<>();
    private final int[][] touching;

    Index(CellSystem system) {
      constraints = system.constraints();
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
    }
  }

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
    this.index = null;
    this.ids = null;
    this.idPositions = null;
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

  private Witness(
      List<Constraint> constraints, Index index, double[] lo, double[] hi, long[] truth) {
    this.maxMoves = MAX_MOVES;
    this.maxSteps = MAX_STEPS;
    this.constraints = constraints;
    this.lo = lo;
    this.hi = hi;
    this.truth = truth;
    this.index = index;
    long[] byId = new long[constraints.size()];
    int n = 0;
    for (int p = 0; p < constraints.size(); p++) {
      long id = index.ids.get(constraints.get(p));
      byId[n++] = id << 32 | p;
    }
    java.util.Arrays.sort(byId, 0, n);
    int[] sortedIds = new int[n];
    int[] at = new int[n];
    int kept = 0;
    for (int k = 0; k < n; k++) {
      int id = (int) (byId[k] >>> 32);
      if (kept > 0 && sortedIds[kept - 1] == id) {
        continue; // a constraint listed twice: its first position
      }
      sortedIds[kept] = id;
      at[kept++] = (int) byId[k];
    }
    this.ids = java.util.Arrays.copyOf(sortedIds, kept);
    this.idPositions = java.util.Arrays.copyOf(at, kept);
    this.truthHolds = truthHolds(constraints, lo, hi, truth);
  }

  /**
   * As {@link #Witness(List, double[], double[], long[])} over {@code constraints}, a count's
   * neighbourhood in a system whose every variable's constraints {@code systemTouching} lists: the
   * same searches and witnesses, without first indexing every variable of the neighbourhood (the
   * exact step builds one per count, over up to 150 constraints of up to 99 variables each, and a
   * search touches a few of them).
   */
  static Witness around(
      List<Constraint> constraints, Index index, double[] lo, double[] hi, long[] truth) {
    return new Witness(constraints, index, lo, hi, truth);
  }

  /** Whether the truth satisfies every constraint and is within every variable's bounds. */
  private static boolean truthHolds(
      List<Constraint> constraints, double[] lo, double[] hi, long[] truth) {
    try {
      for (Constraint c : constraints) {
        long sum = 0;
        int[] vars = c.variables();
        for (int i = 0; i < vars.length; i++) {
          sum = Math.addExact(sum, Math.multiplyExact(c.coefficients()[i], truth[vars[i]]));
          if (truth[vars[i]] < lo[vars[i]] || truth[vars[i]] > hi[vars[i]]) {
            return false;
          }
        }
        if (!c.sense().holds(sum, c.rhs())) {
          return false;
        }
      }
      return true;
    } catch (ArithmeticException overflow) {
      return false;
    }
  }

  /** The constraints {@code w} is in, of this witness's, in their order. */
  private List<Constraint> touching(int w) {
    if (index == null) {
      return touching.getOrDefault(w, List.of());
    }
    List<Constraint> of = touching.get(w);
    if (of == null) {
      int[] all = index.touching[w];
      long[] found = new long[all.length];
      int n = 0;
      for (int k = 0; k < all.length; k++) {
        int at = java.util.Arrays.binarySearch(ids, all[k]);
        if (at >= 0) {
          found[n] = (long) idPositions[at] << 32 | k; // by position, then as the system lists them
          n++;
        }
      }
      java.util.Arrays.sort(found, 0, n);
      of = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        of.add(index.constraints.get(all[(int) found[k]]));
      }
      touching.put(w, of);
    }
    return of;
  }

  /** How many of this witness's constraints {@code w} is in. */
  private int degree(int w) {
    if (index == null || touching.containsKey(w)) {
      return touching(w).size();
    }
    int n = 0;
    for (int id : index.touching[w]) {
      if (java.util.Arrays.binarySearch(ids, id) >= 0) {
        n++;
      }
    }
    return n;
  }

  /** Every variable of the constraints (some more than once where not indexed at once). */
  private Iterable<Integer> variables() {
    if (index == null) {
      return touching.keySet();
    }
    List<Integer> all = new ArrayList<>();
    for (Constraint c : constraints) {
      for (int w : c.variables()) {
        all.add(w);
      }
    }
    return all;
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
    positions.sort(Comparator.comparingInt(i -> degree(c.variables()[i])));
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

    /**
     * The same moves in arrays, for {@link #value} and {@link #isMoved}, asked for every variable
     * of every constraint summed: a few moves, looked up without boxing.
     */
    private int[] movedVariables = new int[MAX_MOVES + 1];

    private long[] movedValues = new long[MAX_MOVES + 1];
    private int moves;

    /** Each constraint's sum at the values of now, once computed: kept up to date by each move. */
    private final Map<Constraint, Long> sums = new IdentityHashMap<>();

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
      moved.remove(w);
      for (int k = 0; k < moves; k++) {
        if (movedVariables[k] == w) {
          System.arraycopy(movedVariables, k + 1, movedVariables, k, moves - k - 1);
          System.arraycopy(movedValues, k + 1, movedValues, k, moves - k - 1);
          moves--;
          return;
        }
      }
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
        unmove(w);
      }
      return false;
    }

    /** Sets {@code w} to {@code to}, and the sums of its constraints with it. */
    private void move(int w, long to) {
      long delta = to - value(w);
      for (Constraint c : touching(w)) {
        Long sum = sums.get(c);
        if (sum != null) {
          sums.put(c, Math.addExact(sum, Math.multiplyExact(coefficient(c, w), delta)));
        }
      }
      moved.put(w, to);
      for (int k = 0; k < moves; k++) {
        if (movedVariables[k] == w) {
          movedValues[k] = to;
          return;
        }
      }
      if (moves == movedVariables.length) {
        movedVariables = java.util.Arrays.copyOf(movedVariables, 2 * moves);
        movedValues = java.util.Arrays.copyOf(movedValues, 2 * moves);
      }
      movedVariables[moves] = w;
      movedValues[moves++] = to;
    }

    /** The first constraint of a moved variable that does not hold, or null. */
    private Constraint firstBroken() {
      for (int w : moved.keySet()) {
        for (Constraint c : touching(w)) {
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
        if (!isMoved(c.variables()[i])) {
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
      return c.sense().holds(sum(c), c.rhs());
    }

    private List<Constraint> constraintsOfMoved() {
      List<Constraint> of = new ArrayList<>();
      for (int w : moved.keySet()) {
        of.addAll(touching(w));
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
          : holds(constraints, variables());
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
