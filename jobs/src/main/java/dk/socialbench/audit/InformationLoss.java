package dk.socialbench.audit;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.RunLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the perturbation costs, per dataset (design point 8): the mean absolute and the largest
 * deviation of published from true counts of persons, for the national ("all") and the municipal
 * rows separately, and how many true counts of 1..threshold-1 were published as 0 and as the
 * threshold. Counts are those of {@code restricted/} matched to {@code published/} by row; a row
 * not published counts as published 0.
 */
public final class InformationLoss {
  /** One dataset's loss. */
  public record Loss(
      String dataset,
      Deviation national,
      Deviation municipal,
      long smallAsZero,
      long smallAsThreshold) {}

  /** Deviations over some cells: their number, mean absolute and largest absolute deviation. */
  public record Deviation(long cells, double meanAbsolute, long max) {}

  private final int threshold;

  public InformationLoss(int threshold) {
    this.threshold = threshold;
  }

  /** The loss of the run's datasets; empty where the run kept no restricted tables. */
  public List<Loss> of(RunLayout layout, String runId) {
    Map<String, Table> restricted =
        Auditor.restrictedTables(name -> layout.restricted(runId, name));
    if (restricted == null) {
      return List.of();
    }
    return of(
        RunTables.read(ResultCatalogue.all(), name -> layout.published(runId, name)), restricted);
  }

  List<Loss> of(Map<String, Table> published, Map<String, Table> restricted) {
    List<Loss> losses = new ArrayList<>();
    for (Table truth : restricted.values()) {
      Table shown = published.get(truth.dataset().name());
      if (shown == null || !truth.dataset().personLevel()) {
        continue;
      }
      losses.add(loss(shown, truth));
    }
    return losses;
  }

  private Loss loss(Table shown, Table truth) {
    long[] national = new long[3]; // cells, sum of |d|, max |d|
    long[] municipal = new long[3];
    long asZero = 0;
    long asThreshold = 0;
    Map<List<Object>, Integer> rows = shown.byKey();
    java.util.Set<Cell> seen = new java.util.HashSet<>();
    Map<Cell, Long> shownTotals = new java.util.HashMap<>();
    for (int p = 0; p < shown.rows().size(); p++) {
      for (Column c : SystemBuilder.counts(shown.dataset())) {
        if (c.role() == Column.Role.TOTAL) {
          shownTotals.put(SystemBuilder.cell(shown, p, c), shown.number(p, c.name()));
        }
      }
    }
    for (int r = 0; r < truth.rows().size(); r++) {
      Integer p = rows.get(truth.key(r));
      for (Column c : SystemBuilder.counts(truth.dataset())) {
        Cell cell = SystemBuilder.cell(truth, r, c);
        Long n = truth.number(r, c.name());
        if (n == null || !seen.add(cell)) {
          continue; // a line total once per line
        }
        // A row left out reads as published 0; its line total as the line's published rows say.
        Long published =
            p != null
                ? shown.number(p, c.name())
                : c.role() == Column.Role.TOTAL ? shownTotals.get(cell) : Long.valueOf(0);
        if (published == null) {
          // A line none of whose rows is published has no total shown; a count of a published row
          // that is null was withheld by the repair (the manifest counts those): neither is shown.
          continue;
        }
        long pub = published;
        long d = Math.abs(pub - n);
        long[] acc = cell.national() ? national : municipal;
        acc[0]++;
        acc[1] += d;
        acc[2] = Math.max(acc[2], d);
        if (n >= 1 && n < threshold) {
          asZero += pub == 0 ? 1 : 0;
          asThreshold += pub == threshold ? 1 : 0;
        }
      }
    }
    return new Loss(
        truth.dataset().name(), deviation(national), deviation(municipal), asZero, asThreshold);
  }

  private static Deviation deviation(long[] acc) {
    return new Deviation(acc[0], acc[0] == 0 ? 0 : (double) acc[1] / acc[0], acc[2]);
  }
}
