package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.audit.CellSystem.Sense;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Whole-number bounds on every true count by interval propagation: each constraint bounds each of
 * its variables by the bounds of the others, until nothing changes. The bounds hold for every
 * solution (an outer bound of what the attacker can know); a cell whose bounds meet is known
 * exactly, as subtracting the other cells of a line with an exact total would give it.
 */
final class Bounds {
  /** Enough for any chain of tables here; the bounds stay valid if stopped early. */
  private static final int MAX_ROUNDS = 200;

  final double[] lo;
  final double[] hi;

  /** A constraint that no values satisfy, or null: the published tables contradict a relation. */
  Constraint contradiction;

  private Bounds(double[] lo, double[] hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /** What the published counts alone say: each count's preimage, and its row's floor. */
  private Bounds(CellSystem system, Preimages preimages) {
    lo = new double[system.size()];
    hi = new double[system.size()];
    for (int v = 0; v < system.size(); v++) {
      Long p = system.published(v);
      lo[v] = Math.max(system.floor(v), p != null ? preimages.lowest(p) : 0);
      hi[v] = p != null ? preimages.highest(p) : Double.POSITIVE_INFINITY;
      if (hi[v] < 0) {
        hi[v] = Double.POSITIVE_INFINITY; // a count the table cannot give: (a) reports it
      }
    }
  }

  static Bounds propagate(CellSystem system, Preimages preimages) {
    Bounds b = new Bounds(system, preimages);
    b.run(system.constraints());
    return b;
  }

  /** The bounds before propagation: each published count's preimage, and its row's floor. */
  static Bounds initial(CellSystem system, Preimages preimages) {
    return new Bounds(system, preimages);
  }

  /**
   * Propagates over {@code constraints} only, from {@code lo} and {@code hi} (not changed): a local
   * attack on part of the system, the other counts held at the bounds given.
   */
  static Bounds propagate(List<Constraint> constraints, double[] lo, double[] hi) {
    Bounds b = new Bounds(lo.clone(), hi.clone());
    b.run(constraints);
    return b;
  }

  private void run(List<Constraint> constraints) {
    Bounds b = this;
    java.util.Map<Integer, List<Integer>> touching = new java.util.HashMap<>();
    for (int c = 0; c < constraints.size(); c++) {
      for (int v : constraints.get(c).variables()) {
        touching.computeIfAbsent(v, x -> new ArrayList<>()).add(c);
      }
    }
    Deque<Integer> work = new ArrayDeque<>();
    boolean[] queued = new boolean[constraints.size()];
    int[] rounds = new int[constraints.size()];
    for (int c = 0; c < constraints.size(); c++) {
      work.add(c);
      queued[c] = true;
    }
    while (!work.isEmpty() && b.contradiction == null) {
      int c = work.poll();
      queued[c] = false;
      if (++rounds[c] > MAX_ROUNDS) {
        continue;
      }
      for (int v : b.tighten(constraints.get(c))) {
        for (int other : touching.get(v)) {
          if (!queued[other]) {
            queued[other] = true;
            work.add(other);
          }
        }
      }
    }
  }

  boolean fixed(int v) {
    return lo[v] == hi[v];
  }

  /** Tightens the bounds of the constraint's variables; returns those that changed. */
  private List<Integer> tighten(Constraint c) {
    List<Integer> changed = new ArrayList<>();
    if (c.sense() != Sense.AT_LEAST) {
      bound(c, 1, changed); // Σ a·x ≤ rhs
    }
    if (c.sense() != Sense.AT_MOST && contradiction == null) {
      bound(c, -1, changed); // −Σ a·x ≤ −rhs
    }
    return changed;
  }

  private void bound(Constraint c, int sign, List<Integer> changed) {
    int[] vars = c.variables();
    double rhs = (double) sign * c.rhs();
    double minSum = 0;
    int infinite = -1;
    int infinities = 0;
    double[] mins = new double[vars.length];
    for (int i = 0; i < vars.length; i++) {
      double a = (double) sign * c.coefficients()[i];
      mins[i] = a > 0 ? a * lo[vars[i]] : a * hi[vars[i]];
      if (Double.isInfinite(mins[i])) {
        infinities++;
        infinite = i;
      } else {
        minSum += mins[i];
      }
    }
    if (infinities > 1) {
      return;
    }
    for (int i = 0; i < vars.length; i++) {
      if (infinities == 1 && i != infinite) {
        continue;
      }
      double a = (double) sign * c.coefficients()[i];
      double rest = infinities == 1 ? minSum : minSum - mins[i];
      double limit = (rhs - rest) / a;
      int v = vars[i];
      if (a > 0) {
        double h = Math.floor(limit);
        if (h < hi[v]) {
          hi[v] = h;
          changed.add(v);
        }
      } else {
        double l = Math.ceil(limit);
        if (l > lo[v]) {
          lo[v] = l;
          changed.add(v);
        }
      }
      if (lo[v] > hi[v]) {
        contradiction = c;
        return;
      }
    }
  }
}
