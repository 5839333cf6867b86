package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which published means to withhold so that the mean attack no longer tells what it told
 * (docs/privacy.md, "Withholding what the audit finds"): for each mean told, the cheapest published
 * mean of the sums that tell it whose withholding alone leaves it untold, in the order of {@link
 * #cost}; where none does on its own (the mean is told through two sums), the cheapest is withheld
 * and the search goes on. Withholding a mean takes nothing from the counts: they stay published.
 */
final class MeanWithholding {
  /** At most this many means withheld for one mean told; the audit refuses what is left. */
  private static final int MAX_PER_EXPOSURE = 20;

  private MeanWithholding() {}

  /**
   * The order of loss: a municipality's mean before an {@code all} row's (the national figures are
   * what the report is read for); then the mean of the smaller published count (the cell with the
   * fewest persons loses the least); then a fixed order.
   */
  private static Comparator<Integer> cost(MeanAttack.State s) {
    return Comparator.<Integer, Boolean>comparing(v -> s.system.cell(v).national())
        .thenComparingLong(s::publishedCount)
        .thenComparing(v -> s.system.cell(v).toString());
  }

  /** The mean cells ({@link Cell#column} the mean's) to withhold. */
  static Set<Cell> choose(MeanAttack.Outcome outcome) {
    MeanAttack.State s = outcome.state();
    Map<MeanMeasure, Map<Integer, List<Constraint>>> sums = new HashMap<>();
    Set<Cell> withheld = new LinkedHashSet<>();
    for (MeanAttack.Exposure e : outcome.exposures()) {
      MeanMeasure m = e.measure();
      int h = e.variable();
      List<Constraint> all = sums.computeIfAbsent(m, s::constraints).get(h);
      for (int tries = 0; tries < MAX_PER_EXPOSURE; tries++) {
        List<Constraint> through = s.disclosing(m, h, all, withheld);
        if (through.isEmpty()) {
          break;
        }
        List<Integer> candidates = candidates(s, m, h, through, withheld);
        if (candidates.isEmpty()) {
          break;
        }
        Cell alone = null;
        for (int v : candidates) {
          Cell c = s.meanCell(m, v);
          withheld.add(c);
          if (s.disclosing(m, h, all, withheld).isEmpty()) {
            alone = c;
            break;
          }
          withheld.remove(c);
        }
        if (alone != null) {
          break;
        }
        withheld.add(s.meanCell(m, candidates.get(0)));
      }
    }
    return withheld;
  }

  /** The published means of the sums through h, cheapest first. */
  private static List<Integer> candidates(
      MeanAttack.State s, MeanMeasure m, int h, List<Constraint> through, Set<Cell> withheld) {
    Set<Integer> vs = new LinkedHashSet<>();
    for (Constraint c : through) {
      for (int v : c.variables()) {
        if (v != h && s.mean(m, v) != null && !withheld.contains(s.meanCell(m, v))) {
          vs.add(v);
        }
      }
    }
    List<Integer> sorted = new ArrayList<>(vs);
    sorted.sort(cost(s));
    return sorted;
  }
}
