package dk.socialbench.server.comparison;

/**
 * Whether a municipality's figure differs from a reference (its comparison group, the country, or 1
 * for a case-mix ratio) by more than the uncertainty of both: the 95% interval of the difference,
 * from the two intervals by Newcombe's method (MOVER), lies wholly above or below 0.
 *
 * <p>For a figure a with interval [l1, u1] and a reference b with [l2, u2], the difference a − b
 * has the lower bound (a − b) − √((a − l1)² + (u2 − b)²) and the upper bound (a − b) + √((u1 − a)²
 * + (b − l2)²). For a share with Wilson intervals this is Newcombe's interval of a difference of
 * proportions; for means it is the usual √(se1² + se2²). The country includes the municipality, so
 * the two are not independent: against the country the test is conservative.
 */
public enum Difference {
  HIGHER("Højere"),
  LOWER("Lavere"),
  NO_CLEAR_DIFFERENCE("Ingen sikker forskel"),
  UNKNOWN("");

  private final String danish;

  Difference(String danish) {
    this.danish = danish;
  }

  /** In Danish, for a table cell: "Højere", "Lavere", "Ingen sikker forskel", or empty. */
  public String danish() {
    return danish;
  }

  /** How {@code figure} stands against {@code reference}. */
  public static Difference between(Estimate figure, Estimate reference) {
    if (!figure.hasValue() || !figure.hasInterval()) {
      return UNKNOWN;
    }
    if (!reference.hasValue() || !reference.hasInterval()) {
      return UNKNOWN;
    }
    double a = figure.value();
    double b = reference.value();
    double lower = (a - b) - Math.hypot(a - figure.low(), reference.high() - b);
    double upper = (a - b) + Math.hypot(figure.high() - a, b - reference.low());
    if (lower > 0) {
      return HIGHER;
    }
    return upper < 0 ? LOWER : NO_CLEAR_DIFFERENCE;
  }

  /** How {@code figure} stands against a value known exactly, such as 1 for "as expected". */
  public static Difference against(Estimate figure, double exact) {
    return between(figure, new Estimate(exact, exact, exact, null, false));
  }
}
