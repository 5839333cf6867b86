package dk.socialbench.audit;

import dk.socialbench.contract.Column;
import dk.socialbench.publish.CellPerturbation;
import dk.socialbench.publish.PerturbationTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Design point 6(a) and the counts of 6(b): no published count of persons lies between 0 and the
 * threshold, no cell key is published, and, given the restricted tables, every published count is
 * exactly what the perturbation table makes of its true count and cell key ({@code c} and {@code
 * c_key} in {@code restricted/}). A row not published is fine only where its population count (or
 * every count in it) would have been published as 0; a row of a dataset that leaves such rows out
 * ({@link CellPerturbation#leavesOutRowsPublishedAsZero}) must not be published with a 0 there, or
 * its existence tells of persons.
 */
final class PublishedCounts {
  static final String ALL_ROWS = "every row";

  private final PerturbationTable table;
  private final int threshold;

  PublishedCounts(PerturbationTable table, int threshold) {
    this.table = table;
    this.threshold = threshold;
  }

  /**
   * (a): counts in 1..threshold-1 (or negative), published cell keys, and rows published with a
   * population count of 0 where the dataset leaves those out.
   */
  List<Finding> belowThreshold(Table published) {
    List<Finding> findings = new ArrayList<>();
    if (CellPerturbation.leavesOutRowsPublishedAsZero(published.dataset())) {
      String population = published.dataset().countGroups().get(0).count();
      for (int r = 0; r < published.rows().size(); r++) {
        if (Long.valueOf(0).equals(published.number(r, population))) {
          findings.add(
              Finding.of(
                  SystemBuilder.cell(
                      published, r, published.dataset().column(population).orElseThrow()),
                  "a row is published with a population count of 0: its existence tells of"
                      + " persons"));
        }
      }
    }
    for (String c : published.columns()) {
      if (c.endsWith(Table.KEY_SUFFIX)) {
        findings.add(
            new Finding(published.dataset().name(), ALL_ROWS, c, "a cell key is published"));
      }
    }
    for (int r = 0; r < published.rows().size(); r++) {
      for (Column c : SystemBuilder.counts(published.dataset())) {
        Long p = published.number(r, c.name());
        if (p != null && p < threshold && p != 0) {
          findings.add(
              Finding.of(
                  SystemBuilder.cell(published, r, c), "published count below the threshold"));
        }
      }
    }
    return findings;
  }

  /**
   * (b): every published count is the table's value for its truth and key, or null where {@code
   * withheld} (the run's manifest) names it as withheld by the repair ({@link Cell#id}).
   */
  List<Finding> perturbed(Table published, Table restricted, Set<String> withheld) {
    List<Finding> findings = new ArrayList<>();
    List<Column> counts = SystemBuilder.counts(restricted.dataset());
    List<Column> keyed = new ArrayList<>();
    for (Column c : counts) {
      if (restricted.has(c.name() + Table.KEY_SUFFIX)) {
        keyed.add(c);
      } else {
        findings.add(
            new Finding(
                restricted.dataset().name(),
                ALL_ROWS,
                c.name(),
                "restricted has no cell key " + c.name() + Table.KEY_SUFFIX + " for this count"));
      }
    }
    Map<List<Object>, Integer> publishedRows = published.byKey();
    String population =
        CellPerturbation.leavesOutRowsPublishedAsZero(restricted.dataset())
            ? restricted.dataset().countGroups().get(0).count()
            : null;
    for (int r = 0; r < restricted.rows().size(); r++) {
      Integer p = publishedRows.remove(restricted.key(r));
      if (p == null
          && population != null
          && Long.valueOf(0).equals(expected(restricted, r, column(restricted, population)))) {
        continue; // left out as the method says: its population count publishes as 0
      }
      for (Column c : keyed) {
        Long expected = expected(restricted, r, c);
        Long shown = p == null ? null : published.number(p, c.name());
        boolean fine =
            p == null
                ? expected == null || expected == 0
                : java.util.Objects.equals(expected, shown)
                    || (shown == null
                        && withheld.contains(SystemBuilder.cell(restricted, r, c).id()));
        if (!fine) {
          findings.add(
              Finding.of(
                  SystemBuilder.cell(restricted, r, c),
                  p == null
                      ? "row not published although its count would be"
                      : "published count is not the perturbation of its true count"));
        }
      }
    }
    for (int p : publishedRows.values()) {
      findings.add(
          new Finding(
              published.dataset().name(),
              new Cell(published.dataset(), "", published.key(p)).row(),
              ALL_ROWS,
              "published row that restricted does not have"));
    }
    return findings;
  }

  private static Column column(Table t, String name) {
    return t.dataset().column(name).orElseThrow();
  }

  private Long expected(Table restricted, int r, Column c) {
    Long truth = restricted.number(r, c.name());
    Long key = restricted.number(r, c.name() + Table.KEY_SUFFIX);
    if (truth == null) {
      return null;
    }
    if (key == null || key < 0 || key >= PerturbationTable.KEYS) {
      return -1L; // no valid key: nothing published can be right
    }
    return table.published(truth, key);
  }
}
