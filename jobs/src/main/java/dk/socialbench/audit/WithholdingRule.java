package dk.socialbench.audit;

import dk.socialbench.audit.CellSystem.Constraint;
import dk.socialbench.contract.Column;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which counts to withhold so that the linear attack no longer pins what it pinned
 * (docs/privacy.md, "Withholding what the audit finds"). Primary: every pinned count below the
 * threshold that a published row shows. Secondary, for each count still pinned: the cheapest count
 * that un-pins it, among the pinned count itself and the counts it shares a constraint with, in the
 * order of {@link #cost}; where no single count un-pins it, the cheapest is withheld and the search
 * goes on. A count of an {@code all} row published as 5 or more is tried only when nothing else is
 * left. Whether a count is still pinned is judged by a local attack: the constraints through the
 * pinned and withheld counts, every other count held at the bounds the whole attack gave it. The
 * audit that follows judges the whole system again.
 */
final class WithholdingRule {
  /** A round withholds at most this many counts; the audit refuses what is left. */
  static final int MAX_PER_ROUND = 500;

  private final CellSystem system;
  private final Bounds bounds;
  private final Bounds initial;
  private final int threshold;
  private final List<List<Constraint>> touching = new ArrayList<>();

  /** The counts only the exact step pinned, and the bounds propagation gave before it. */
  private final java.util.BitSet solvedPins;

  private final Bounds propagated;
  private final ExactBounds exact;

  /**
   * The order of loss: a municipal count before an {@code all} row's, an {@code all} row's count
   * published as 5 or more last; a cell before a line total (whose withholding nulls the shares of
   * its whole line); then the smaller published count; then the order of the system.
   */
  private final Comparator<Integer> cost;

  WithholdingRule(CellSystem system, Bounds bounds, Preimages preimages) {
    this(system, bounds, preimages, null, null, null);
  }

  /**
   * @param solvedPins the counts pinned by {@code exact} only (none: null); whether they are still
   *     pinned is judged by its programme over their neighbourhood, from the bounds {@code
   *     propagated} gave before the exact step (after it, the neighbours' bounds came through them)
   */
  WithholdingRule(
      CellSystem system,
      Bounds bounds,
      Preimages preimages,
      java.util.BitSet solvedPins,
      Bounds propagated,
      ExactBounds exact) {
    this.solvedPins = solvedPins == null ? new java.util.BitSet() : solvedPins;
    this.propagated = propagated;
    this.exact = exact;
    this.system = system;
    this.bounds = bounds;
    this.initial = Bounds.initial(system, preimages);
    this.threshold = preimages.threshold();
    touching.addAll(ExactBounds.touching(system));
    this.cost =
        Comparator.<Integer>comparingInt(this::tier)
            .thenComparingInt(v -> isTotal(v) ? 1 : 0)
            .thenComparingLong(v -> system.published(v))
            .thenComparingInt(v -> v);
  }

  /** The counts to withhold (variables of the system), none already withheld. */
  Set<Integer> choose() {
    List<Integer> pinned = new ArrayList<>();
    for (int v = 0; v < system.size(); v++) {
      if (bounds.fixed(v) && bounds.lo[v] > 0) {
        pinned.add(v);
      }
    }
    pinned.sort(Comparator.comparingInt(v -> bounds.lo[v] < threshold ? 0 : 1));
    Set<Integer> withheld = new LinkedHashSet<>();
    for (int v : pinned) {
      if (bounds.lo[v] < threshold && system.isShown(v)) {
        withheld.add(v);
      }
    }
    for (int p : pinned) {
      while (withheld.size() < MAX_PER_ROUND && stillPinned(p, pinned, withheld, -1)) {
        Integer pick = cheapestThatUnpins(p, pinned, withheld);
        if (pick == null) {
          break;
        }
        withheld.add(pick);
      }
    }
    return withheld;
  }

  private Integer cheapestThatUnpins(int p, List<Integer> pinned, Set<Integer> withheld) {
    Set<Integer> seen = new HashSet<>();
    List<Integer> candidates = new ArrayList<>();
    seen.add(p);
    candidates.add(p);
    for (Constraint c : touching.get(p)) {
      for (int v : c.variables()) {
        if (seen.add(v)) {
          candidates.add(v);
        }
      }
    }
    candidates.removeIf(v -> !system.isShown(v) || withheld.contains(v));
    candidates.sort(cost);
    for (int tier = 0; tier <= 2; tier++) {
      for (int v : candidates) {
        if (tier(v) <= tier && !stillPinned(p, pinned, withheld, v)) {
          return v;
        }
      }
      for (int v : candidates) {
        if (tier(v) == tier) {
          return v; // none un-pins it alone: withhold the cheapest and look again
        }
      }
    }
    return null;
  }

  /** Whether the local attack still pins {@code p} with {@code withheld} (and {@code extra}). */
  private boolean stillPinned(int p, List<Integer> pinned, Set<Integer> withheld, int extra) {
    boolean solved = solvedPins.get(p) && exact != null;
    double[] lo = (solved ? propagated : bounds).lo.clone();
    double[] hi = (solved ? propagated : bounds).hi.clone();
    Set<Integer> open = new HashSet<>(pinned);
    open.addAll(withheld);
    if (extra >= 0) {
      open.add(extra);
    }
    Set<Constraint> constraints = new LinkedHashSet<>();
    for (int v : open) {
      boolean gone = withheld.contains(v) || v == extra;
      lo[v] = gone ? system.floor(v) : initial.lo[v];
      hi[v] = gone ? Double.POSITIVE_INFINITY : initial.hi[v];
      constraints.addAll(touching.get(v));
    }
    Bounds b = Bounds.propagate(new ArrayList<>(constraints), lo, hi);
    if (b.contradiction != null) {
      return false;
    }
    if (b.fixed(p) || !solved) {
      return b.fixed(p) && b.lo[p] > 0;
    }
    constraints.addAll(exact.neighbourhood(p, touching));
    double[] interval = exact.interval(p, new ArrayList<>(constraints), b.lo, b.hi, new int[2]);
    return interval[0] == interval[1] && interval[0] > 0;
  }

  /**
   * 0: a municipal count; 1: an {@code all} row's under 5; 2: an {@code all} row's of 5 or more.
   */
  private int tier(int v) {
    if (!system.cell(v).national()) {
      return 0;
    }
    Long p = system.published(v);
    return p != null && p >= threshold ? 2 : 1;
  }

  private boolean isTotal(int v) {
    Cell c = system.cell(v);
    return c.dataset().column(c.column()).map(k -> k.role() == Column.Role.TOTAL).orElse(false);
  }
}
