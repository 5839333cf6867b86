package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.audit.CellSystem.Sense;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attacker who combines published means with the counts (docs/privacy.md, "How it is audited",
 * (d)): wherever counts add up exactly (a line, the municipalities to {@code all}, a relation of
 * {@code LinkedTables}), so do the sums mean × n of a {@link MeanMeasure}; so a cell whose mean is
 * not published, in a sum whose every other cell's mean is, has its mean told by differencing.
 *
 * <p>For a constraint Σ c·n = 0 (c = ±1) that holds for the sums too, and any constant r: c_h·(m_h
 * − r)·n_h = −Σ_{i≠h} c_i·(m_i − r)·n_i. Each n_i lies within the bounds the count attack found,
 * each m_i within half a rounding unit of its published value, n_h within its bounds and at least
 * 1; evaluated in interval arithmetic this gives an interval that holds m_h whatever the truth in
 * that box (each operation's interval holds its result for every point of its operands' intervals),
 * so it is an outer bound of what the attacker can know from this constraint and these bounds; r is
 * each published mean of the constraint in turn (every r is valid; near the cells' means, the count
 * noise is multiplied by small differences), and the intervals are intersected.
 *
 * <p>A mean is disclosed by the p%-rule of magnitude tables: the interval's half width is at most p
 * of its smallest value, so its midpoint estimates the mean to within p of itself. Attacked: the
 * cells of 1 to threshold − 1 true persons (with {@code restricted/}), or that the count bounds
 * leave possibly under the threshold and above 0 (without), whose mean is not published.
 *
 * <p>Example: {@code new MeanAttack(0.10, 5).run(published, restricted, system, lo, hi)}.
 */
final class MeanAttack {
  /** The documented tolerance: a mean estimated to within 10 % of itself is disclosed. */
  static final double P = 0.10;

  private final double p;
  private final int threshold;
  private final boolean countsKnown;

  MeanAttack(double p, int threshold) {
    this(p, threshold, false);
  }

  /**
   * @param countsKnown whether the attacker knows every true count (read from {@code restricted/}):
   *     the strongest attacker, were the count noise ever taken off; the tests' way to attack the
   *     means alone. The audit's attacker knows the count attack's bounds only.
   */
  MeanAttack(double p, int threshold, boolean countsKnown) {
    this.p = p;
    this.threshold = threshold;
    this.countsKnown = countsKnown;
  }

  /** A mean disclosed: its cell ({@link Cell#column} the mean's), the measure and how. */
  record Exposure(Cell cell, MeanMeasure measure, int variable, List<Constraint> through) {}

  /** What the attack found, how many means it attacked, and the state the repair works on. */
  record Outcome(List<Exposure> exposures, int attacked, double seconds, State state) {
    List<Finding> findings() {
      return exposures.stream()
          .map(
              e ->
                  Finding.of(
                      e.cell(),
                      "an attacker can tell this mean to within "
                          + Math.round(100 * state.p)
                          + " % from the published means and counts"))
          .toList();
    }

    String summary() {
      return attacked
          + " mean(s) of small groups attacked, "
          + exposures.size()
          + " told, in "
          + String.format(java.util.Locale.ROOT, "%.2f", seconds)
          + " s";
    }
  }

  /**
   * @param lo the count bounds' lower ends, by variable of {@code system}
   * @param hi their upper ends
   */
  Outcome run(
      Map<String, Table> published,
      Map<String, Table> restricted,
      CellSystem system,
      double[] lo,
      double[] hi) {
    long start = System.nanoTime();
    Map<Cell, Long> truths = restricted == null ? null : LinearAttack.trueCounts(restricted);
    if (countsKnown && truths != null) {
      lo = new double[system.size()];
      for (int v = 0; v < lo.length; v++) {
        lo[v] = truths.getOrDefault(system.cell(v), 0L);
      }
      hi = lo;
    }
    State s = new State(system, lo, hi, p, published);
    List<Exposure> exposures = new ArrayList<>();
    int attacked = 0;
    for (MeanMeasure m : MeanMeasure.ALL) {
      Map<Integer, List<Constraint>> byVariable = s.constraints(m);
      for (var e : byVariable.entrySet()) {
        int v = e.getKey();
        if (s.mean(m, v) != null || !small(v, lo, hi, system, truths)) {
          continue;
        }
        attacked++;
        List<Constraint> through = s.disclosing(m, v, e.getValue(), Set.of());
        if (!through.isEmpty()) {
          exposures.add(new Exposure(s.meanCell(m, v), m, v, through));
        }
      }
    }
    return new Outcome(exposures, attacked, (System.nanoTime() - start) / 1e9, s);
  }

  private boolean small(
      int v, double[] lo, double[] hi, CellSystem system, Map<Cell, Long> truths) {
    if (truths == null) {
      return lo[v] < threshold && hi[v] > 0;
    }
    long n = truths.getOrDefault(system.cell(v), 0L);
    return n > 0 && n < threshold;
  }

  /**
   * The published means and count bounds, and the constraints that carry sums: what the attack and
   * the repair ({@link MeanWithholding}) evaluate, a mean withheld read as not published.
   */
  static final class State {
    final CellSystem system;
    final double[] lo;
    final double[] hi;
    final double p;
    private final Map<String, Table> published;
    private final Map<String, Map<java.util.List<Object>, Integer>> rowsByKey = new HashMap<>();

    State(CellSystem system, double[] lo, double[] hi, double p, Map<String, Table> published) {
      this.system = system;
      this.lo = lo;
      this.hi = hi;
      this.p = p;
      this.published = published;
    }

    /** The variable's cell with the measure's mean column: how a finding and the repair name it. */
    Cell meanCell(MeanMeasure m, int v) {
      Cell c = system.cell(v);
      return new Cell(c.dataset(), m.column(), c.key());
    }

    /** The mean published for the variable's cell, or null (none, or its row left out). */
    Double mean(MeanMeasure m, int v) {
      Cell c = system.cell(v);
      Table t = published.get(c.dataset().name());
      if (t == null || !t.has(m.column())) {
        return null;
      }
      Integer r = rowsByKey.computeIfAbsent(c.dataset().name(), n -> t.byKey()).get(c.key());
      return r != null && t.value(r, m.column()) instanceof Number n ? n.doubleValue() : null;
    }

    /** The published count of the variable's cell (0 where its row was left out). */
    long publishedCount(int v) {
      Long n = system.published(v);
      return n == null ? 0 : n;
    }

    /**
     * Per variable of the measure's cells, the constraints that carry its sums: equalities with
     * right-hand side 0 and coefficients ±1 over cells of the measure only.
     */
    Map<Integer, List<Constraint>> constraints(MeanMeasure m) {
      Map<Integer, List<Constraint>> by = new LinkedHashMap<>();
      for (Constraint c : system.constraints()) {
        if (!carriesSums(c, m)) {
          continue;
        }
        for (int v : c.variables()) {
          by.computeIfAbsent(v, k -> new ArrayList<>()).add(c);
        }
      }
      return by;
    }

    private boolean carriesSums(Constraint c, MeanMeasure m) {
      if (c.sense() != Sense.EQUAL || c.rhs() != 0 || c.variables().length < 2) {
        return false;
      }
      for (int i = 0; i < c.variables().length; i++) {
        long a = c.coefficients()[i];
        if ((a != 1 && a != -1) || !m.covers(system.cell(c.variables()[i]))) {
          return false;
        }
      }
      return true;
    }

    /**
     * The constraints of {@code through} that tell the mean of {@code h}, {@code withheld} unknown.
     */
    List<Constraint> disclosing(
        MeanMeasure m, int h, List<Constraint> through, Set<Cell> withheld) {
      List<Constraint> out = new ArrayList<>();
      for (Constraint c : through) {
        double[] interval = interval(m, h, c, withheld);
        if (interval != null && disclosed(interval)) {
          out.add(c);
        }
      }
      return out;
    }

    boolean disclosed(double[] interval) {
      double low = interval[0];
      double high = interval[1];
      return low <= high && (high - low) / 2 <= p * Math.min(Math.abs(low), Math.abs(high));
    }

    /**
     * The interval of h's mean that {@code c} implies, or null where another cell of it that may
     * have persons has no mean published (or withheld).
     */
    double[] interval(MeanMeasure m, int h, Constraint c, Set<Cell> withheld) {
      int[] vars = c.variables();
      double[] means = new double[vars.length];
      long ch = 0;
      for (int i = 0; i < vars.length; i++) {
        int v = vars[i];
        if (v == h) {
          ch = c.coefficients()[i];
          continue;
        }
        Double mean = withheld.contains(meanCell(m, v)) ? null : mean(m, v);
        if (mean == null) {
          if (hi[v] > 0) {
            return null;
          }
          means[i] = Double.NaN; // certainly empty: adds nothing to the sums
        } else {
          means[i] = mean;
        }
      }
      if (hi[h] <= 0) {
        return null;
      }
      double nLow = Math.max(1, lo[h]);
      double nHigh = hi[h];
      double low = 0;
      double high = m.max();
      for (int j = 0; j < vars.length; j++) {
        if (vars[j] == h || Double.isNaN(means[j])) {
          continue;
        }
        double r = means[j];
        double sumLow = 0;
        double sumHigh = 0;
        for (int i = 0; i < vars.length; i++) {
          if (vars[i] == h || Double.isNaN(means[i])) {
            continue;
          }
          double half = m.halfUnit(system.cell(vars[i]));
          // −c_h·c_i·(m_i − r)·n_i over the box of m_i and n_i: a bilinear term, so its range is
          // spanned by the four corners
          double sign = -ch * c.coefficients()[i];
          double[] d = {sign * (means[i] - r - half), sign * (means[i] - r + half)};
          double[] n = {lo[vars[i]], hi[vars[i]]};
          double tLow = Double.POSITIVE_INFINITY;
          double tHigh = Double.NEGATIVE_INFINITY;
          for (double x : d) {
            for (double y : n) {
              tLow = Math.min(tLow, times(x, y));
              tHigh = Math.max(tHigh, times(x, y));
            }
          }
          sumLow += tLow;
          sumHigh += tHigh;
        }
        // (sum) / n_h with n_h in [nLow, nHigh], nLow ≥ 1
        double qLow = Math.min(over(sumLow, nLow), over(sumLow, nHigh));
        double qHigh = Math.max(over(sumHigh, nLow), over(sumHigh, nHigh));
        low = Math.max(low, r + qLow);
        high = Math.min(high, r + qHigh);
      }
      return new double[] {low, high};
    }

    /** A product where 0 times an unbounded count (a withheld one) is 0, not NaN. */
    private static double times(double x, double y) {
      return x == 0 || y == 0 ? 0 : x * y;
    }

    /** {@code a / n}, n ≥ 1 or unbounded; an unbounded sum over an unbounded n stays unbounded. */
    private static double over(double a, double n) {
      if (Double.isInfinite(n)) {
        return Double.isInfinite(a) ? a : 0;
      }
      return a / n;
    }
  }
}
