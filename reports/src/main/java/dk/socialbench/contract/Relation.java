package dk.socialbench.contract;

import java.util.List;
import java.util.Objects;

/**
 * A linear relation between published cells that anyone who knows how the tables are made can rely
 * on: {@code left (= | ≤ | ≥) right + constant}, for every municipality and key of the first sum on
 * the left. A side is a signed list of {@link CellSum}s; a sum with fewer keys than the first is
 * matched on the leading ones.
 *
 * <p>Example: {@code Relation.equal(CellSum.of("goal_type"),
 * CellSum.of("goals_set").where("goals_set", "yes"))}: the goal types of a municipality add up to
 * its cases with goals set.
 */
public record Relation(List<Term> left, Kind kind, List<Term> right, long constant) {
  /** How the two sides compare. */
  public enum Kind {
    EQUAL,
    AT_MOST,
    AT_LEAST
  }

  /** A sum with its sign. */
  public record Term(int sign, CellSum sum) {
    public Term {
      if (sign != 1 && sign != -1) {
        throw new IllegalArgumentException("sign must be 1 or -1");
      }
      Objects.requireNonNull(sum, "sum == null");
    }
  }

  public Relation {
    left = List.copyOf(left);
    right = List.copyOf(right);
    Objects.requireNonNull(kind, "kind == null");
    if (left.isEmpty() || left.get(0).sign() != 1) {
      throw new IllegalArgumentException("a relation starts with a positive sum on the left");
    }
  }

  public static Relation equal(CellSum left, CellSum right) {
    return new Relation(List.of(plus(left)), Kind.EQUAL, List.of(plus(right)), 0);
  }

  public static Relation atMost(CellSum left, CellSum right) {
    return new Relation(List.of(plus(left)), Kind.AT_MOST, List.of(plus(right)), 0);
  }

  /**
   * {@code left ≥ right}: where {@code right} sums a published value that bounds a count, such as a
   * year's full-year users, which its users are at least.
   */
  public static Relation atLeast(CellSum left, CellSum right) {
    return new Relation(List.of(plus(left)), Kind.AT_LEAST, List.of(plus(right)), 0);
  }

  public static Relation atLeast(CellSum left, long constant) {
    return new Relation(List.of(plus(left)), Kind.AT_LEAST, List.of(), constant);
  }

  public static Term plus(CellSum sum) {
    return new Term(1, sum);
  }

  public static Term minus(CellSum sum) {
    return new Term(-1, sum);
  }

  /** The datasets this relation reads. */
  public List<String> datasets() {
    return java.util.stream.Stream.concat(left.stream(), right.stream())
        .map(t -> t.sum().dataset())
        .distinct()
        .toList();
  }

  @Override
  public String toString() {
    return side(left) + " " + kind + " " + side(right) + (constant == 0 ? "" : " + " + constant);
  }

  private static String side(List<Term> terms) {
    StringBuilder b = new StringBuilder();
    for (Term t : terms) {
      b.append(b.isEmpty() ? (t.sign() < 0 ? "-" : "") : (t.sign() < 0 ? " - " : " + "));
      b.append(t.sum());
    }
    return b.isEmpty() ? "0" : b.toString();
  }
}
