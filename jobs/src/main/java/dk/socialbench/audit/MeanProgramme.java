package dk.socialbench.audit;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The interval of one hidden mean that a sum with other hidden means implies (docs/privacy.md, "How
 * it is audited", (d)): a linear programme over the sums s_i = m_i·n_i and the counts n_i of the
 * constraint's cells. The counts add up as the constraint says, Σ c_i·n_i = 0, and so do the sums,
 * Σ c_i·s_i = 0; each n_i lies within the count attack's bounds; each mean within its bounds, which
 * is linear in s_i and n_i: a published mean m within half its rounding unit u, (m − u)·n_i ≤ s_i ≤
 * (m + u)·n_i; a hidden one within its measure's domain, 0 ≤ s_i ≤ max·n_i. The hidden mean s_h /
 * n_h is a ratio, so the programme is solved in the variables of Charnes and Cooper: t = 1 / n_h,
 * z_i = n_i·t and y_i = s_i·t, where every constraint above stays linear (the bounds on n_i become
 * lo_i·t ≤ z_i ≤ hi_i·t) and the mean is y_h with z_h = 1. The counts are continuous: the interval
 * is an outer bound of what whole counts allow, and every point of the box of the truth (the counts
 * within the count attack's bounds, themselves outer bounds) is a solution, so the truth lies in
 * it.
 *
 * <p>Example: two hidden VUM means beside a published 10 at 4.00 in a sum of 15 at 4.00: 2·m_1 +
 * 3·m_2 = 20 ± 0.125, and m_2 ≤ 4 pins m_1 to [3.9375, 4].
 */
final class MeanProgramme {
  private MeanProgramme() {}

  /**
   * The interval of cell {@code h}'s mean, or null where the solver proves no optimum (then the
   * attack tells nothing through this sum).
   *
   * @param coefficients c_i of the constraint Σ c_i·n_i = 0, ±1
   * @param nLo the count bounds' lower ends (h's at least 1)
   * @param nHi their upper ends (infinite: unbounded)
   * @param mLo each mean's lower bound (published: m − u; hidden: the domain's 0)
   * @param mHi its upper bound (infinite: unbounded)
   */
  static double[] interval(
      int h, long[] coefficients, double[] nLo, double[] nHi, double[] mLo, double[] mHi) {
    double low = solve(false, h, coefficients, nLo, nHi, mLo, mHi);
    if (Double.isNaN(low)) {
      return null;
    }
    double high = solve(true, h, coefficients, nLo, nHi, mLo, mHi);
    return Double.isNaN(high) ? null : new double[] {low, high};
  }

  private static double solve(
      boolean max,
      int h,
      long[] coefficients,
      double[] nLo,
      double[] nHi,
      double[] mLo,
      double[] mHi) {
    int k = coefficients.length;
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable t = model.addVariable("t").lower(0);
    Variable[] z = new Variable[k];
    Variable[] y = new Variable[k];
    for (int i = 0; i < k; i++) {
      z[i] = model.addVariable("z" + i).lower(0);
      y[i] = model.addVariable("y" + i);
    }
    z[h].level(1);
    y[h].weight(1);
    Expression counts = model.addExpression("counts").level(0);
    Expression sums = model.addExpression("sums").level(0);
    for (int i = 0; i < k; i++) {
      counts.set(z[i], coefficients[i]);
      sums.set(y[i], coefficients[i]);
      double lo = i == h ? Math.max(1, nLo[i]) : nLo[i];
      model.addExpression("nLo" + i).set(z[i], 1).set(t, -lo).lower(0);
      if (!Double.isInfinite(nHi[i])) {
        model.addExpression("nHi" + i).set(z[i], 1).set(t, -nHi[i]).upper(0);
      }
      model.addExpression("mLo" + i).set(y[i], 1).set(z[i], -mLo[i]).lower(0);
      if (!Double.isInfinite(mHi[i])) {
        model.addExpression("mHi" + i).set(y[i], 1).set(z[i], -mHi[i]).upper(0);
      }
    }
    Optimisation.Result result = max ? model.maximise() : model.minimise();
    if (result.getState() == Optimisation.State.UNBOUNDED) {
      return max ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    // only an optimum proven is a bound; a feasible point the solver stopped at is not
    return result.getState().isOptimal() ? result.getValue() : Double.NaN;
  }
}
