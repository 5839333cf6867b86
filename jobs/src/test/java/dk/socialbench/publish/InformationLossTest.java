package dk.socialbench.publish;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.pipeline.SampleRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.Test;

/**
 * The information the cell-key method costs on the bundled sample run, per dataset, for the "all"
 * rows and the municipal rows: mean absolute and largest deviation of the published counts from the
 * true ones, and how many counts of 1–4 became 0 or 5. Prints the table docs/privacy.md quotes, and
 * checks that no count moved further than the perturbation table allows.
 */
public class InformationLossTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  /** Deviations of one dataset and scope: counts, Σ|d|, max |d|, small counts to 0, to 5. */
  private static final class Loss {
    long counts;
    long absolute;
    long max;
    long smallToZero;
    long smallToFive;
    long rows;
    long rowsLeftOut;
  }

  @Test
  public void the_published_counts_deviate_from_the_true_ones_within_the_table() {
    RunLayout layout;
    String id;
    String work = System.getProperty("loss.work");
    if (work == null) {
      SampleRun run = SampleRun.get(spark());
      layout = new RunLayout(run.work());
      id = run.manifest().runId();
    } else {
      // Another run, e.g. a generated national one: the newest run of that work directory.
      layout = new RunLayout(Path.of(work));
      id = readLatest(layout);
    }
    List<String> outside = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    lines.add(
        "| dataset | scope | counts | mean abs. dev. | max dev. | 1–4 → 0 | 1–4 → 5 | rows left"
            + " out |");
    lines.add("|---|---|---|---|---|---|---|---|");
    for (ResultDataset d : ResultCatalogue.all()) {
      List<Column> counts =
          d.columns().stream().filter(c -> d.keyOf(c.name()).isPresent()).toList();
      if (counts.isEmpty()) {
        continue;
      }
      Map<List<Object>, Row> published = byCell(d, layout.published(id, d.name()).toString());
      Map<List<Object>, Long> totals = lineTotals(published, counts);
      Map<String, Loss> byScope = new HashMap<>();
      for (Map.Entry<List<Object>, Row> e :
          byCell(d, layout.restricted(id, d.name()).toString()).entrySet()) {
        boolean national = Municipalities.ALL.equals(e.getKey().get(0));
        Loss loss = byScope.computeIfAbsent(national ? "all" : "municipal", s -> new Loss());
        Row row = published.get(e.getKey());
        loss.rows++;
        loss.rowsLeftOut += row == null ? 1 : 0;
        for (Column c : counts) {
          Long truth = e.getValue().getAs(c.name());
          // A row left out reads as published 0; its line total is the line's published rows'.
          Long shown =
              row != null
                  ? row.getAs(c.name())
                  : c.role() == Column.Role.TOTAL ? totals.get(line(e.getKey())) : Long.valueOf(0);
          if (truth == null || shown == null) {
            continue; // a line none of whose rows is published has no total shown
          }
          long deviation = Math.abs(shown - truth);
          loss.counts++;
          loss.absolute += deviation;
          loss.max = Math.max(loss.max, deviation);
          boolean small = truth >= 1 && truth <= 4;
          loss.smallToZero += small && shown == 0 ? 1 : 0;
          loss.smallToFive += small && shown == 5 ? 1 : 0;
          boolean allowed =
              small ? shown == 0 || shown == 5 : truth == 5 ? shown <= 7 : deviation <= 2;
          if (!allowed) {
            outside.add(d.name() + "." + c.name() + " " + truth + " -> " + shown);
          }
        }
      }
      for (String scope : List.of("all", "municipal")) {
        Loss l = byScope.get(scope);
        if (l != null && l.counts > 0) {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %d | %.2f | %d | %d | %d | %d of %d |",
                  d.name(),
                  scope,
                  l.counts,
                  (double) l.absolute / l.counts,
                  l.max,
                  l.smallToZero,
                  l.smallToFive,
                  l.rowsLeftOut,
                  l.rows));
        }
      }
    }
    System.out.println(String.join("\n", lines));
    Assert.assertEquals(List.of(), outside);
  }

  private static List<Object> line(List<Object> cell) {
    return cell.subList(0, cell.size() - 1);
  }

  /** Each line's published total, from any of its published rows. */
  private static Map<List<Object>, Long> lineTotals(
      Map<List<Object>, Row> published, List<Column> counts) {
    Map<List<Object>, Long> totals = new HashMap<>();
    for (Column c : counts) {
      if (c.role() == Column.Role.TOTAL) {
        published.forEach((k, r) -> totals.put(line(k), r.getAs(c.name())));
      }
    }
    return totals;
  }

  private static String readLatest(RunLayout layout) {
    try {
      return Files.readString(layout.latest()).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<List<Object>, Row> byCell(ResultDataset d, String dir) {
    Map<List<Object>, Row> out = new HashMap<>();
    for (Row r : spark().read().parquet(dir).collectAsList()) {
      List<Object> cell = new ArrayList<>();
      d.dimensions().forEach(c -> cell.add(r.getAs(c.name())));
      out.put(cell, r);
    }
    return out;
  }
}
