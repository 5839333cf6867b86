package dk.socialbench.server.comparison;

/**
 * A figure for one municipality, a comparison group or the country, with its 95% interval and the
 * persons behind it, as published or pooled from published figures.
 *
 * @param value the figure; null when it is not published (too few persons) or not defined
 * @param low the interval's lower bound, or null
 * @param high the interval's upper bound, or null
 * @param n the persons (cases) behind the figure, or null when that is withheld
 * @param suppressed whether the figure was withheld because it describes too few persons
 */
public record Estimate(Double value, Double low, Double high, Long n, boolean suppressed) {
  /** A figure withheld from publication. */
  public static Estimate withheld() {
    return new Estimate(null, null, null, null, true);
  }

  /** No figure: nobody to describe. */
  public static Estimate none() {
    return new Estimate(null, null, null, 0L, false);
  }

  public boolean hasValue() {
    return value != null;
  }

  public boolean hasInterval() {
    return low != null && high != null;
  }
}
