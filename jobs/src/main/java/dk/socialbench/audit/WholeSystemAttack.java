package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The attacker who solves the whole system at once (docs/privacy.md, "What remains", item 12): for
 * each count the audit's attack ({@link LinearAttack}) leaves open, its minimum and maximum over
 * every constraint of the connected component it is in, not only its own constraints. The audit's
 * bounds are implied by the whole system, so they stay as every variable's bounds; a variable they
 * pin is a constant, which cuts the constraint graph into components. A component of at most {@code
 * maxIntegerVariables} open counts is solved as an integer programme (proven optima only, within a
 * time limit), a larger one as its linear relaxation, rounded inward (a minimum up, a maximum
 * down), as an attacker who knows counts are whole would. A component of more than {@code
 * maxSolvedVariables} open counts is not solved by ojAlgo (its simplex takes minutes per programme
 * there): with the truths, each side of each count (below the truth, above) is decided by a
 * witness, or for a count with no side witnessed by a {@link Cycles} through its line and column,
 * else over the integer solutions by CP-SAT ({@link IntegerSides}: a solution that differs from the
 * truth, or a proof that none does); a side neither decides, and every side without the truths, is
 * counted as undecided, the audit's bound kept as the outer bound it is, never a proof.
 *
 * <p>With the true counts known, an optimum at the audit's bound is first looked for as a {@link
 * Witness} over the component's constraints (the same proof the exact step uses), and a bound that
 * is the truth needs no proof. Every interval found is an outer bound of what the published tables
 * allow, so it holds the truth; one narrower than the audit's is what the whole system adds.
 *
 * <p>Example: {@code new WholeSystemAttack(5, 200).run(outcome.system(), outcome.bounds(), v ->
 * truth[v] > 0 && truth[v] < 5, truth)}.
 */
final class WholeSystemAttack {
  /** Components of at most this many open counts are solved as integer programmes. */
  static final int INTEGER_VARIABLES = 200;

  /**
   * Components of more open counts are decided by witnesses only: ojAlgo's simplex took minutes per
   * programme over the sample's largest component (thousands of counts).
   */
  static final int SOLVED_VARIABLES = 300;

  /** Counts are whole: an optimum within this of a whole number is that number. */
  private static final double TOLERANCE = 1e-6;

  /** An integer programme that takes longer than this is dropped for its linear relaxation. */
  private static final long INTEGER_MILLIS = 10_000;

  /** A linear programme not solved in this time keeps the audit's bound (an outer bound). */
  private static final long LINEAR_MILLIS = 20_000;

  /** One count's interval: the audit's and the whole system's. */
  record Interval(
      int variable, double auditLo, double auditHi, double lo, double hi, boolean exact) {
    boolean pinned() {
      return lo == hi;
    }

    /** Narrower than the audit's interval (where not {@link #exact}, an end kept the audit's). */
    boolean narrowed() {
      return lo > auditLo || hi < auditHi;
    }
  }

  /**
   * What happened to the counts attacked: a count with a side shown open (by a witness, a cycle
   * through its line and column, a programme of a small component, or a CP-SAT solution of a
   * region, of its own neighbourhood or of the whole component) cannot be pinned; one with both
   * sides closed is pinned (a finding); the rest are undecided, the distance to the proof that no
   * count the audit left open can be pinned.
   */
  record Counts(
      int byWitness,
      int byCycle,
      int byProgramme,
      int byRegion,
      int byNeighbourhood,
      int byWhole,
      int pinned,
      int undecided) {
    int open() {
      return byWitness + byCycle + byProgramme + byRegion + byNeighbourhood + byWhole;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d with a side open (%d by witnesses, %d by cycles, %d by programmes, %d by regions, %d"
              + " by own neighbourhoods, %d by the whole component), %d pinned (both sides closed),"
              + " %d undecided (no side open, not pinned)",
          open(),
          byWitness,
          byCycle,
          byProgramme,
          byRegion,
          byNeighbourhood,
          byWhole,
          pinned,
          undecided);
    }
  }

  /** What one run did, for the log and the docs. */
  record Summary(
      Counts counts,
      int components,
      int componentsWithTargets,
      int largestVariables,
      int largestConstraints,
      List<Integer> largestWithTargets,
      int targets,
      int programmes,
      int integer,
      int witnessed,
      int openByWitness,
      int solves,
      int solvesForCounts,
      int openBySolution,
      int openByNeighbourhoods,
      int openByRegions,
      double neighbourhoodSeconds,
      double cycleSeconds,
      int closedBySolver,
      int undecided,
      double seconds,
      double cpuSeconds) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d count(s) in %d of %d component(s) (largest %d counts, %d constraints; the largest"
              + " attacked %s): %s; sides: %d"
              + " programme(s) (%d integer), %d witness(es), %d side(s) of large components shown open"
              + " by a witness beside the truth (cycles %.1f s); CP-SAT: %d solve(s) (%d until every count had a side"
              + " open or was closed), %d side(s) shown open by a"
              + " solution (%d of a neighbourhood, %d of them of a region, those in %.1f s), %d proven"
              + " closed; %d undecided, %.1f s (%.1f s CPU of the process)",
          targets,
          componentsWithTargets,
          components,
          largestVariables,
          largestConstraints,
          largestWithTargets,
          counts,
          programmes,
          integer,
          witnessed,
          openByWitness,
          cycleSeconds,
          solves,
          solvesForCounts,
          openBySolution,
          openByNeighbourhoods,
          openByRegions,
          neighbourhoodSeconds,
          closedBySolver,
          undecided,
          seconds,
          cpuSeconds);
    }
  }

  /** The intervals of every count attacked, the pins the audit missed, and the summary. */
  record Outcome(List<Interval> intervals, List<Finding> findings, Summary summary) {
    List<Interval> narrowed() {
      return intervals.stream().filter(Interval::narrowed).toList();
    }
  }

  private final int threshold;
  private final int maxIntegerVariables;
  private final int maxSolvedVariables;
  private final IntegerSides sides;

  /** Every component solved where a witness does not decide. */
  WholeSystemAttack(int threshold, int maxIntegerVariables) {
    this(threshold, maxIntegerVariables, Integer.MAX_VALUE, (IntegerSides) null);
  }

  /**
   * @param maxSolvedVariables above this many open counts a component is not solved: a witness one
   *     beyond the truth decides each side (not pinned from it), the interval is not narrowed
   */
  WholeSystemAttack(int threshold, int maxIntegerVariables, int maxSolvedVariables) {
    this(threshold, maxIntegerVariables, maxSolvedVariables, (IntegerSides) null);
  }

  /**
   * @param limits with the truths, each side of a large component's count no witness decides is
   *     decided over the integer solutions by CP-SAT within these limits ({@link IntegerSides});
   *     null: such a side stays undecided
   */
  WholeSystemAttack(
      int threshold, int maxIntegerVariables, int maxSolvedVariables, WholeSystemLimits limits) {
    this(
        threshold,
        maxIntegerVariables,
        maxSolvedVariables,
        limits == null ? null : new IntegerSides(limits));
  }

  /** As above, with the CP-SAT step given (e.g. its rounds first, for comparison). */
  WholeSystemAttack(
      int threshold, int maxIntegerVariables, int maxSolvedVariables, IntegerSides sides) {
    this.threshold = threshold;
    this.maxIntegerVariables = maxIntegerVariables;
    this.maxSolvedVariables = maxSolvedVariables;
    this.sides = sides;
  }

  /**
   * The counts the audit's attack left open: with the truths, those of 1 to threshold − 1 persons;
   * without, those the bounds leave possibly under the threshold and above 0.
   */
  static IntPredicate openSmallCounts(Bounds bounds, long[] truth, int threshold) {
    return v ->
        !bounds.fixed(v)
            && (truth != null
                ? truth[v] > 0 && truth[v] < threshold
                : bounds.lo[v] < threshold && bounds.hi[v] > 0);
  }

  /** Each variable's true count from the restricted tables (0 where no row has persons). */
  static long[] truths(CellSystem system, Map<String, Table> restricted) {
    Map<Cell, Long> byCell = LinearAttack.trueCounts(restricted);
    long[] truth = new long[system.size()];
    for (int v = 0; v < truth.length; v++) {
      truth[v] = byCell.getOrDefault(system.cell(v), 0L);
    }
    return truth;
  }

  /** Attacks what the audit's outcome left open, its bounds unchanged. */
  Outcome run(LinearAttack.Outcome audited, long[] truth) {
    Bounds b = audited.bounds();
    return run(audited.system(), b, openSmallCounts(b, truth, threshold), truth);
  }

  /**
   * Minimises and maximises every open variable {@code target} accepts over its component, each
   * variable within {@code bounds} (not changed); {@code truth} may be null, and must otherwise
   * satisfy every constraint of {@code system} (as after {@link CellSystem#retain}): a witness
   * checks only the constraints of the counts it moves.
   */
  Outcome run(CellSystem system, Bounds bounds, IntPredicate target, long[] truth) {
    long start = System.nanoTime();
    long cpuStart = Budget.processCpuNanos();
    List<Component> components = components(system, bounds);
    // programmes, integer, witnessed, open by a witness, undecided, solves, open by a solution,
    // closed by the solver, open by a neighbourhood's solution, by a region's, solves until every
    // count had a side open
    int[] counts = new int[11];
    // by witness, cycle, programme, region, neighbourhood, whole; pinned; undecided (as Counts)
    int[] tally = new int[8];
    // neighbourhoods' seconds, cycles' seconds
    double[] seconds = new double[2];
    int withTargets = 0;
    List<Integer> largestWithTargets = new ArrayList<>();
    int largestVariables = 0;
    int largestConstraints = 0;
    List<Interval> intervals = new ArrayList<>();
    for (Component c : components) {
      largestVariables = Math.max(largestVariables, c.variables.size());
      largestConstraints = Math.max(largestConstraints, c.constraints.size());
      List<Integer> targets = c.variables.stream().filter(target::test).toList();
      if (targets.isEmpty()) {
        continue;
      }
      withTargets++;
      if (largestWithTargets.size() < 5) {
        largestWithTargets.add(c.variables.size());
      }
      Witness witness =
          truth == null ? null : new Witness(c.constraints, bounds.lo, bounds.hi, truth);
      if (truth != null && c.variables.size() > maxSolvedVariables) {
        intervals.addAll(large(c, targets, bounds, truth, witness, counts, tally, seconds));
        continue;
      }
      boolean integer = c.variables.size() <= maxIntegerVariables;
      for (int v : targets) {
        int witnessed = counts[2];
        double lo = optimum(c, v, false, bounds, truth, witness, integer, counts);
        double hi = optimum(c, v, true, bounds, truth, witness, integer, counts);
        boolean exact = !Double.isNaN(lo) && !Double.isNaN(hi);
        boolean open =
            truth != null
                && (!Double.isNaN(lo) && lo < truth[v] || !Double.isNaN(hi) && hi > truth[v]);
        // an end at the truth is never witnessed: a witness here is an open side
        tally[counts[2] > witnessed ? 0 : open ? 2 : exact && lo == hi ? 6 : 7]++;
        lo = Double.isNaN(lo) ? bounds.lo[v] : lo;
        hi = Double.isNaN(hi) ? bounds.hi[v] : Math.max(lo, hi);
        intervals.add(new Interval(v, bounds.lo[v], bounds.hi[v], lo, hi, exact));
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Interval i : intervals) {
      if (i.pinned() && i.lo() > 0) {
        findings.add(
            Finding.of(
                system.cell(i.variable()),
                i.lo() < threshold
                    ? "an attacker who solves the whole system can tell this count exactly, and it"
                        + " is below the threshold"
                    : "an attacker who solves the whole system can tell this count exactly"));
      }
    }
    Summary summary =
        new Summary(
            new Counts(
                tally[0], tally[1], tally[2], tally[3], tally[4], tally[5], tally[6], tally[7]),
            components.size(),
            withTargets,
            largestVariables,
            largestConstraints,
            List.copyOf(largestWithTargets),
            intervals.size(),
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            counts[5],
            counts[10],
            counts[6],
            counts[8],
            counts[9],
            seconds[0],
            seconds[1],
            counts[7],
            counts[4],
            (System.nanoTime() - start) / 1e9,
            (Budget.processCpuNanos() - cpuStart) / 1e9);
    return new Outcome(intervals, findings, summary);
  }

  /**
   * The counts of a component too large for ojAlgo, with the truths: each side of each count (below
   * its truth, above) decided by a witness at the audit's bound (that end reached), then one beside
   * the truth (open), then over the integer solutions by {@link IntegerSides} (open by a solution,
   * or closed: the attacker knows the count is at least, or at most, its truth). A side decided by
   * none keeps the audit's bound and is counted as undecided. An end is exact where it is the
   * audit's bound and reached, or the truth and closed; otherwise the audit's bound is kept, the
   * outer bound it is.
   */
  private List<Interval> large(
      Component c,
      List<Integer> targets,
      Bounds bounds,
      long[] truth,
      Witness witness,
      int[] counts,
      int[] tally,
      double[] seconds) {
    Map<IntegerSides.Side, Boolean> reached = new HashMap<>(); // side: its end reached
    List<IntegerSides.Side> left = new ArrayList<>();
    for (int v : targets) {
      for (boolean max : new boolean[] {false, true}) {
        double bound = max ? bounds.hi[v] : bounds.lo[v];
        if (bound == truth[v]) {
          continue; // closed by the audit itself
        }
        IntegerSides.Side side = new IntegerSides.Side(v, max);
        if (witness.reaches(v, bound)) {
          counts[2]++;
          reached.put(side, true);
        } else if (witness.reaches(v, truth[v] + (max ? 1 : -1))) {
          counts[3]++;
          reached.put(side, false);
        } else {
          left.add(side);
        }
      }
    }
    long cyclesStart = System.nanoTime();
    java.util.Set<Integer> cycled = cycles(c, targets, bounds, truth, reached, left);
    counts[3] += cycled.size();
    seconds[1] += (System.nanoTime() - cyclesStart) / 1e9;
    Map<IntegerSides.Side, IntegerSides.Decision> decided = new HashMap<>();
    Map<IntegerSides.Side, IntegerSides.Opener> openedBy = new HashMap<>();
    if (sides != null && !left.isEmpty()) {
      IntegerSides.Result r =
          sides.decide(
              c,
              bounds,
              truth,
              left,
              v ->
                  reached.containsKey(new IntegerSides.Side(v, false))
                      || reached.containsKey(new IntegerSides.Side(v, true)));
      openedBy.putAll(r.openedBy());
      counts[5] += r.solves();
      counts[10] += r.solvesForCounts();
      counts[8] += r.byNeighbourhoods();
      counts[9] += r.byRegions();
      seconds[0] += r.neighbourhoodSeconds();
      decided.putAll(r.decisions());
    }
    List<Interval> intervals = new ArrayList<>();
    for (int v : targets) {
      double[] end = new double[2];
      boolean exact = true;
      for (boolean max : new boolean[] {false, true}) {
        double bound = max ? bounds.hi[v] : bounds.lo[v];
        IntegerSides.Side side = new IntegerSides.Side(v, max);
        double e = bound;
        if (bound != truth[v] && !reached.containsKey(side)) {
          switch (decided.getOrDefault(side, IntegerSides.Decision.UNDECIDED)) {
            case OPEN -> counts[6]++;
            case CLOSED -> {
              counts[7]++;
              e = truth[v];
            }
            case UNDECIDED -> counts[4]++;
          }
        }
        boolean endExact =
            e == truth[v]
                ? bound == truth[v] || decided.get(side) == IntegerSides.Decision.CLOSED
                : Boolean.TRUE.equals(reached.get(side));
        exact &= endExact;
        end[max ? 1 : 0] = e;
      }
      intervals.add(new Interval(v, bounds.lo[v], bounds.hi[v], end[0], end[1], exact));
      tally[cycled.contains(v) ? 1 : countTally(v, reached, openedBy, end, truth[v])]++;
    }
    return intervals;
  }

  /**
   * Where count {@code v} of a large component goes in the tally: a side witnessed, else the opener
   * of its first side opened by a solution, else pinned where both ends are its truth, else
   * undecided.
   */
  private static int countTally(
      int v,
      Map<IntegerSides.Side, Boolean> reached,
      Map<IntegerSides.Side, IntegerSides.Opener> openedBy,
      double[] end,
      long truth) {
    IntegerSides.Side below = new IntegerSides.Side(v, false);
    IntegerSides.Side above = new IntegerSides.Side(v, true);
    if (reached.containsKey(below) || reached.containsKey(above)) {
      return 0;
    }
    IntegerSides.Opener opener = openedBy.getOrDefault(below, openedBy.get(above));
    if (opener != null) {
      return switch (opener) {
        case REGION -> 3;
        case NEIGHBOURHOOD -> 4;
        case WHOLE -> 5;
      };
    }
    return end[0] == truth && end[1] == truth ? 6 : 7;
  }

  /**
   * The counts no witness opened, each tried by a {@link Cycles} through its line and column, one
   * side beside the truth, then the other: a side reached is taken out of {@code left} and marked
   * in {@code reached} (not at the audit's bound). Only counts with no side open: one side is all
   * the proof needs, and CP-SAT decides the other sides in the budget left. The counts opened.
   */
  private static java.util.Set<Integer> cycles(
      Component c,
      List<Integer> targets,
      Bounds bounds,
      long[] truth,
      Map<IntegerSides.Side, Boolean> reached,
      List<IntegerSides.Side> left) {
    Witness repair =
        new Witness(
            c.constraints, bounds.lo, bounds.hi, truth, Cycles.REPAIR_MOVES, Cycles.REPAIR_STEPS);
    Cycles cycles = new Cycles(repair, c.touching(), bounds.lo, bounds.hi, truth);
    java.util.Set<Integer> cycled = new java.util.HashSet<>();
    java.util.Set<IntegerSides.Side> opened = new java.util.HashSet<>();
    java.util.Set<IntegerSides.Side> tryable = new java.util.HashSet<>(left);
    for (int v : targets) {
      for (boolean max : new boolean[] {false, true}) {
        IntegerSides.Side side = new IntegerSides.Side(v, max);
        if (reached.containsKey(new IntegerSides.Side(v, false))
            || reached.containsKey(new IntegerSides.Side(v, true))
            || !tryable.contains(side)) {
          continue;
        }
        if (cycles.reaches(v, truth[v] + (max ? 1 : -1))) {
          reached.put(side, false);
          opened.add(side);
          cycled.add(v);
        }
      }
    }
    left.removeAll(opened);
    return cycled;
  }

  /** The open variables connected by constraints, and the constraints that connect them. */
  static final class Component {
    final List<Integer> variables = new ArrayList<>();
    final List<Constraint> constraints = new ArrayList<>();
    private Map<Integer, List<Constraint>> touching;

    /** Each variable's constraints (pinned ones too), built once for the component's witnesses. */
    Map<Integer, List<Constraint>> touching() {
      if (touching == null) {
        touching = new HashMap<>();
        for (Constraint c : constraints) {
          for (int w : c.variables()) {
            touching.computeIfAbsent(w, k -> new ArrayList<>()).add(c);
          }
        }
      }
      return touching;
    }
  }

  /**
   * The connected components of the constraint graph over the variables {@code bounds} leaves open
   * (a pinned variable is a constant and connects nothing); a constraint of open variables belongs
   * to theirs. Largest first.
   */
  static List<Component> components(CellSystem system, Bounds bounds) {
    int[] parent = new int[system.size()];
    for (int v = 0; v < parent.length; v++) {
      parent[v] = v;
    }
    for (Constraint c : system.constraints()) {
      int first = -1;
      for (int w : c.variables()) {
        if (bounds.fixed(w)) {
          continue;
        }
        if (first < 0) {
          first = w;
        } else {
          parent[root(parent, w)] = root(parent, first);
        }
      }
    }
    Map<Integer, Component> byRoot = new HashMap<>();
    for (int v = 0; v < parent.length; v++) {
      if (!bounds.fixed(v)) {
        byRoot.computeIfAbsent(root(parent, v), r -> new Component()).variables.add(v);
      }
    }
    for (Constraint c : system.constraints()) {
      for (int w : c.variables()) {
        if (!bounds.fixed(w)) {
          byRoot.get(root(parent, w)).constraints.add(c);
          break;
        }
      }
    }
    List<Component> all = new ArrayList<>(byRoot.values());
    all.sort((a, b) -> Integer.compare(b.variables.size(), a.variables.size()));
    return all;
  }

  private static int root(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }

  /**
   * {@code v}'s minimum or maximum over {@code c}, rounded inward and within the audit's bounds;
   * the audit's bound where it is the truth or a witness shows it. NaN where the side is left at
   * the audit's bound (an outer bound): the solver proves nothing, or, without the truths, the
   * component has more than {@code maxSolvedVariables} open counts (counted as undecided; with the
   * truths such a component is {@link #large}).
   */
  private double optimum(
      Component c,
      int v,
      boolean max,
      Bounds bounds,
      long[] truth,
      Witness witness,
      boolean integer,
      int[] counts) {
    double bound = max ? bounds.hi[v] : bounds.lo[v];
    boolean large = c.variables.size() > maxSolvedVariables;
    if (truth != null) {
      if (bound == truth[v]) {
        return bound; // the truth is a solution
      }
      if (witness.reaches(v, bound)) {
        counts[2]++;
        return bound;
      }
    }
    if (large) {
      counts[4]++;
      return Double.NaN;
    }
    counts[0]++;
    double optimum = Double.NaN;
    if (integer) {
      counts[1]++;
      optimum = solve(c, v, max, bounds, true);
    }
    if (Double.isNaN(optimum)) {
      optimum = solve(c, v, max, bounds, false);
    }
    if (Double.isNaN(optimum)) {
      return Double.NaN;
    }
    double r = max ? Math.floor(optimum + TOLERANCE) : Math.ceil(optimum - TOLERANCE);
    return max
        ? Math.max(bounds.lo[v], Math.min(r, bound))
        : Math.min(bounds.hi[v], Math.max(r, bound));
  }

  /** The optimum of {@code v} over the component, the pinned counts as constants; NaN: none. */
  private static double solve(Component c, int v, boolean max, Bounds bounds, boolean integer) {
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    model.options.time_abort = integer ? INTEGER_MILLIS : LINEAR_MILLIS;
    Map<Integer, Variable> x = new HashMap<>();
    for (int w : c.variables) {
      Variable var = model.addVariable("x" + w).lower(bounds.lo[w]).integer(integer);
      if (!Double.isInfinite(bounds.hi[w])) {
        var.upper(bounds.hi[w]);
      }
      // the lower bound as the start: ojAlgo's default midpoint costs BigDecimal divisions
      var.setValue(java.math.BigDecimal.valueOf(bounds.lo[w]));
      x.put(w, var);
    }
    x.get(v).weight(1);
    for (Constraint k : c.constraints) {
      Expression e = model.addExpression();
      double rhs = k.rhs();
      for (int i = 0; i < k.variables().length; i++) {
        int w = k.variables()[i];
        if (bounds.fixed(w)) {
          rhs -= k.coefficients()[i] * bounds.lo[w];
        } else {
          e.set(x.get(w), k.coefficients()[i]);
        }
      }
      switch (k.sense()) {
        case EQUAL -> e.level(rhs);
        case AT_MOST -> e.upper(rhs);
        case AT_LEAST -> e.lower(rhs);
      }
    }
    Optimisation.Result result = max ? model.maximise() : model.minimise();
    // only an optimum proven is a bound; a feasible point the solver stopped at is not
    return result.getState().isOptimal() ? result.getValue() : Double.NaN;
  }
}
