package dk.socialbench.audit;

import static dk.socialbench.audit.HandTables.byName;
import static dk.socialbench.audit.HandTables.key;
import static dk.socialbench.audit.HandTables.row;
import static dk.socialbench.audit.HandTables.table;

import java.util.List;
import java.util.Map;

/**
 * Price figures written out by hand whose hidden mean comes back by differencing, with the keys
 * that publish each count as its truth (n ≥ 7 with u = 0.5: noise 0) and a group of 2 or 3 as 0 (u
 * = 0.9 ≥ n/5), so that its row is left out and its mean is not published. Means in whole kroner
 * (§107).
 */
final class MeanRuns {
  private MeanRuns() {}

  private static final List<String> BY_VUM =
      List.of("municipality_code", "service", "vum_score", "cases", "mean");
  private static final List<String> BY_VUM_RESTRICTED =
      List.of("municipality_code", "service", "vum_score", "cases", "cases_key", "mean");
  private static final List<String> BY_MUNICIPALITY =
      List.of("municipality_code", "service", "cases", "mean");
  private static final List<String> BY_MUNICIPALITY_RESTRICTED =
      List.of("municipality_code", "service", "cases", "cases_key", "mean");

  /**
   * A line of {@code price_by_vum} in 101 for §107 against its total in {@code
   * price_by_municipality}: 20 persons at 1500 kr; VUM 1: 10 at 1400; VUM 2: 8 at 1450; VUM 4: 2
   * persons, published as 0, whose sum is 20·1500 − 10·1400 − 8·1450 = 4400: mean 2200.
   */
  static Map<String, Table> lineRestricted() {
    return byName(
        table(
            "price_by_vum",
            BY_VUM_RESTRICTED,
            row("101", "SEL107", 1.0, 10L, key(0.5), 1400.0),
            row("101", "SEL107", 2.0, 8L, key(0.5), 1450.0),
            row("101", "SEL107", 4.0, 2L, key(0.9), 2200.0)),
        table(
            "price_by_municipality",
            BY_MUNICIPALITY_RESTRICTED,
            row("101", "SEL107", 20L, key(0.5), 1500.0)));
  }

  static Map<String, Table> linePublished() {
    return byName(
        table(
            "price_by_vum",
            BY_VUM,
            row("101", "SEL107", 1.0, 10L, 1400.0),
            row("101", "SEL107", 2.0, 8L, 1450.0)),
        table("price_by_municipality", BY_MUNICIPALITY, row("101", "SEL107", 20L, 1500.0)));
  }

  /**
   * {@code price_by_municipality} for §107: 147 has 12 persons at 1300 kr, 101 has 3, published as
   * 0, and {@code all} 15 at 1400: 101's sum is 15·1400 − 12·1300 = 5400, mean 1800.
   */
  static Map<String, Table> municipalitiesRestricted() {
    return byName(
        table(
            "price_by_municipality",
            BY_MUNICIPALITY_RESTRICTED,
            row("101", "SEL107", 3L, key(0.9), 1800.0),
            row("147", "SEL107", 12L, key(0.5), 1300.0),
            row("all", "SEL107", 15L, key(0.5), 1400.0)));
  }

  static Map<String, Table> municipalitiesPublished() {
    return byName(
        table(
            "price_by_municipality",
            BY_MUNICIPALITY,
            row("147", "SEL107", 12L, 1300.0),
            row("all", "SEL107", 15L, 1400.0)));
  }

  private static final List<String> BY_FUNDING =
      List.of("municipality_code", "funding_basis", "cases", "mean");
  private static final List<String> BY_FUNDING_RESTRICTED =
      List.of("municipality_code", "funding_basis", "cases", "cases_key", "mean");

  /**
   * {@code vum_by_funding_basis} for flex jobs: 153 has 10 persons at VUM mean {@code score}, 101
   * has 2 and 147 has 3 at the same mean, both published as 0, and {@code all} 15 at {@code score}:
   * a sum with two hidden means, 2·m_101 + 3·m_147 = 15·score − 10·score.
   */
  static Map<String, Table> twoHiddenRestricted(double score) {
    return byName(
        table(
            "vum_by_funding_basis",
            BY_FUNDING_RESTRICTED,
            row("101", "flex_job", 2L, key(0.9), score),
            row("147", "flex_job", 3L, key(0.9), score),
            row("153", "flex_job", 10L, key(0.5), score),
            row("all", "flex_job", 15L, key(0.5), score)));
  }

  static Map<String, Table> twoHiddenPublished(double score) {
    return byName(
        table(
            "vum_by_funding_basis",
            BY_FUNDING,
            row("153", "flex_job", 10L, score),
            row("all", "flex_job", 15L, score)));
  }

  /**
   * {@code vum_by_funding_basis} for flex jobs over 45 municipalities: 43 (codes 201–243) with 10
   * persons each at VUM 4.00, 101 with 2 and 147 with 3 at 4.0, both published as 0, and {@code
   * all} 435 at 4.00: a sum of 46 cells with two hidden means, more than a programme is solved for.
   */
  static Map<String, Table> manyRestricted() {
    List<Object[]> rows = new java.util.ArrayList<>();
    rows.add(row("101", "flex_job", 2L, key(0.9), 4.0));
    rows.add(row("147", "flex_job", 3L, key(0.9), 4.0));
    for (int m = 201; m <= 243; m++) {
      rows.add(row(String.valueOf(m), "flex_job", 10L, key(0.5), 4.0));
    }
    rows.add(row("all", "flex_job", 435L, key(0.5), 4.0));
    return byName(
        table("vum_by_funding_basis", BY_FUNDING_RESTRICTED, rows.toArray(Object[][]::new)));
  }

  static Map<String, Table> manyPublished() {
    List<Object[]> rows = new java.util.ArrayList<>();
    for (int m = 201; m <= 243; m++) {
      rows.add(row(String.valueOf(m), "flex_job", 10L, 4.0));
    }
    rows.add(row("all", "flex_job", 435L, 4.0));
    return byName(table("vum_by_funding_basis", BY_FUNDING, rows.toArray(Object[][]::new)));
  }
}
