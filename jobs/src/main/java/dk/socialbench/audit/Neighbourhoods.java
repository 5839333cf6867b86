package dk.socialbench.audit;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.audit.IntegerSides.Side;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides a side of a count over a small model instead of the whole component: the counts within
 * distance r of it in the constraint graph (two counts are adjacent where a constraint holds both)
 * are free, every other count is fixed at its truth, and every constraint that holds a free count
 * is kept, the fixed ones as constants. The truth satisfies every constraint, and a constraint
 * without a free count sees only truths, so a solution of this model, lifted (the fixed counts at
 * their truths), is a solution of the whole component: a side it lies on is open. The reverse does
 * not hold: no solution at radius r proves nothing but that r is too small, so r grows (1, 2, 3, …)
 * until a solution is found, the neighbourhood passes {@code maxNeighbourhood} counts, or it is the
 * whole component, where no solution proves the side closed.
 *
 * <p>Example: with {@code x + a = 5, a + b = 4, b + c ≤ 3} and truth (2, 3, 1, 1), x below 2 has no
 * solution at radius 1 (a is held at 3 by b's truth) and x = 1, a = 4, b = 0 at radius 2.
 */
final class Neighbourhoods {
  /** How one side's neighbourhood solves ended. */
  enum End {
    /** A solution lifted to the whole component lies on the side. */
    OPEN,
    /** No solution with the whole component free: proven closed. */
    CLOSED,
    /** The neighbourhood passed the size cap before a solution was found. */
    TOO_LARGE,
    /** A solve ran out of time, or the component's budget ran out. */
    UNKNOWN
  }

  /** One solve: its status, and the lifted solution where one was found (else null). */
  record Attempt(CpSolverStatus status, long[] solution) {}

  /** How a side's solves ended, at which radius, after how many solves. */
  record Outcome(End end, int radius, int solves, long[] solution) {}

  private final WholeSystemAttack.Component component;
  private final Bounds bounds;
  private final long[] truth;
  private final int maxNeighbourhood;
  private final double seconds;
  private final boolean wallClock;

  /** As below, each solve's time in CP-SAT's deterministic seconds. */
  Neighbourhoods(
      WholeSystemAttack.Component component,
      Bounds bounds,
      long[] truth,
      int maxNeighbourhood,
      double seconds) {
    this(component, bounds, truth, maxNeighbourhood, seconds, false);
  }

  /**
   * @param maxNeighbourhood free counts at most in one model
   * @param seconds time of one solve
   * @param wallClock {@code seconds} are wall seconds, not CP-SAT's deterministic ones
   */
  Neighbourhoods(
      WholeSystemAttack.Component component,
      Bounds bounds,
      long[] truth,
      int maxNeighbourhood,
      double seconds,
      boolean wallClock) {
    this.component = component;
    this.bounds = bounds;
    this.truth = truth;
    this.maxNeighbourhood = maxNeighbourhood;
    this.seconds = seconds;
    this.wallClock = wallClock;
    Loader.loadNativeLibraries();
  }

  /** As {@link #decide(List, Budget)}, one side. */
  Outcome decide(Side s, Budget budget) {
    return decide(List.of(s), budget);
  }

  /**
   * Grows the neighbourhood of {@code sides}' count (one count: one side, or both, where either
   * will do) from radius 1 until a solution lies on one of them, no solution with the whole
   * component free closes them all, its size passes the cap, or {@code budget} is spent.
   */
  Outcome decide(List<Side> sides, Budget budget) {
    int v = sides.get(0).variable();
    Set<Integer> free = new LinkedHashSet<>(List.of(v));
    List<Integer> frontier = List.of(v);
    int solves = 0;
    for (int radius = 1; ; radius++) {
      frontier = grow(free, frontier);
      boolean whole = free.size() == component.variables.size();
      if (free.size() > maxNeighbourhood) {
        return new Outcome(End.TOO_LARGE, radius, solves, null);
      }
      if (budget.spent()) {
        return new Outcome(End.UNKNOWN, radius, solves, null);
      }
      Attempt a = solve(sides, free);
      solves++;
      if (a.solution() != null) {
        return new Outcome(End.OPEN, radius, solves, a.solution());
      }
      if (a.status() != CpSolverStatus.INFEASIBLE) {
        return new Outcome(End.UNKNOWN, radius, solves, null);
      }
      if (whole) {
        return new Outcome(End.CLOSED, radius, solves, null);
      }
    }
  }

  /**
   * The counts nearest {@code v} in the constraint graph, {@code size} at most: whole rings of
   * increasing radius while they fit, then the next ring's first counts in the order reached. Any
   * set of free counts keeps the lifting argument; a ball is merely where a move of {@code v} is
   * most likely balanced.
   */
  Set<Integer> region(int v, int size) {
    return region(List.of(v), size);
  }

  /**
   * As {@link #region(int, int)}, grown from every count of {@code seeds} at once: rings around all
   * of them, so each seed's nearest counts are in, however far apart the seeds are.
   */
  Set<Integer> region(List<Integer> seeds, int size) {
    Set<Integer> free = new LinkedHashSet<>(seeds);
    List<Integer> frontier = List.copyOf(free);
    while (!frontier.isEmpty() && free.size() < size) {
      Set<Integer> next = new LinkedHashSet<>(free);
      List<Integer> ring = grow(next, frontier);
      for (int i = 0; i < ring.size() && free.size() < size; i++) {
        free.add(ring.get(i));
      }
      frontier = ring;
    }
    return Collections.unmodifiableSet(free);
  }

  /**
   * One model of {@code free} (every other count at its truth) with an indicator per side of {@code
   * sides} ({@code b ⇒ x ≤ t − 1} or {@code b ⇒ x ≥ t + 1}), the number set maximised in {@code
   * seconds}: each solution CP-SAT reports, lifted, goes to {@code solutions}, which checks it
   * against the whole component and opens every side it lies on. Nothing is closed here (the region
   * is not the whole component, or a time-out proves nothing); the status.
   */
  CpSolverStatus solveRegion(
      Set<Integer> free, List<Side> sides, double seconds, int workers, SideSolutions solutions) {
    CountModel m = new CountModel(component, bounds, truth, free);
    List<LinearArgument> indicators = new ArrayList<>();
    for (Side s : sides) {
      indicators.add(m.indicator(s));
    }
    m.model.maximize(LinearExpr.sum(indicators.toArray(LinearArgument[]::new)));
    CpSolverStatus status = m.solve(seconds, wallClock, workers, false, solutions::accept).status();
    solutions.requireNoneBroken();
    return status;
  }

  /** The counts within {@code radius} of {@code v}: {@code v} itself at radius 0. */
  Set<Integer> within(int v, int radius) {
    Set<Integer> free = new LinkedHashSet<>(List.of(v));
    List<Integer> frontier = List.of(v);
    for (int r = 0; r < radius && !frontier.isEmpty(); r++) {
      frontier = grow(free, frontier);
    }
    return Collections.unmodifiableSet(free);
  }

  /** Adds the open neighbours of {@code frontier} to {@code free}; the ones added. */
  private List<Integer> grow(Set<Integer> free, List<Integer> frontier) {
    List<Integer> added = new ArrayList<>();
    Map<Integer, List<Constraint>> touching = component.touching();
    for (int w : frontier) {
      for (Constraint k : touching.getOrDefault(w, List.of())) {
        for (int u : k.variables()) {
          if (!bounds.fixed(u) && free.add(u)) {
            added.add(u);
          }
        }
      }
    }
    return added;
  }

  /** As {@link #solve(List, Set)}, one side. */
  Attempt solve(Side s, Set<Integer> free) {
    return solve(List.of(s), free);
  }

  /**
   * One solve of {@code sides} (of one count: a solution on any of them) with {@code free} free and
   * every other count at its truth: the lifted solution (every variable of the system, those not
   * free at their truth) where one is found.
   */
  Attempt solve(List<Side> sides, Set<Integer> free) {
    CountModel m = new CountModel(component, bounds, truth, free);
    List<LinearArgument> indicators = new ArrayList<>();
    for (Side s : sides) {
      indicators.add(m.indicator(s));
    }
    m.model.addGreaterOrEqual(LinearExpr.sum(indicators.toArray(LinearArgument[]::new)), 1);
    long[][] found = new long[1][];
    // small models: one worker finds a first solution as fast, and leaves the other core free
    CpSolverStatus status =
        m.solve(seconds, wallClock, 1, true, lifted -> found[0] = lifted).status();
    return new Attempt(status, found[0]);
  }
}
