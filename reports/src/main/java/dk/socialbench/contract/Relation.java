package dk.socialbench.contract;

import java.util.List;
import java.util.Objects;

/**
 * A linear relation between published cells that anyone who knows how the tables are made can rely
 * on: {@code left (= | ≤ | ≥) right + constant}, for every municipality and key of the first sum on
 * the left. A side is a signed list of {@link CellSum}s; a sum with fewer keys than the first is
 * matched on the leading ones.
 *
 * <p>Cells count distinct persons, and a person can have several cases: in several municipalities
 * (who moved) or two in one (the delivery format asks only that a case id be unique within the
 * municipality). An equality that holds only where every person has one case says what holds
 * otherwise in {@code severalCases}: {@code left ≥ right} where such a person can be counted twice
 * on the left only, {@code left ≤ right} where on the right only, nothing where on either.
 *
 * <p>Example: {@code Relation.equal(CellSum.of("goal_type"),
 * CellSum.of("goals_set").where("goals_set", "yes")).atLeastWithSeveralCases()}: the goal types of
 * a municipality add up to its cases with goals set, and to more where a person's two cases have
 * different goal types.
 *
 * @param severalCases how the sides compare where persons have several cases: {@code kind} for a
 *     relation that holds whatever the cases, null where nothing holds then
 */
public record Relation(
    List<Term> left, Kind kind, List<Term> right, long constant, Kind severalCases) {
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

  /** A relation that holds whatever the persons' cases. */
  public Relation(List<Term> left, Kind kind, List<Term> right, long constant) {
    this(left, kind, right, constant, kind);
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
   * {@code left ≥ right}: where {@code right} sums a subset of {@code left}'s persons, or a
   * published value that bounds a count (a year's users are at least its full-year users).
   */
  public static Relation atLeast(CellSum left, CellSum right) {
    return new Relation(List.of(plus(left)), Kind.AT_LEAST, List.of(plus(right)), 0);
  }

  public static Relation atLeast(CellSum left, long constant) {
    return new Relation(List.of(plus(left)), Kind.AT_LEAST, List.of(), constant);
  }

  /** This equality, which where persons have several cases becomes {@code left ≥ right}. */
  public Relation atLeastWithSeveralCases() {
    return withSeveralCases(Kind.AT_LEAST);
  }

  /** This equality, which where persons have several cases becomes {@code left ≤ right}. */
  public Relation atMostWithSeveralCases() {
    return withSeveralCases(Kind.AT_MOST);
  }

  /** This relation, of which nothing holds where persons have several cases. */
  public Relation onlyWithOneCaseEach() {
    return withSeveralCases(null);
  }

  private Relation withSeveralCases(Kind k) {
    return new Relation(left, kind, right, constant, k);
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
