package dk.socialbench.audit;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.audit.IntegerSides.Side;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CP-SAT model of some of a component's counts: those {@code free} are variables within their
 * bounds, hinted with their truths; every other count is a constant, its truth (a fixed one its
 * bound); every constraint that holds a free count is posted over them. The truth satisfies every
 * constraint, so a solution, lifted (the other counts at their truths), satisfies every constraint
 * of the component too: what the whole component's model ({@code free} = all its counts) and a
 * neighbourhood's share.
 *
 * <p>Example: {@code new CountModel(c, bounds, truth, c.variables)} is the whole component.
 */
final class CountModel {
  /** The model: add an objective or constraints to it, then {@link #solve}. */
  final CpModel model = new CpModel();

  private final Map<Integer, IntVar> x = new HashMap<>();
  private final Bounds bounds;
  private final long[] truth;

  CountModel(WholeSystemAttack.Component c, Bounds bounds, long[] truth, Collection<Integer> free) {
    this.bounds = bounds;
    this.truth = truth;
    for (int w : free) {
      long hi = Double.isInfinite(bounds.hi[w]) ? IntegerSides.NO_UPPER : (long) bounds.hi[w];
      IntVar var = model.newIntVar((long) bounds.lo[w], hi, "x" + w);
      model.addHint(var, truth[w]);
      x.put(w, var);
    }
    Map<Constraint, Boolean> posted = new IdentityHashMap<>();
    Map<Integer, List<Constraint>> touching = c.touching();
    for (int w : free) {
      for (Constraint k : touching.getOrDefault(w, List.of())) {
        if (posted.put(k, true) == null) {
          post(k);
        }
      }
    }
  }

  /** The variable of free count {@code w}; null where {@code w} is not free. */
  IntVar count(int w) {
    return x.get(w);
  }

  /** Whether count {@code w} is free in this model. */
  boolean free(int w) {
    return x.containsKey(w);
  }

  /** {@code s}'s indicator ({@link Side#indicator}) over this model's variable of its count. */
  BoolVar indicator(Side s) {
    return s.indicator(model, x.get(s.variable()), truth[s.variable()]);
  }

  /** How a solve ended: CP-SAT's status and the objective's value (0 without an objective). */
  record Solved(CpSolverStatus status, double objective) {}

  /**
   * Solves the model; every solution CP-SAT reports, lifted to every count of the system, goes to
   * {@code solutions} (with {@code firstOnly}, the first alone). {@code seconds} are CP-SAT's
   * deterministic seconds (a measure of work, the same on a loaded machine), or with {@code
   * wallClock} wall seconds.
   */
  Solved solve(
      double seconds,
      boolean wallClock,
      int workers,
      boolean firstOnly,
      Consumer<long[]> solutions) {
    CpSolver solver = new CpSolver();
    if (wallClock) {
      solver.getParameters().setMaxTimeInSeconds(seconds);
    } else {
      solver.getParameters().setMaxDeterministicTime(seconds);
    }
    solver.getParameters().setNumWorkers(workers);
    solver.getParameters().setStopAfterFirstSolution(firstOnly);
    solver.getParameters().setRandomSeed(12);
    CpSolverStatus status =
        solver.solve(
            model,
            new CpSolverSolutionCallback() {
              @Override
              public void onSolutionCallback() {
                long[] lifted = truth.clone();
                x.forEach((w, var) -> lifted[w] = value(var));
                solutions.accept(lifted);
              }
            });
    return new Solved(status, solver.objectiveValue());
  }

  /** {@code k} over the free counts, every other count a constant. */
  private void post(Constraint k) {
    List<LinearArgument> terms = new ArrayList<>();
    List<Long> coefficients = new ArrayList<>();
    long rhs = k.rhs();
    for (int i = 0; i < k.variables().length; i++) {
      int w = k.variables()[i];
      IntVar var = x.get(w);
      if (var != null) {
        terms.add(var);
        coefficients.add(k.coefficients()[i]);
      } else {
        rhs -= k.coefficients()[i] * (bounds.fixed(w) ? (long) bounds.lo[w] : truth[w]);
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
}
