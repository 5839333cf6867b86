package dk.socialbench.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attacker's system: one variable per published count of persons (its unknown true count), and
 * the linear constraints that hold between the true counts by how the tables are made. Each
 * variable starts with the published count's preimage under the perturbation table.
 */
final class CellSystem {
  /** How a constraint's sum compares with its right-hand side. */
  enum Sense {
    EQUAL,
    AT_MOST,
    AT_LEAST;

    /** Whether {@code sum (this) rhs}. */
    boolean holds(long sum, long rhs) {
      return switch (this) {
        case EQUAL -> sum == rhs;
        case AT_MOST -> sum <= rhs;
        case AT_LEAST -> sum >= rhs;
      };
    }
  }

  /** {@code Σ coefficients·variables (sense) rhs}; {@code origin} says which rule made it. */
  record Constraint(int[] variables, long[] coefficients, Sense sense, long rhs, String origin) {}

  /** A linear sum being built: variables with coefficients, and a constant. */
  static final class Sum {
    final Map<Integer, Long> terms = new LinkedHashMap<>();
    long constant;

    Sum add(int variable, long coefficient) {
      terms.merge(variable, coefficient, Long::sum);
      return this;
    }

    Sum add(Sum other, long sign) {
      other.terms.forEach((v, a) -> add(v, sign * a));
      constant += sign * other.constant;
      return this;
    }
  }

  private final List<Cell> cells = new ArrayList<>();
  private final List<Long> published = new ArrayList<>();
  private final List<Long> floors = new ArrayList<>();
  private final Map<Cell, Integer> index = new HashMap<>();
  private final List<Constraint> constraints = new ArrayList<>();
  private final java.util.BitSet shown = new java.util.BitSet();

  /** Constraints exact only where every person has one case: what holds otherwise (null: none). */
  private final Map<Constraint, Sense> severalCases = new java.util.IdentityHashMap<>();

  /** Constraints implied while a constraint is exact, added where it is replaced (retain). */
  private final Map<Constraint, List<Constraint>> whereWeakened = new java.util.IdentityHashMap<>();

  private int weakened;
  private int leftOutWithSeveralCases;

  /** The variable of {@code cell}, made with its published count (null: none) on first sight. */
  int variable(Cell cell, Long publishedCount) {
    Integer v = index.get(cell);
    if (v == null) {
      v = cells.size();
      index.put(cell, v);
      cells.add(cell);
      published.add(publishedCount);
      floors.add(0L);
    }
    return v;
  }

  /** Marks the variable as a count shown in a published row: one the repair can withhold. */
  void markShown(int variable) {
    shown.set(variable);
  }

  /**
   * Whether the variable's count is shown in a published row. A cell of a row left out (read as a
   * published 0) is not: it cannot be withheld without a row that tells of persons by existing.
   */
  boolean isShown(int variable) {
    return shown.get(variable);
  }

  Integer find(Cell cell) {
    return index.get(cell);
  }

  /** A published row exists only where its cell has persons: its first count is at least 1. */
  void atLeast(int variable, long floor) {
    floors.set(variable, Math.max(floors.get(variable), floor));
  }

  /** Adds {@code sum (sense) 0}. A sum without variables adds nothing. */
  void add(Sum sum, Sense sense, String origin) {
    add(sum, sense, sense, origin);
  }

  /**
   * Adds {@code sum (sense) 0}, which where persons have several cases (in several municipalities,
   * or two in one) holds only as {@code sum (severalCases) 0}, or not at all (null).
   */
  Constraint add(Sum sum, Sense sense, Sense severalCases, String origin) {
    Constraint c = constraint(sum, sense, origin);
    if (c == null) {
      return null;
    }
    constraints.add(c);
    if (severalCases != sense) {
      this.severalCases.put(c, severalCases);
    }
    return c;
  }

  /**
   * Adds {@code sum (sense) 0} only where {@link #retain} replaces {@code exact} by what holds with
   * several cases: while {@code exact} holds, it implies this one (all = the sum of the
   * municipalities implies all ≥ each of them), which would only cost the attack time.
   */
  void addWhereWeakened(Constraint exact, Sum sum, Sense sense, String origin) {
    Constraint c = exact == null ? null : constraint(sum, sense, origin);
    if (c != null) {
      whereWeakened.computeIfAbsent(exact, k -> new ArrayList<>()).add(c);
    }
  }

  private static Constraint constraint(Sum sum, Sense sense, String origin) {
    sum.terms.values().removeIf(a -> a == 0);
    if (sum.terms.isEmpty()) {
      return null;
    }
    // loops, not streams: the builder makes tens of thousands of constraints at 10⁴ registrations
    int[] vars = new int[sum.terms.size()];
    long[] coefficients = new long[vars.length];
    int i = 0;
    for (Map.Entry<Integer, Long> term : sum.terms.entrySet()) {
      vars[i] = term.getKey();
      coefficients[i++] = term.getValue();
    }
    return new Constraint(vars, coefficients, sense, -sum.constant, origin);
  }

  int size() {
    return cells.size();
  }

  Cell cell(int v) {
    return cells.get(v);
  }

  Long published(int v) {
    return published.get(v);
  }

  long floor(int v) {
    return floors.get(v);
  }

  List<Constraint> constraints() {
    return constraints;
  }

  /**
   * Keeps the constraints {@code keep} accepts. One it does not that is exact only where every
   * person has one case is replaced by what holds otherwise, where {@code keep} accepts that (with
   * the constraints {@link #addWhereWeakened} kept for it), and left out silently where nothing
   * holds otherwise; returns the origins of the others left out (their relation is wrong).
   */
  List<String> retain(java.util.function.Predicate<Constraint> keep) {
    java.util.Set<String> dropped = new java.util.LinkedHashSet<>();
    List<Constraint> kept = new ArrayList<>(constraints.size());
    for (Constraint c : constraints) {
      if (keep.test(c)) {
        kept.add(c);
        continue;
      }
      if (severalCases.containsKey(c)) {
        Sense otherwise = severalCases.get(c);
        if (otherwise == null) {
          leftOutWithSeveralCases++;
          continue;
        }
        Constraint weaker =
            new Constraint(c.variables(), c.coefficients(), otherwise, c.rhs(), c.origin());
        if (keep.test(weaker)) {
          kept.add(weaker);
          weakened++;
          for (Constraint implied : whereWeakened.getOrDefault(c, List.of())) {
            if (keep.test(implied)) {
              kept.add(implied);
            } else {
              dropped.add(implied.origin());
            }
          }
          continue;
        }
      }
      dropped.add(c.origin());
    }
    constraints.clear();
    constraints.addAll(kept);
    return List.copyOf(dropped);
  }

  /**
   * How many constraints {@link #retain} replaced by what holds where persons have several cases.
   */
  int weakened() {
    return weakened;
  }

  /** How many constraints {@link #retain} left out as exact only where each person has one case. */
  int leftOutWithSeveralCases() {
    return leftOutWithSeveralCases;
  }
}
