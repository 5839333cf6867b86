package dk.socialbench.audit;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
 * <p>The order, by default {@link Order#COUNT_FIRST}: a count is pinned only if both its sides are
 * closed, so the counts with no side open go first, a count's two sides in one model ({@code x ≠
 * t}); the other sides are tried in the budget left. {@link Order#EVERY_SIDE} treats every side
 * alike ({@code audit --whole --every-side}).
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

  /** What opened a side: a region's model, a side's or count's own neighbourhood, or the whole. */
  enum Opener {
    REGION,
    NEIGHBOURHOOD,
    WHOLE
  }

  /**
   * The order in which sides are tried. {@code COUNT_FIRST}: first the sides of the counts with no
   * side open (a count is pinned only if both its sides are closed, so one open side is all the
   * proof needs), a count's sides in one model ("x ≠ t"); then, in the budget left, every other
   * side. {@code EVERY_SIDE}: every side alike, neighbourhoods then the whole component's rounds
   * (the thirteenth session's order). {@code ROUNDS_FIRST}: the whole component's rounds first (the
   * twelfth session's), for comparison.
   */
  enum Order {
    COUNT_FIRST,
    EVERY_SIDE,
    ROUNDS_FIRST
  }

  /**
   * Each side's decision and what opened it, and what it took: CP-SAT solves (neighbourhoods' and
   * the whole component's), those of them until every count had a side open or was closed (with
   * {@link Order#COUNT_FIRST}; else all), solutions checked, sides opened by them (by neighbourhood
   * solutions among them, and by regions among those), sides closed at once by an optimum of 0, the
   * seconds of the neighbourhoods and of all.
   */
  record Result(
      Map<Side, Decision> decisions,
      Map<Side, Opener> openedBy,
      int solves,
      int solvesForCounts,
      int solutions,
      int bySolutions,
      int byNeighbourhoods,
      int byRegions,
      int closedAtOnce,
      double neighbourhoodSeconds,
      double seconds) {}

  private final WholeSystemLimits limits;
  private final Order order;
  private final java.util.function.Consumer<String> progress;

  /** Counts first ({@link Order#COUNT_FIRST}), unless the limits ask for every side alike. */
  IntegerSides(WholeSystemLimits limits) {
    this(limits, limits.everySide() ? Order.EVERY_SIDE : Order.COUNT_FIRST);
  }

  IntegerSides(WholeSystemLimits limits, Order order) {
    this(limits, order, line -> {});
  }

  /**
   * @param progress told, every {@link #PROGRESS_EVERY} region solves, how far the attack is (a
   *     long run's only sign of life)
   */
  IntegerSides(
      WholeSystemLimits limits, Order order, java.util.function.Consumer<String> progress) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits == null");
    this.order = java.util.Objects.requireNonNull(order, "order == null");
    this.progress = java.util.Objects.requireNonNull(progress, "progress == null");
    Loader.loadNativeLibraries();
  }

  /** Region solves between two progress lines. */
  static final int PROGRESS_EVERY = 50;

  /** As below, no count having a side open already. */
  Result decide(WholeSystemAttack.Component c, Bounds bounds, long[] truth, List<Side> sides) {
    return decide(c, bounds, truth, sides, v -> false);
  }

  /**
   * Decides {@code sides} over {@code c}'s constraints, each variable within {@code bounds} (the
   * fixed ones constants); {@code truth} satisfies every constraint and is the hint. {@code
   * openAlready}: the counts with a side shown open before (by a witness), whose other side is not
   * needed for the proof that no count is pinned.
   */
  Result decide(
      WholeSystemAttack.Component c,
      Bounds bounds,
      long[] truth,
      List<Side> sides,
      java.util.function.IntPredicate openAlready) {
    long start = System.nanoTime();
    Budget deadline = limits.budget();
    Map<Side, Decision> decisions = new HashMap<>();
    sides.forEach(s -> decisions.put(s, Decision.UNDECIDED));
    SideSolutions solutions = new SideSolutions(c, bounds, truth, decisions);
    // solves, opened by neighbourhoods, closed at once, opened by regions
    int[] counts = new int[4];
    double[] neighbourhoodSeconds = new double[1];
    Pass pass = new Pass(c, bounds, truth, solutions, decisions, counts, neighbourhoodSeconds);
    int solvesForCounts;
    if (order == Order.COUNT_FIRST) {
      java.util.Set<Integer> open = new java.util.HashSet<>();
      sides.stream().map(Side::variable).filter(openAlready::test).forEach(open::add);
      // a side is needed while its count has no side open
      java.util.function.Predicate<Side> needed =
          s ->
              !open.contains(s.variable())
                  && decisions.get(new Side(s.variable(), !s.upper())) != Decision.OPEN;
      pass.run(needed, true, deadline);
      solvesForCounts = counts[0];
      pass.run(s -> true, false, deadline);
    } else {
      pass.run(s -> true, false, deadline);
      solvesForCounts = counts[0];
    }
    return new Result(
        decisions,
        solutions.openedBy(),
        counts[0],
        solvesForCounts,
        solutions.solutions(),
        solutions.opened(),
        counts[1],
        counts[3],
        counts[2],
        neighbourhoodSeconds[0],
        (System.nanoTime() - start) / 1e9);
  }

  /** One pass over the sides {@code wanted}: neighbourhoods, then the whole component. */
  private final class Pass {
    private final WholeSystemAttack.Component c;
    private final Bounds bounds;
    private final long[] truth;
    private final SideSolutions solutions;
    private final Map<Side, Decision> decisions;
    private final int[] counts;
    private final double[] neighbourhoodSeconds;
    private Whole whole;

    Pass(
        WholeSystemAttack.Component c,
        Bounds bounds,
        long[] truth,
        SideSolutions solutions,
        Map<Side, Decision> decisions,
        int[] counts,
        double[] neighbourhoodSeconds) {
      this.c = c;
      this.bounds = bounds;
      this.truth = truth;
      this.solutions = solutions;
      this.decisions = decisions;
      this.counts = counts;
      this.neighbourhoodSeconds = neighbourhoodSeconds;
    }

    /**
     * The sides {@code wanted} (and undecided), by count ({@code byCount}: a count's sides in one
     * model, either side enough) or by side, until {@code deadline}.
     */
    void run(java.util.function.Predicate<Side> wanted, boolean byCount, Budget deadline) {
      java.util.function.BooleanSupplier done =
          () ->
              decisions.entrySet().stream()
                  .noneMatch(e -> e.getValue() == Decision.UNDECIDED && wanted.test(e.getKey()));
      if (done.getAsBoolean()) {
        return;
      }
      if (order == Order.ROUNDS_FIRST) {
        whole().rounds(wanted, deadline);
      }
      long local = System.nanoTime();
      // before the rounds, half the budget at most: where neighbourhoods are too small (a side
      // that needs the giant component), the rounds over it are what decides
      Budget localDeadline = order == Order.ROUNDS_FIRST ? deadline : deadline.half();
      neighbourhoods(wanted, byCount, localDeadline);
      neighbourhoodSeconds[0] += (System.nanoTime() - local) / 1e9;
      if (order != Order.ROUNDS_FIRST && !done.getAsBoolean()) {
        whole().rounds(wanted, deadline);
      }
      if (!done.getAsBoolean()) {
        whole().ownSolves(wanted, deadline);
      }
    }

    /** The whole component's model, built once, with an indicator for every side given. */
    private Whole whole() {
      if (whole == null) {
        whole = new Whole(this);
      }
      return whole;
    }

    /**
     * Regions, then each side (or count) left grown from its own neighbourhood ({@link
     * Neighbourhoods}): a solution opens every side it lies on, a whole component without one
     * closes the sides tried; a neighbourhood past the cap, or a time-out, leaves them to the whole
     * component.
     */
    private void neighbourhoods(
        java.util.function.Predicate<Side> wanted, boolean byCount, Budget deadline) {
      java.util.function.Predicate<Side> left =
          s -> decisions.get(s) == Decision.UNDECIDED && wanted.test(s);
      Neighbourhoods local =
          new Neighbourhoods(
              c,
              bounds,
              truth,
              limits.maxNeighbourhood(),
              limits.sideSeconds(),
              limits.wallClock());
      // regions first: many sides of one neighbourhood opened by one solve
      java.util.Set<Side> tried = new java.util.HashSet<>();
      int regions = 0;
      solutions.from(Opener.REGION);
      for (Side s : undecided(decisions)) {
        if (!left.test(s) || tried.contains(s)) {
          continue;
        }
        if (deadline.spent()) {
          return;
        }
        // the next counts wanted, as many as the limits ask, grown from at once
        List<Integer> seeds = new ArrayList<>(List.of(s.variable()));
        for (Side u : undecided(decisions)) {
          if (seeds.size() >= limits.regionSeeds()) {
            break;
          }
          if (left.test(u) && !tried.contains(u) && !seeds.contains(u.variable())) {
            seeds.add(u.variable());
          }
        }
        java.util.Set<Integer> free = local.region(seeds, limits.maxNeighbourhood());
        List<Side> inside = new ArrayList<>();
        for (int v : free) {
          for (Side u : List.of(new Side(v, false), new Side(v, true))) {
            if (decisions.containsKey(u) && left.test(u)) {
              inside.add(u);
            }
          }
        }
        tried.addAll(inside);
        int before = solutions.opened();
        local.solveRegion(free, inside, limits.sideSeconds(), limits.workers(), solutions);
        counts[0]++;
        counts[1] += solutions.opened() - before;
        counts[3] += solutions.opened() - before;
        if (++regions % PROGRESS_EVERY == 0) {
          progress.accept(
              String.format(
                  java.util.Locale.ROOT,
                  "%d regions, %d solves, %d sides opened, %d wanted left, %.0f s CPU",
                  regions,
                  counts[0],
                  solutions.opened(),
                  decisions.entrySet().stream()
                      .filter(e -> e.getValue() == Decision.UNDECIDED && wanted.test(e.getKey()))
                      .count(),
                  Budget.processCpuNanos() / 1e9));
        }
      }
      // then each side (count) left on its own, its neighbourhood grown ring by ring
      solutions.from(Opener.NEIGHBOURHOOD);
      for (Side s : undecided(decisions)) {
        if (!left.test(s)) {
          continue; // opened by an earlier solution, or no longer wanted
        }
        if (deadline.spent()) {
          break; // the rest stays undecided
        }
        List<Side> together =
            byCount
                ? Stream.of(new Side(s.variable(), false), new Side(s.variable(), true))
                    .filter(u -> decisions.containsKey(u) && left.test(u))
                    .toList()
                : List.of(s);
        Neighbourhoods.Outcome o = local.decide(together, deadline);
        counts[0] += o.solves();
        switch (o.end()) {
          case OPEN -> {
            counts[1] += solutions.accept(o.solution());
            solutions.requireNoneBroken();
          }
          case CLOSED -> together.forEach(u -> decisions.put(u, Decision.CLOSED));
          case TOO_LARGE, UNKNOWN -> {}
        }
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
    private final SideSolutions solutions;
    private final Map<Side, Decision> decisions;
    private final int[] counts;

    /** With an indicator for every side of {@code pass}'s; its solves counted in its counts. */
    Whole(Pass pass) {
      this.solutions = pass.solutions;
      this.decisions = pass.decisions;
      this.counts = pass.counts;
      whole = new CountModel(pass.c, pass.bounds, pass.truth, pass.c.variables);
      for (Side s : decisions.keySet()) {
        indicator.put(s, whole.indicator(s));
      }
      whole.model.maximize(LinearExpr.sum(indicator.values().toArray(LinearArgument[]::new)));
    }

    /**
     * Rounds over the sides {@code wanted} left, until one shows nothing new; an optimum of 0
     * closes them all.
     */
    void rounds(java.util.function.Predicate<Side> wanted, Budget deadline) {
      solutions.from(Opener.WHOLE);
      while (!deadline.spent()) {
        List<Side> left = undecided(decisions).stream().filter(wanted).toList();
        if (left.isEmpty()) {
          return;
        }
        fix(wanted);
        int before = solutions.opened();
        CountModel.Solved solved = solve(limits.roundSeconds(), false);
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

    /** What is left: a feasibility solve per side wanted, its indicator forced to 1. */
    void ownSolves(java.util.function.Predicate<Side> wanted, Budget deadline) {
      solutions.from(Opener.WHOLE);
      for (Side s : undecided(decisions)) {
        if (decisions.get(s) != Decision.UNDECIDED || !wanted.test(s)) {
          continue; // shown open by an earlier solution, or no longer wanted
        }
        if (deadline.spent()) {
          return; // the rest stays undecided
        }
        BoolVar b = indicator.get(s);
        if (b == null) {
          continue; // not in this model; stays undecided
        }
        fix(wanted);
        setDomain(b, 1, 1);
        CpSolverStatus status = solve(limits.sideSeconds(), true).status();
        counts[0]++;
        if (status == CpSolverStatus.INFEASIBLE) {
          decisions.put(s, Decision.CLOSED);
        }
        setDomain(b, 0, 1);
      }
    }

    /**
     * The indicators of sides decided or not wanted are fixed at 0, the others free: the objective
     * counts the sides wanted and left.
     */
    private void fix(java.util.function.Predicate<Side> wanted) {
      indicator.forEach(
          (s, b) -> {
            boolean free = decisions.get(s) == Decision.UNDECIDED && wanted.test(s);
            setDomain(b, 0, free ? 1 : 0);
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

    private CountModel.Solved solve(double seconds, boolean first) {
      CountModel.Solved solved =
          whole.solve(seconds, limits.wallClock(), limits.workers(), first, solutions::accept);
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
