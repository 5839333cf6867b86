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
 * noise is multiplied by small differences), and the intervals are intersected. A sum with other
 * hidden means bounds them by their measure's domain, in a {@link MeanProgramme} that ties the
 * sum's counts together (docs/privacy.md, "What remains", item 11).
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

  /**
   * A sum with two or more hidden means of more cells than this (the municipalities against {@code
   * all} at national scale, 99) is bounded in interval arithmetic, an outer bound of the
   * programme's interval: at 10⁴ registrations its programmes took the mean step from under 1 s to
   * over 70 s (loaded; docs/benchmarks.md), and over 98 municipalities' count noise it tells
   * little.
   */
  static final int MAX_PROGRAMME_CELLS = 40;

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

  /**
   * What the attack found, how many means it attacked, the intervals it computed (from sums with
   * one hidden mean, and with two or more: {@link Sums}), and the state the repair works on.
   */
  record Outcome(List<Exposure> exposures, int attacked, Sums sums, double seconds, State state) {
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
          + sums.oneHidden
          + " interval(s) from sums with one hidden mean, "
          + sums.severalHidden
          + " with two or more ("
          + sums.programmes
          + " solved as programmes), "
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
    State s =
        new State(system, lo, hi, p, published, truths == null ? null : trueCounts(system, truths));
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
    Sums sums = s.sums.copy();
    return new Outcome(exposures, attacked, sums, (System.nanoTime() - start) / 1e9, s);
  }

  private static long[] trueCounts(CellSystem system, Map<Cell, Long> truths) {
    long[] n = new long[system.size()];
    for (int v = 0; v < n.length; v++) {
      n[v] = truths.getOrDefault(system.cell(v), 0L);
    }
    return n;
  }

  /**
   * How many intervals the attack computed: from sums whose only hidden mean is the one attacked;
   * from sums with two or more, of which how many were solved as a {@link MeanProgramme} (the
   * others are settled by the measure's domain without one, not told, or are sums of more than
   * {@link #MAX_PROGRAMME_CELLS} cells, bounded in interval arithmetic).
   */
  static final class Sums {
    int oneHidden;
    int severalHidden;
    int programmes;

    Sums copy() {
      Sums c = new Sums();
      c.oneHidden = oneHidden;
      c.severalHidden = severalHidden;
      c.programmes = programmes;
      return c;
    }
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

    /** The true counts by variable (with {@code restricted/}), or null. */
    private final long[] truths;

    /** Counted as the intervals are computed, the repair's too. */
    final Sums sums = new Sums();

    private final Map<String, Map<java.util.List<Object>, Integer>> rowsByKey = new HashMap<>();

    State(
        CellSystem system,
        double[] lo,
        double[] hi,
        double p,
        Map<String, Table> published,
        long[] truths) {
      this.system = system;
      this.lo = lo;
      this.hi = hi;
      this.p = p;
      this.published = published;
      this.truths = truths;
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
     * The interval of h's mean that {@code c} implies, or null where it tells nothing: h certainly
     * empty, or the programme of a sum with other hidden means (not published, or withheld) not
     * solved to an optimum.
     */
    double[] interval(MeanMeasure m, int h, Constraint c, Set<Cell> withheld) {
      int[] vars = c.variables();
      double[] means = new double[vars.length];
      boolean[] hidden = new boolean[vars.length];
      long ch = 0;
      boolean othersHidden = false;
      for (int i = 0; i < vars.length; i++) {
        int v = vars[i];
        if (v == h) {
          ch = c.coefficients()[i];
          continue;
        }
        Double mean = withheld.contains(meanCell(m, v)) ? null : mean(m, v);
        if (mean == null) {
          // certainly empty (NaN): adds nothing to the sums
          means[i] = Double.NaN;
          hidden[i] = hi[v] > 0;
          othersHidden |= hidden[i];
        } else {
          means[i] = mean;
        }
      }
      if (hi[h] <= 0) {
        return null;
      }
      if (othersHidden) {
        sums.severalHidden++;
        return severalHidden(m, h, ch, c, means, hidden);
      }
      sums.oneHidden++;
      return arithmetic(m, h, ch, c, means, hidden);
    }

    /**
     * The formula's interval in interval arithmetic, r each published mean of the sum in turn; a
     * hidden mean (only in a sum too large for a programme) within its measure's domain.
     */
    private double[] arithmetic(
        MeanMeasure m, int h, long ch, Constraint c, double[] means, boolean[] hidden) {
      int[] vars = c.variables();
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
          if (vars[i] == h || (Double.isNaN(means[i]) && !hidden[i])) {
            continue;
          }
          double half = m.halfUnit(system.cell(vars[i]));
          // −c_h·c_i·(m_i − r)·n_i over the box of m_i and n_i: a bilinear term, so its range is
          // spanned by the four corners
          double sign = -ch * c.coefficients()[i];
          double[] d =
              hidden[i]
                  ? new double[] {sign * (0 - r), sign * (m.max() - r)}
                  : new double[] {sign * (means[i] - r - half), sign * (means[i] - r + half)};
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

    /**
     * A sum with other hidden means. Where the measure has no upper end (a price, hours, months)
     * and the sum has a solution in which another hidden cell j has persons ({@link #canHave}), the
     * attacker learns nothing bounded from this sum: moving any amount Δ from h's sum to j's (j on
     * h's side of the sum) or adding Δ to both (the other side) keeps every constraint, so h's mean
     * reaches the domain's 0 or has no upper end; under the p%-rule neither is told (an interval
     * from 0 is told only where it is [0, 0]). Otherwise the interval is the {@link
     * MeanProgramme}'s.
     */
    private double[] severalHidden(
        MeanMeasure m, int h, long ch, Constraint c, double[] means, boolean[] hidden) {
      int[] vars = c.variables();
      int k = vars.length;
      long[] a = c.coefficients();
      if (Double.isInfinite(m.max())) {
        for (int i = 0; i < k; i++) {
          int v = vars[i];
          if (v != h && Double.isNaN(means[i]) && hi[v] > 0 && canHave(c, i, h)) {
            // an outer bound of both cases: the floor reached, or no upper end
            return new double[] {0, m.max()};
          }
        }
      }
      if (k > MAX_PROGRAMME_CELLS) {
        return arithmetic(m, h, ch, c, means, hidden);
      }
      double[] nLo = new double[k];
      double[] nHi = new double[k];
      double[] mLo = new double[k];
      double[] mHi = new double[k];
      int hIndex = -1;
      for (int i = 0; i < k; i++) {
        int v = vars[i];
        nLo[i] = lo[v];
        nHi[i] = hi[v];
        if (v == h) {
          hIndex = i;
        }
        if (v == h || Double.isNaN(means[i])) {
          mLo[i] = 0;
          mHi[i] = m.max();
        } else {
          double half = m.halfUnit(system.cell(v));
          mLo[i] = Math.max(0, means[i] - half);
          mHi[i] = Math.min(m.max(), means[i] + half);
        }
      }
      sums.programmes++;
      double[] i = MeanProgramme.interval(hIndex, a, nLo, nHi, mLo, mHi);
      return i == null ? null : new double[] {Math.max(0, i[0]), Math.min(m.max(), i[1])};
    }

    /**
     * Whether the programme of {@code c} has a solution where its {@code j}th cell has persons: its
     * count's lower bound is at least 1; or, with {@code restricted/}, the truth is a solution (h
     * has persons) and j has persons in it, or another cell k has room at the truth to give j a few
     * (δ) of its persons at k's own mean: k on j's side above its lower bound, or on the other side
     * below its upper bound; the counts and the sums then still add up, j's mean that of k.
     */
    private boolean canHave(Constraint c, int j, int h) {
      int[] vars = c.variables();
      if (lo[vars[j]] >= 1) {
        return true;
      }
      if (truths == null || truths[h] < 1) {
        return false;
      }
      if (truths[vars[j]] >= 1) {
        return true;
      }
      long[] a = c.coefficients();
      for (int k = 0; k < vars.length; k++) {
        int v = vars[k];
        double floor = v == h ? Math.max(1, lo[v]) : lo[v];
        if (k != j && (a[k] == a[j] ? truths[v] > floor : truths[v] < hi[v])) {
          return true;
        }
      }
      return false;
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
