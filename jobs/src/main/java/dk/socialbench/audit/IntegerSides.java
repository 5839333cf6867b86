package dk.socialbench.audit;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the sides of counts over one component's integer solutions with CP-SAT (OR-Tools): the
 * lower side of a count of true value t is open where some whole-number solution of every
 * constraint, within every variable's bounds, has it at t − 1 or less, closed where none has (the
 * attacker then knows it is at least t); the upper side likewise. A count with both sides closed is
 * pinned. An open side is shown by a solution, checked here against every constraint and bound in
 * whole numbers before it counts; a closed side only by the solver's proof (status INFEASIBLE, or
 * an optimum of 0 below). A side the solver decides neither way in its time is undecided, never
 * taken as open.
 *
 * <p>First neighbourhoods ({@link Neighbourhoods}), every count outside one at its truth, so a
 * solution, lifted, is a solution of the whole component: regions (the counts nearest a side not
 * yet tried, up to a size cap, one model maximising the sides inside it that are set), then each
 * side left on its own, its ball grown ring by ring until a solution is found, the ball passes the
 * cap, or it is the whole component (then no solution closes the side); half the budget at most.
 * What they leave goes to one model of the whole component: one indicator per side left ({@code b ⇒
 * x ≤ t − 1} or {@code b ⇒ x ≥ t + 1}), the number set maximised, hinted with the truth; every
 * solution reported decides every side it differs in. Rounds repeat on the sides left; an optimum
 * of 0 proves every side left closed at once. What remains gets its own feasibility solve on the
 * whole component, its indicator forced to 1.
 *
 * <p>Example: {@code new IntegerSides(WholeSystemLimits.DEFAULTS).decide(component, bounds, truth,
 * sides)} with {@code sides} = [{@code new Side(x, true)}] says whether x can lie above its truth.
 */
final class IntegerSides {
  /**
   * A variable without an upper bound (no published value) is given this one: more persons than
   * live in Denmark, so no solution is lost, and CP-SAT needs a finite domain.
   */
  static final long NO_UPPER = 10_000_000L;

  /** One side of one count: below its truth ({@code upper} false) or above. */
  record Side(int variable, boolean upper) {
    /**
     * A Boolean that, when true, puts this side's count beyond its truth in {@code model}; hinted
     * false, since the truth is the solver's starting point.
     */
    BoolVar indicator(CpModel model, IntVar count, long truth) {
      BoolVar b = model.newBoolVar("s" + variable + (upper ? "+" : "-"));
      if (upper) {
        model.addGreaterOrEqual(count, truth + 1).onlyEnforceIf(b);
      } else {
        model.addLessOrEqual(count, truth - 1).onlyEnforceIf(b);
      }
      model.addHint(b, false);
      return b;
    }
  }

  /** How a side was decided. */
  enum Decision {
    OPEN,
    CLOSED,
    UNDECIDED
  }

  /**
   * Each side's decision, and what it took: CP-SAT solves (neighbourhoods' and the whole
   * component's), solutions checked, sides opened by them (by neighbourhood solutions among them,
   * and by regions among those), sides closed at once by an optimum of 0, the seconds of the
   * neighbourhoods and of all.
   */
  record Result(
      Map<Side, Decision> decisions,
      int solves,
      int solutions,
      int bySolutions,
      int byNeighbourhoods,
      int byRegions,
      int closedAtOnce,
      double neighbourhoodSeconds,
      double seconds) {}

  private final WholeSystemLimits limits;
  private final boolean roundsFirst;

  /** Neighbourhoods first, then rounds over the whole component on what they leave. */
  IntegerSides(WholeSystemLimits limits) {
    this(limits, false);
  }

  /**
   * @param roundsFirst the rounds over the whole component before the neighbourhoods (as the
   *     twelfth session's step did), for comparison
   */
  IntegerSides(WholeSystemLimits limits, boolean roundsFirst) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits == null");
    this.roundsFirst = roundsFirst;
    Loader.loadNativeLibraries();
  }

  /**
   * Decides {@code sides} over {@code c}'s constraints, each variable within {@code bounds} (the
   * fixed ones constants); {@code truth} satisfies every constraint and is the hint.
   */
  Result decide(WholeSystemAttack.Component c, Bounds bounds, long[] truth, List<Side> sides) {
    long start = System.nanoTime();
    long deadline = start + (long) (limits.budgetSeconds() * 1e9);
    Map<Side, Decision> decisions = new HashMap<>();
    sides.forEach(s -> decisions.put(s, Decision.UNDECIDED));
    SideSolutions solutions = new SideSolutions(c, bounds, truth, decisions);
    // solves, opened by neighbourhoods, closed at once, opened by regions
    int[] counts = new int[4];
    Whole whole = null;
    if (roundsFirst) {
      whole = new Whole(c, bounds, truth, undecided(decisions));
      whole.rounds(solutions, decisions, deadline, counts);
    }
    long local = System.nanoTime();
    // before the rounds, half the budget at most: where neighbourhoods are too small (a side that
    // needs the giant component), the rounds over it are what decides
    long localDeadline = roundsFirst ? deadline : local + (deadline - local) / 2;
    neighbourhoods(c, bounds, truth, solutions, decisions, localDeadline, counts);
    double neighbourhoodSeconds = (System.nanoTime() - local) / 1e9;
    if (!roundsFirst && !undecided(decisions).isEmpty()) {
      whole = new Whole(c, bounds, truth, undecided(decisions));
      whole.rounds(solutions, decisions, deadline, counts);
    }
    if (whole != null) {
      whole.ownSolves(solutions, decisions, deadline, counts);
    }
    return new Result(
        decisions,
        counts[0],
        solutions.solutions(),
        solutions.opened(),
        counts[1],
        counts[3],
        counts[2],
        neighbourhoodSeconds,
        (System.nanoTime() - start) / 1e9);
  }

  /**
   * Each side left grown from its own neighbourhood ({@link Neighbourhoods}): a solution opens
   * every side it lies on, a whole component without one closes the side; a neighbourhood past the
   * cap, or a time-out, leaves it to the whole component.
   */
  private void neighbourhoods(
      WholeSystemAttack.Component c,
      Bounds bounds,
      long[] truth,
      SideSolutions solutions,
      Map<Side, Decision> decisions,
      long deadline,
      int[] counts) {
    Neighbourhoods local =
        new Neighbourhoods(c, bounds, truth, limits.maxNeighbourhood(), limits.sideSeconds());
    // regions first: many sides of one neighbourhood opened by one solve
    java.util.Set<Side> tried = new java.util.HashSet<>();
    for (Side s : undecided(decisions)) {
      if (decisions.get(s) != Decision.UNDECIDED || tried.contains(s)) {
        continue;
      }
      if (System.nanoTime() > deadline) {
        return;
      }
      java.util.Set<Integer> free = local.region(s.variable(), limits.maxNeighbourhood());
      List<Side> inside =
          undecided(decisions).stream().filter(u -> free.contains(u.variable())).toList();
      tried.addAll(inside);
      int before = solutions.opened();
      local.solveRegion(free, inside, limits.sideSeconds(), limits.workers(), solutions);
      counts[0]++;
      counts[1] += solutions.opened() - before;
      counts[3] += solutions.opened() - before;
    }
    // then each side left on its own, its neighbourhood grown ring by ring
    for (Side s : undecided(decisions)) {
      if (decisions.get(s) != Decision.UNDECIDED) {
        continue; // opened by an earlier side's solution
      }
      if (System.nanoTime() > deadline) {
        break; // the rest stays undecided
      }
      Neighbourhoods.Outcome o = local.decide(s, deadline);
      counts[0] += o.solves();
      switch (o.end()) {
        case OPEN -> {
          counts[1] += solutions.accept(o.solution());
          solutions.requireNoneBroken();
        }
        case CLOSED -> decisions.put(s, Decision.CLOSED);
        case TOO_LARGE, UNKNOWN -> {}
      }
    }
  }

  /**
   * One model of the whole component with one indicator per side given ({@code b ⇒ x ≤ t − 1} or
   * {@code b ⇒ x ≥ t + 1}), the number set maximised, hinted with the truth.
   */
  private final class Whole {
    private final CountModel whole;
    private final Map<Side, BoolVar> indicator = new HashMap<>();

    Whole(WholeSystemAttack.Component c, Bounds bounds, long[] truth, List<Side> sides) {
      whole = new CountModel(c, bounds, truth, c.variables);
      for (Side s : sides) {
        indicator.put(s, whole.indicator(s));
      }
      whole.model.maximize(LinearExpr.sum(indicator.values().toArray(LinearArgument[]::new)));
    }

    /** Rounds over the sides left, until one shows nothing new; an optimum of 0 closes the rest. */
    void rounds(
        SideSolutions solutions, Map<Side, Decision> decisions, long deadline, int[] counts) {
      while (System.nanoTime() < deadline) {
        List<Side> left = undecided(decisions);
        if (left.isEmpty()) {
          return;
        }
        fix(decisions);
        int before = solutions.opened();
        CountModel.Solved solved = solve(solutions, limits.roundSeconds(), false);
        counts[0]++;
        if (solved.status() == CpSolverStatus.OPTIMAL && Math.round(solved.objective()) == 0) {
          // no solution has any side left open: each one is closed, proven by the optimum
          for (Side s : left) {
            decisions.put(s, Decision.CLOSED);
            counts[2]++;
          }
          return;
        }
        if (solutions.opened() == before) {
          return;
        }
      }
    }

    /** What is left: a feasibility solve per side, its indicator forced to 1. */
    void ownSolves(
        SideSolutions solutions, Map<Side, Decision> decisions, long deadline, int[] counts) {
      for (Side s : undecided(decisions)) {
        if (decisions.get(s) != Decision.UNDECIDED) {
          continue; // shown open by an earlier side's solution
        }
        if (System.nanoTime() > deadline) {
          return; // the rest stays undecided
        }
        BoolVar b = indicator.get(s);
        if (b == null) {
          continue; // not in this model; stays undecided
        }
        fix(decisions);
        setDomain(b, 1, 1);
        CpSolverStatus status = solve(solutions, limits.sideSeconds(), true).status();
        counts[0]++;
        if (status == CpSolverStatus.INFEASIBLE) {
          decisions.put(s, Decision.CLOSED);
        }
        setDomain(b, 0, 1);
      }
    }

    /** The indicators of decided sides are fixed at 0: the objective counts the sides left. */
    private void fix(Map<Side, Decision> d) {
      indicator.forEach(
          (s, b) -> {
            if (d.get(s) != Decision.UNDECIDED) {
              setDomain(b, 0, 0);
            }
          });
    }

    private void setDomain(BoolVar b, long lo, long hi) {
      whole
          .model
          .getBuilder()
          .getVariablesBuilder(b.getIndex())
          .clearDomain()
          .addDomain(lo)
          .addDomain(hi);
    }

    private CountModel.Solved solve(SideSolutions solutions, double seconds, boolean first) {
      CountModel.Solved solved = whole.solve(seconds, limits.workers(), first, solutions::accept);
      solutions.requireNoneBroken();
      return solved;
    }
  }

  private static List<Side> undecided(Map<Side, Decision> decisions) {
    return decisions.entrySet().stream()
        .filter(e -> e.getValue() == Decision.UNDECIDED)
        .map(Map.Entry::getKey)
        .sorted(
            (a, b) ->
                a.variable() != b.variable()
                    ? Integer.compare(a.variable(), b.variable())
                    : Boolean.compare(a.upper(), b.upper()))
        .toList();
  }
}
