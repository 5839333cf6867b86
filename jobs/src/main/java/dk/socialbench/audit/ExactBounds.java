package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The step after propagation (docs/privacy.md, "How it is audited", (c)): the attacker who solves
 * the system instead of reasoning one constraint at a time. For each count chosen (those that could
 * be an exposure and that propagation has not pinned) its minimum and maximum over the linear
 * programme of the constraints around it: every constraint within {@code hops} of it (at most
 * {@code maxConstraints}, nearest first), every variable of theirs within its propagated bounds.
 * Those bounds are implied by the whole system, so the interval found is still an outer bound of
 * what the whole system allows, and at least as tight as propagation's. A programme of at most
 * {@code maxIntegerVariables} variables is solved as an integer programme as well (the attacker's
 * full strength: counts are whole), a larger one as a linear programme only, its optimum rounded
 * inward.
 *
 * <p>A solver that stops short of the optimum would only make an interval narrower than the truth
 * allows: a finding too many, never one too few; a programme the solver does not solve keeps the
 * propagated bounds.
 *
 * <p>With the true counts known, an optimum is first looked for as a {@link Witness}: a
 * whole-number solution with the count at its propagated bound is that bound's optimum, proven
 * without a programme, and the same interval the solver would give.
 */
final class ExactBounds {
  /** Counts are whole: an optimum within this of a whole number is that number. */
  private static final double TOLERANCE = 1e-6;

  /** An integer programme that takes longer than this is dropped for its linear relaxation. */
  private static final long INTEGER_MILLIS = 2_000;

  /** What one run of the step did, for the audit's log and the benchmarks. */
  record Summary(
      int solved,
      int programmes,
      int integer,
      int witnessed,
      int tightened,
      java.util.BitSet pins,
      double seconds) {
    /** How many counts the programmes pinned that propagation had left open. */
    int pinned() {
      return pins.cardinality();
    }

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "%d count(s) solved by %d programme(s) (%d integer) and %d witness(es) in %.1f s: %d"
              + " tightened, %d pinned",
          solved,
          programmes,
          integer,
          witnessed,
          seconds,
          tightened,
          pinned());
    }
  }

  /**
   * The audit's: one hop (the constraints the count is in), at most 150 of them, an integer
   * programme up to 40 variables. Two hops cost about ten times as much (docs/benchmarks.md 1.14:
   * over two minutes of CPU at 10⁶ registrations) and pinned nothing more on the runs measured.
   */
  static ExactBounds standard() {
    return new ExactBounds(1, 150, 40);
  }

  private final int hops;
  private final int maxConstraints;
  private final int maxIntegerVariables;
  private final boolean witnesses;
  private final int threads;

  ExactBounds(int hops, int maxConstraints, int maxIntegerVariables) {
    this(hops, maxConstraints, maxIntegerVariables, true, Workers.available());
  }

  private ExactBounds(
      int hops, int maxConstraints, int maxIntegerVariables, boolean witnesses, int threads) {
    this.hops = hops;
    this.maxConstraints = maxConstraints;
    this.maxIntegerVariables = maxIntegerVariables;
    this.witnesses = witnesses;
    this.threads = threads;
  }

  /** The same step with every optimum solved by a programme: the reference for the witnesses. */
  ExactBounds withoutWitnesses() {
    return new ExactBounds(hops, maxConstraints, maxIntegerVariables, false, threads);
  }

  /** The same step on {@code threads} threads: the same bounds and summary on any number. */
  ExactBounds withThreads(int threads) {
    return new ExactBounds(hops, maxConstraints, maxIntegerVariables, witnesses, threads);
  }

  /**
   * Tightens {@code bounds} in place for every variable {@code target} accepts that is not already
   * pinned. Each is solved with the bounds as they stand: one tightened earlier narrows the next
   * (solved on {@code threads} threads, with the same result as one after the other).
   */
  Summary tighten(CellSystem system, Bounds bounds, IntPredicate target) {
    return tighten(system, bounds, target, null);
  }

  /**
   * As {@link #tighten(CellSystem, Bounds, IntPredicate)}, with each variable's true count ({@code
   * truth}, or null where not known): then only whether a count is pinned is decided, and a bound
   * is solved only while it can be the truth.
   */
  Summary tighten(CellSystem system, Bounds bounds, IntPredicate target, long[] truth) {
    long start = System.nanoTime();
    List<List<Constraint>> touching = touching(system);
    Witness.Index index = truth != null && witnesses ? new Witness.Index(system, truth) : null;
    List<Integer> chosen = new ArrayList<>();
    for (int v = 0; v < system.size(); v++) {
      if (!bounds.fixed(v) && target.test(v)) {
        chosen.add(v);
      }
    }
    // A count's programme reads only the bounds of its own constraints' variables, and solving a
    // count changes only its own bounds. So every count is solved at once on the bounds as they
    // stand, and then taken in order; one whose variables an earlier count tightened is solved
    // again on the bounds of then: the result of solving them one after the other, on any threads.
    List<Solved> first =
        Workers.map(
            threads,
            chosen.size(),
            i -> solve(chosen.get(i), touching, index, bounds.lo, bounds.hi, truth));
    java.util.BitSet changed = new java.util.BitSet();
    int tightened = 0;
    java.util.BitSet pins = new java.util.BitSet();
    int[] programmes = new int[3];
    for (int i = 0; i < chosen.size(); i++) {
      int v = chosen.get(i);
      Solved s = first.get(i);
      if (s == null) {
        continue;
      }
      if (reads(s.around(), changed)) {
        s = solve(v, touching, index, bounds.lo, bounds.hi, truth);
      }
      for (int k = 0; k < programmes.length; k++) {
        programmes[k] += s.programmes()[k];
      }
      double[] interval = s.interval();
      if (interval[0] > bounds.lo[v] || interval[1] < bounds.hi[v]) {
        tightened++;
        changed.set(v);
        bounds.lo[v] = interval[0];
        bounds.hi[v] = interval[1];
        if (bounds.fixed(v)) {
          pins.set(v);
        }
      }
    }
    return new Summary(
        chosen.size(),
        programmes[0],
        programmes[1],
        programmes[2],
        tightened,
        pins,
        (System.nanoTime() - start) / 1e9);
  }

  /** One count's interval, the constraints around it and the programmes it took. */
  private record Solved(double[] interval, List<Constraint> around, int[] programmes) {}

  /** {@code v} solved on {@code lo..hi}, or null where no programme can tighten it. */
  private Solved solve(
      int v,
      List<List<Constraint>> touching,
      Witness.Index index,
      double[] lo,
      double[] hi,
      long[] truth) {
    List<Constraint> around = neighbourhood(v, touching);
    if (!coupled(v, around)) {
      return null;
    }
    int[] programmes = new int[3];
    double[] interval =
        truth == null
            ? interval(v, around, lo, hi, programmes)
            : interval(v, around, lo, hi, truth, index, programmes);
    return new Solved(interval, around, programmes);
  }

  /** Whether any variable of {@code constraints} is in {@code changed}. */
  private static boolean reads(List<Constraint> constraints, java.util.BitSet changed) {
    if (changed.isEmpty()) {
      return false;
    }
    for (Constraint c : constraints) {
      for (int w : c.variables()) {
        if (changed.get(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a programme can say more about {@code v} than propagation: only where the constraints
   * share a variable besides {@code v}, or a coefficient is not ±1. Otherwise each constraint
   * bounds {@code v} on its own, by the others' bounds, which is the bound propagation has already
   * taken; with unit coefficients every whole number between is reached, so neither the linear nor
   * the integer programme can tighten it.
   */
  static boolean coupled(int v, List<Constraint> constraints) {
    // a bit set, not a set of Integer: asked of every count chosen, over up to 150 constraints;
    // sized at once, as growing it word by word cost more than the test
    int largest = v;
    for (Constraint c : constraints) {
      for (int w : c.variables()) {
        largest = Math.max(largest, w);
      }
    }
    java.util.BitSet seen = new java.util.BitSet(largest + 1);
    for (Constraint c : constraints) {
      for (int i = 0; i < c.variables().length; i++) {
        int w = c.variables()[i];
        if (Math.abs(c.coefficients()[i]) != 1) {
          return true;
        }
        if (w != v) {
          if (seen.get(w)) {
            return true;
          }
          seen.set(w);
        }
      }
    }
    return false;
  }

  /** For each variable, the constraints it is in. */
  static List<List<Constraint>> touching(CellSystem system) {
    List<List<Constraint>> touching = new ArrayList<>();
    for (int v = 0; v < system.size(); v++) {
      touching.add(new ArrayList<>());
    }
    for (Constraint c : system.constraints()) {
      for (int v : c.variables()) {
        touching.get(v).add(c);
      }
    }
    return touching;
  }

  /**
   * The constraints within {@link #hops} of {@code v} (one hop: those {@code v} is in; two: those
   * their variables are in), nearest first, at most {@link #maxConstraints}.
   */
  List<Constraint> neighbourhood(int v, List<List<Constraint>> touching) {
    Set<Constraint> found = new LinkedHashSet<>();
    Set<Integer> reached = new LinkedHashSet<>(List.of(v));
    List<Integer> frontier = List.of(v);
    for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
      List<Integer> next = new ArrayList<>();
      for (int u : frontier) {
        for (Constraint c : touching.get(u)) {
          if (found.size() >= maxConstraints) {
            return new ArrayList<>(found);
          }
          if (found.add(c) && hop + 1 < hops) { // the last hop's variables lead nowhere
            for (int w : c.variables()) {
              if (reached.add(w)) {
                next.add(w);
              }
            }
          }
        }
      }
      frontier = next;
    }
    return new ArrayList<>(found);
  }

  /**
   * The whole-number interval of {@code v} over {@code constraints} with every variable within
   * {@code lo..hi}: {@code [lo[v], hi[v]]} where the solver gives nothing better. {@code
   * programmes} counts the programmes solved (index 0) and of them the integer ones (index 1).
   */
  double[] interval(
      int v, List<Constraint> constraints, double[] lo, double[] hi, int[] programmes) {
    return interval(v, constraints, lo, hi, null, programmes);
  }

  /**
   * As {@link #interval(int, List, double[], double[], int[])}, knowing every variable's true count
   * ({@code truths}; null: not known). The truth is a solution, so the count is pinned only if both
   * optima are its truth: a bound propagation already has at the truth is not solved, and once one
   * optimum is not the truth the other is not solved either. An optimum that a {@link Witness}
   * shows to be the propagated bound is not solved either ({@code programmes} index 2 counts them).
   */
  double[] interval(
      int v,
      List<Constraint> constraints,
      double[] lo,
      double[] hi,
      long[] truths,
      int[] programmes) {
    return interval(v, constraints, lo, hi, truths, null, programmes);
  }

  /**
   * As above, the witnesses looking up a variable's constraints in {@code index}, the whole
   * system's (null: indexed afresh per witness).
   */
  private double[] interval(
      int v,
      List<Constraint> constraints,
      double[] lo,
      double[] hi,
      long[] truths,
      Witness.Index index,
      int[] programmes) {
    double[] interval = {lo[v], hi[v]};
    if (constraints.isEmpty()) {
      return interval;
    }
    boolean known = truths != null;
    double truth = known ? truths[v] : Double.NaN;
    // made when first needed: most optima are shown by a witness, without a programme
    Programme linear = null;
    Programme whole = null;
    // one for both optima: it reads lo and hi, which neither changes
    Witness witness = null;
    for (boolean max : new boolean[] {true, false}) {
      if (interval[0] >= interval[1] || known && bound(interval, max) == truth) {
        continue;
      }
      if (known && witnesses && witness == null) {
        witness =
            index == null
                ? new Witness(constraints, lo, hi, truths)
                : Witness.around(constraints, index, lo, hi, truths);
      }
      if (known && witnesses && witness.reaches(v, bound(interval, max))) {
        // the bound is a solution, so it is the optimum, and it is not the truth: not pinned
        programmes[2]++;
        break;
      }
      programmes[0]++;
      if (linear == null) {
        linear = new Programme(v, constraints, lo, hi, false);
        whole =
            linear.size() <= maxIntegerVariables
                ? new Programme(v, constraints, lo, hi, true)
                : null;
      }
      double optimum = Double.NaN;
      if (whole != null) {
        programmes[1]++;
        optimum = whole.solve(max);
      }
      if (Double.isNaN(optimum)) {
        optimum = linear.solve(max); // no integer optimum proven: the relaxation bounds it
      }
      if (!Double.isNaN(optimum)) {
        double r = rounded(optimum, max);
        if (max && r < interval[1]) {
          interval[1] = Math.max(r, interval[0]);
        } else if (!max && r > interval[0]) {
          interval[0] = Math.min(r, interval[1]);
        }
      }
      if (known && bound(interval, max) != truth) {
        break; // a solution other than the truth: not pinned
      }
    }
    return interval;
  }

  private static double bound(double[] interval, boolean max) {
    return max ? interval[1] : interval[0];
  }

  /** Inward to a whole number: a minimum up, a maximum down. */
  private static double rounded(double optimum, boolean max) {
    return max ? Math.floor(optimum + TOLERANCE) : Math.ceil(optimum - TOLERANCE);
  }

  /** One variable's programme: its objective, the constraints and every variable's bounds. */
  private static final class Programme {
    private final List<Constraint> constraints;
    private final double[] lo;
    private final double[] hi;
    private final boolean integer;
    private final int objective;
    private final Map<Integer, Integer> columns = new HashMap<>();

    Programme(int v, List<Constraint> constraints, double[] lo, double[] hi, boolean integer) {
      this.constraints = constraints;
      this.lo = lo;
      this.hi = hi;
      this.integer = integer;
      this.objective = v;
      columns.put(v, 0);
      for (Constraint c : constraints) {
        for (int w : c.variables()) {
          columns.putIfAbsent(w, columns.size());
        }
      }
    }

    int size() {
      return columns.size();
    }

    /** The optimum of the objective variable, or NaN where the solver gives none. */
    double solve(boolean max) {
      ExpressionsBasedModel model = new ExpressionsBasedModel();
      if (integer) {
        model.options.time_abort = INTEGER_MILLIS;
      }
      Variable[] x = new Variable[columns.size()];
      columns.forEach(
          (w, i) -> {
            x[i] = model.addVariable("x" + w).lower(lo[w]).integer(integer);
            if (!Double.isInfinite(hi[w])) {
              x[i].upper(hi[w]);
            }
            // ojAlgo starts from each variable's value, else from the midpoint of its bounds,
            // worked out in BigDecimal division: over half of the programmes' time at 10^4
            // (docs/benchmarks.md 1.26). The lower bound is as good a start and costs nothing.
            x[i].setValue(java.math.BigDecimal.valueOf(lo[w]));
          });
      x[0].weight(1);
      for (Constraint c : constraints) {
        Expression e = model.addExpression();
        for (int i = 0; i < c.variables().length; i++) {
          e.set(x[columns.get(c.variables()[i])], c.coefficients()[i]);
        }
        switch (c.sense()) {
          case EQUAL -> e.level(c.rhs());
          case AT_MOST -> e.upper(c.rhs());
          case AT_LEAST -> e.lower(c.rhs());
        }
      }
      Optimisation.Result result = max ? model.maximise() : model.minimise();
      // only an optimum proven is a bound; a feasible point the solver stopped at is not
      return result.getState().isOptimal() ? result.getValue() : Double.NaN;
    }
  }
}
