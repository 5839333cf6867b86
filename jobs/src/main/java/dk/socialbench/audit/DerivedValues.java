package dk.socialbench.audit;

import dk.socialbench.contract.CountGroup;
import dk.socialbench.contract.ResultColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Design point 6(b) for what is computed from the counts, on the published table alone: a share and
 * its 95% Wilson interval are those of the published (perturbed) counts, and a mean or other
 * statistic of a cell's persons is null where its published count is under the documented minimum
 * (a median or an earliest date, one person's value, under a higher one).
 *
 * <p>Where the noise makes a numerator larger than its denominator (6 of 5), no share is defined
 * and whatever is published there is not checked. Shares are compared to 0.001 (one unit of their
 * published precision): a share computed from the true count differs by more wherever the noise
 * changes the count of a small line.
 */
final class DerivedValues {
  static final double Z = 1.959963984540054;
  private static final double TOLERANCE = 0.001 + 1e-9;

  /** Statistics that are one person's value. */
  static final Set<String> ONE_PERSONS_VALUES =
      Set.of(
          ResultColumns.MEDIAN,
          ResultColumns.FIRST_REGISTRATION_DATE,
          ResultColumns.LAST_REGISTRATION_DATE);

  private final int minPersons;
  private final int minPersonsForOnePersonsValue;

  DerivedValues(int minPersons, int minPersonsForOnePersonsValue) {
    this.minPersons = minPersons;
    this.minPersonsForOnePersonsValue = minPersonsForOnePersonsValue;
  }

  List<Finding> check(Table t) {
    List<Finding> findings = new ArrayList<>();
    boolean hasTotal = t.has(ResultColumns.TOTAL);
    for (CountGroup g : t.dataset().countGroups()) {
      String numerator = g.numerator();
      String denominator = g.count();
      if (numerator == null && hasTotal && g.values().contains(ResultColumns.SHARE)) {
        numerator = g.count();
        denominator = ResultColumns.TOTAL;
      }
      for (int r = 0; r < t.rows().size(); r++) {
        Long n = t.number(r, g.count());
        Long x = numerator == null ? null : t.number(r, numerator);
        Long d = t.number(r, denominator);
        if (x != null && g.values().size() >= 3) {
          shares(t, r, g.values(), x, d, findings);
        } else {
          means(t, r, g, n == null ? 0 : n, findings);
        }
      }
    }
    return findings;
  }

  private void shares(Table t, int r, List<String> v, long x, Long n, List<Finding> findings) {
    if (n != null && (x > n || x < 0)) {
      return; // the noise put the part above its whole: no share is documented, none is checked
    }
    double[] expected =
        n == null || n == 0
            ? null
            : new double[] {round((double) x / n), round(wilson(x, n, -1)), round(wilson(x, n, 1))};
    for (int i = 0; i < 3; i++) {
      Object shown = t.value(r, v.get(i));
      if (shown == null) {
        continue; // withholding a share discloses nothing
      }
      if (expected == null || Math.abs(((Number) shown).doubleValue() - expected[i]) > TOLERANCE) {
        findings.add(
            Finding.of(
                cell(t, r, v.get(i)),
                "not computed from the published counts (a share or interval of true counts)"));
      }
    }
  }

  private void means(Table t, int r, CountGroup g, long n, List<Finding> findings) {
    for (String v : g.values()) {
      int min = ONE_PERSONS_VALUES.contains(v) ? minPersonsForOnePersonsValue : minPersons;
      if (n < min && t.value(r, v) != null) {
        findings.add(
            Finding.of(cell(t, r, v), "published although its count is under " + min + " persons"));
      }
    }
  }

  private static Cell cell(Table t, int r, String column) {
    return new Cell(t.dataset(), column, t.key(r));
  }

  /** A bound of the 95% Wilson interval of {@code x} of {@code n}, {@code sign} -1 or 1. */
  static double wilson(long x, long n, int sign) {
    double p = (double) x / n;
    double z2n = Z * Z / n;
    double centre = p + z2n / 2;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
    return (centre + sign * half) / (1 + z2n);
  }

  private static double round(double v) {
    return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).doubleValue();
  }
}
