package dk.socialbench.audit;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import dk.socialbench.audit.CellSystem.Constraint;
import java.util.ArrayList;
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
 * <p>Cheap where most sides are open: one model, one indicator per side asked ({@code b ⇒ x ≤ t −
 * 1} or {@code b ⇒ x ≥ t + 1}), the number of indicators set maximised, hinted with the truth.
 * Every solution the solver reports decides every side it differs in. Rounds repeat on the sides
 * left; an optimum of 0 proves every side left closed at once. What remains gets its own
 * feasibility solve, its indicator forced to 1.
 *
 * <p>Example: {@code new IntegerSides(10, 5, 240, 2).decide(component, bounds, truth, sides)} with
 * {@code sides} = [{@code new Side(x, true)}] says whether x can lie above its truth.
 */
final class IntegerSides {
  /**
   * A variable without an upper bound (no published value) is given this one: more persons than
   * live in Denmark, so no solution is lost, and CP-SAT needs a finite domain.
   */
  static final long NO_UPPER = 10_000_000L;

  /** One side of one count: below its truth ({@code upper} false) or above. */
  record Side(int variable, boolean upper) {}

  /** How a side was decided. */
  enum Decision {
    OPEN,
    CLOSED,
    UNDECIDED
  }

  /** Each side's decision, and what it took. */
  record Result(
      Map<Side, Decision> decisions,
      int solves,
      int solutions,
      int bySolutions,
      int closedAtOnce,
      double seconds) {}

  private final double roundSeconds;
  private final double sideSeconds;
  private final double budgetSeconds;
  private final int workers;

  /**
   * @param roundSeconds time of one round over every side left
   * @param sideSeconds time of one side's own feasibility solve
   * @param budgetSeconds CP-SAT's time for one component at most, rounds and sides together; what
   *     is left then stays undecided
   * @param workers CP-SAT's search workers (threads)
   */
  IntegerSides(double roundSeconds, double sideSeconds, double budgetSeconds, int workers) {
    this.roundSeconds = roundSeconds;
    this.sideSeconds = sideSeconds;
    this.budgetSeconds = budgetSeconds;
    this.workers = workers;
    Loader.loadNativeLibraries();
  }

  /**
   * Decides {@code sides} over {@code c}'s constraints, each variable within {@code bounds} (the
   * fixed ones constants); {@code truth} satisfies every constraint and is the hint.
   */
  Result decide(WholeSystemAttack.Component c, Bounds bounds, long[] truth, List<Side> sides) {
    long start = System.nanoTime();
    CpModel model = new CpModel();
    Map<Integer, IntVar> x = new HashMap<>();
    for (int w : c.variables) {
      long hi = Double.isInfinite(bounds.hi[w]) ? NO_UPPER : (long) bounds.hi[w];
      IntVar var = model.newIntVar((long) bounds.lo[w], hi, "x" + w);
      model.addHint(var, truth[w]);
      x.put(w, var);
    }
    for (Constraint k : c.constraints) {
      List<LinearArgument> terms = new ArrayList<>();
      List<Long> coefficients = new ArrayList<>();
      long rhs = k.rhs();
      for (int i = 0; i < k.variables().length; i++) {
        int w = k.variables()[i];
        if (bounds.fixed(w)) {
          rhs -= k.coefficients()[i] * (long) bounds.lo[w];
        } else {
          terms.add(x.get(w));
          coefficients.add(k.coefficients()[i]);
        }
      }
      LinearExpr e =
          LinearExpr.weightedSum(
              terms.toArray(LinearArgument[]::new),
              coefficients.stream().mapToLong(Long::longValue).toArray());
      switch (k.sense()) {
        case EQUAL -> model.addEquality(e, rhs);
        case AT_MOST -> model.addLessOrEqual(e, rhs);
        case AT_LEAST -> model.addGreaterOrEqual(e, rhs);
      }
    }
    Map<Side, BoolVar> indicator = new HashMap<>();
    for (Side s : sides) {
      BoolVar b = model.newBoolVar("s" + s.variable() + (s.upper() ? "+" : "-"));
      long t = truth[s.variable()];
      if (s.upper()) {
        model.addGreaterOrEqual(x.get(s.variable()), t + 1).onlyEnforceIf(b);
      } else {
        model.addLessOrEqual(x.get(s.variable()), t - 1).onlyEnforceIf(b);
      }
      model.addHint(b, false);
      indicator.put(s, b);
    }
    model.maximize(LinearExpr.sum(indicator.values().toArray(LinearArgument[]::new)));

    Map<Side, Decision> decisions = new HashMap<>();
    sides.forEach(s -> decisions.put(s, Decision.UNDECIDED));
    Checker checker = new Checker(c, bounds, truth, x, decisions);
    int solves = 0;
    int closedAtOnce = 0;
    long deadline = System.nanoTime() + (long) (budgetSeconds * 1e9);
    // rounds: maximise the sides shown open at once, until a round shows nothing new
    while (System.nanoTime() < deadline) {
      List<Side> left = undecided(decisions);
      if (left.isEmpty()) {
        break;
      }
      fix(model, indicator, decisions);
      int before = checker.bySolutions;
      CpSolver solver = solve(model, checker, roundSeconds, false);
      solves++;
      if (checker.status == CpSolverStatus.OPTIMAL && Math.round(solver.objectiveValue()) == 0) {
        // no solution has any side left open: each one is closed, proven by the optimum
        for (Side s : left) {
          if (decisions.get(s) == Decision.UNDECIDED) {
            decisions.put(s, Decision.CLOSED);
            closedAtOnce++;
          }
        }
        break;
      }
      if (checker.bySolutions == before) {
        break;
      }
    }
    // what is left: a feasibility solve per side, its indicator forced
    for (Side s : undecided(decisions)) {
      if (decisions.get(s) != Decision.UNDECIDED) {
        continue; // shown open by an earlier side's solution
      }
      if (System.nanoTime() > deadline) {
        break; // the rest stays undecided
      }
      fix(model, indicator, decisions);
      setDomain(model, indicator.get(s), 1, 1);
      solve(model, checker, sideSeconds, true);
      solves++;
      if (checker.status == CpSolverStatus.INFEASIBLE) {
        decisions.put(s, Decision.CLOSED);
      }
      setDomain(model, indicator.get(s), 0, 1);
    }
    return new Result(
        decisions,
        solves,
        checker.solutions,
        checker.bySolutions,
        closedAtOnce,
        (System.nanoTime() - start) / 1e9);
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

  /** The indicators of decided sides are fixed at 0: the objective counts the sides left. */
  private static void fix(CpModel model, Map<Side, BoolVar> indicator, Map<Side, Decision> d) {
    indicator.forEach(
        (s, b) -> {
          if (d.get(s) != Decision.UNDECIDED) {
            setDomain(model, b, 0, 0);
          }
        });
  }

  private static void setDomain(CpModel model, BoolVar b, long lo, long hi) {
    model.getBuilder().getVariablesBuilder(b.getIndex()).clearDomain().addDomain(lo).addDomain(hi);
  }

  /** Solves, the checker reading every solution; the status in {@code checker.status}. */
  private CpSolver solve(CpModel model, Checker checker, double seconds, boolean first) {
    CpSolver solver = new CpSolver();
    solver.getParameters().setMaxTimeInSeconds(seconds);
    solver.getParameters().setNumWorkers(workers);
    solver.getParameters().setStopAfterFirstSolution(first);
    solver.getParameters().setRandomSeed(12);
    checker.status = solver.solve(model, checker);
    if (checker.broken > 0) {
      // an exception thrown inside the native callback would not reach here
      throw new IllegalStateException(
          checker.broken + " solution(s) of CP-SAT break a constraint or bound of the component");
    }
    return solver;
  }

  /**
   * Reads each solution the solver reports, checks it in whole numbers against every constraint and
   * bound of the component, and marks every side it differs in as open.
   */
  private static final class Checker extends CpSolverSolutionCallback {
    private final WholeSystemAttack.Component component;
    private final Bounds bounds;
    private final long[] truth;
    private final Map<Integer, IntVar> x;
    private final Map<Side, Decision> decisions;
    int solutions;
    int bySolutions;
    int broken;
    CpSolverStatus status;

    Checker(
        WholeSystemAttack.Component component,
        Bounds bounds,
        long[] truth,
        Map<Integer, IntVar> x,
        Map<Side, Decision> decisions) {
      this.component = component;
      this.bounds = bounds;
      this.truth = truth;
      this.x = x;
      this.decisions = decisions;
    }

    @Override
    public void onSolutionCallback() {
      Map<Integer, Long> values = new HashMap<>();
      x.forEach((w, var) -> values.put(w, value(var)));
      accept(values);
    }

    /** Checks a solution, then marks every side it differs in as open. */
    void accept(Map<Integer, Long> values) {
      if (!satisfies(values)) {
        broken++;
        return;
      }
      solutions++;
      decisions.replaceAll(
          (s, d) -> {
            if (d != Decision.UNDECIDED) {
              return d;
            }
            long v = values.get(s.variable());
            long t = truth[s.variable()];
            if (s.upper() ? v > t : v < t) {
              bySolutions++;
              return Decision.OPEN;
            }
            return d;
          });
    }

    private boolean satisfies(Map<Integer, Long> values) {
      for (var e : values.entrySet()) {
        int w = e.getKey();
        if (e.getValue() < bounds.lo[w] || e.getValue() > bounds.hi[w]) {
          return false;
        }
      }
      for (Constraint k : component.constraints) {
        long sum = 0;
        for (int i = 0; i < k.variables().length; i++) {
          int w = k.variables()[i];
          Long v = values.get(w);
          sum += k.coefficients()[i] * (v != null ? v : (long) bounds.lo[w]);
        }
        boolean holds =
            switch (k.sense()) {
              case EQUAL -> sum == k.rhs();
              case AT_MOST -> sum <= k.rhs();
              case AT_LEAST -> sum >= k.rhs();
            };
        if (!holds) {
          return false;
        }
      }
      return true;
    }
  }
}
