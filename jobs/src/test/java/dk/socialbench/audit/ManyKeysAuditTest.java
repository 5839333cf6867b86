package dk.socialbench.audit;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultDataset;
import dk.socialbench.pipeline.SampleRun;
import dk.socialbench.publish.PerturbationTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.Assert;
import org.junit.Test;

/**
 * The bundled sample run audited as if published under many pseudonymisation keys ({@link
 * ShiftedKeys}): whether a run passes must not depend on the key it happened to be published with.
 * Every key must pass the gate after its repair ({@link PublicationRepair}). Prints, per key, how
 * many exposures and publishing errors the first audit found and where (dataset and column only,
 * never a value), and what the repair withheld.
 */
public class ManyKeysAuditTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final int MIN_CELL = 5;
  private static final int SHIFTS = 24;

  @Test
  public void the_harness_with_no_shift_publishes_what_the_pipeline_published() {
    SampleRun run = SampleRun.get(spark());
    ShiftedKeys keys = new ShiftedKeys(MIN_CELL);
    Map<String, Table> published = keys.published(keys.restricted(run.restricted(), 0));
    Map<String, Table> pipeline = run.published();
    Assert.assertEquals(pipeline.keySet(), published.keySet());
    List<String> differ = new ArrayList<>();
    pipeline.forEach(
        (name, t) -> {
          Table mine = published.get(name);
          if (!t.columns().equals(mine.columns()) || !same(t.rows(), mine.rows())) {
            differ.add(name);
          }
        });
    // The gate's repair of the pipeline's run withheld what its manifest names (nothing on the
    // sample under the tests' key since price_by_age is split in all only); the harness publishes
    // without a repair.
    run.manifest()
        .audit()
        .withheldCells()
        .forEach(id -> differ.remove(id.substring(0, id.indexOf(' '))));
    Assert.assertEquals(List.of(), differ);
  }

  @Test
  public void the_sample_run_passes_the_gate_after_repair_under_many_keys() {
    SampleRun run = SampleRun.get(spark());
    ShiftedKeys keys = new ShiftedKeys(MIN_CELL);
    Map<String, Table> restricted = run.restricted();
    Auditor auditor = new Auditor(new PerturbationTable());
    SplittableRandom random = new SplittableRandom(12);
    List<String> perKey = new ArrayList<>();
    int errors = 0;
    List<String> otherExposures = new ArrayList<>();
    List<String> notRepaired = new ArrayList<>();
    int withheld = 0;
    long start = System.nanoTime();
    for (int i = 0; i < SHIFTS; i++) {
      long shift = i == 0 ? 0 : random.nextLong(PerturbationTable.KEYS);
      Map<String, Table> shifted = keys.restricted(restricted, shift);
      Map<String, Table> published = keys.published(shifted);
      AuditResult result = auditor.audit(published, shifted);
      errors += result.publishingErrors().size();
      PublicationRepair.Outcome repaired =
          new PublicationRepair(auditor).repair(published, shifted);
      if (!repaired.result().passed()) {
        notRepaired.add("shift " + i + ": " + repaired.result().findings());
      }
      withheld += repaired.withheld().size();
      Set<String> edges = linesPinnedAtTheirEdge(published);
      for (Finding f : result.exposures()) {
        if (isMean(f)) {
          continue; // the mean attack's: repaired like the rest (notRepaired below)
        }
        if (edges.stream().noneMatch(line -> (f.dataset() + " [" + f.row()).startsWith(line))) {
          otherExposures.add("shift " + i + ": " + f);
        }
      }
      perKey.add(
          "shift "
              + i
              + ": "
              + result.exposures().size()
              + " exposures "
              + patterns(result.exposures())
              + ", "
              + result.publishingErrors().size()
              + " publishing errors "
              + patterns(result.publishingErrors())
              + "; repaired: "
              + repaired.summary());
    }
    perKey.add(
        String.format(
            java.util.Locale.ROOT,
            "%d keys re-published, audited and repaired in %.1f s; %d counts withheld in all",
            SHIFTS,
            (System.nanoTime() - start) / 1e9,
            withheld));
    System.out.println(String.join("\n", perKey));
    Assert.assertEquals(String.join("\n", perKey), 0, errors);
    Assert.assertEquals(List.of(), otherExposures);
    Assert.assertEquals("keys the gate would refuse after repair", List.of(), notRepaired);
  }

  private static boolean isMean(Finding f) {
    return MeanMeasure.ALL.stream()
        .anyMatch(m -> m.datasets().contains(f.dataset()) && m.column().equals(f.column()));
  }

  /**
   * The lines whose published cells' lowest preimages add up to the highest preimage of the line's
   * published total (or whose highest add up to its lowest): the attacker pins every cell of such a
   * line by the line's sum alone, without any row telling of persons by existing. Example: cells 6
   * (5..8), 9 (7..11), 5 (1..7) and a total 11 (9..13): 5 + 7 + 1 = 13, so each is its lowest.
   * Absent cells (published 0: 0..5) add 0 to the lowest and 5 to the highest.
   */
  private static Set<String> linesPinnedAtTheirEdge(Map<String, Table> published) {
    Preimages preimages = new Preimages(new PerturbationTable());
    Set<String> edges = new java.util.HashSet<>();
    for (Table t : published.values()) {
      ResultDataset d = t.dataset();
      Column total =
          d.columns().stream().filter(c -> c.role() == Column.Role.TOTAL).findFirst().orElse(null);
      if (total == null
          || dk.socialbench.contract.LinkedTables.cumulativeStage(d.name()).isPresent()) {
        continue;
      }
      String count = d.countGroups().get(0).count();
      Map<Cell, long[]> lines = new java.util.HashMap<>(); // low sum, high sum, total's low, high
      Set<List<Object>> categories = new java.util.HashSet<>();
      for (int r = 0; r < t.rows().size(); r++) {
        List<Object> key = t.key(r);
        categories.add(key.subList(key.size() - 1, key.size()));
        Cell line = SystemBuilder.cell(t, r, total);
        long p = t.number(r, count);
        long[] sums = lines.computeIfAbsent(line, l -> new long[4]);
        sums[0] += preimages.lowest(p);
        sums[1] += preimages.highest(p) - preimages.highest(0); // absent ones added below
        sums[2] = preimages.lowest(t.number(r, total.name()));
        sums[3] = preimages.highest(t.number(r, total.name()));
      }
      lines.forEach(
          (line, sums) -> {
            long highs = sums[1] + categories.size() * preimages.highest(0);
            if (sums[0] == sums[3] || highs == sums[2]) {
              edges.add(d.name() + " [" + line.row());
            }
          });
    }
    return edges;
  }

  /** Findings by dataset and column: where they are, never a value. */
  private static Map<String, Integer> patterns(List<Finding> findings) {
    Map<String, Integer> m = new TreeMap<>();
    findings.forEach(f -> m.merge(f.dataset() + "." + f.column(), 1, Integer::sum));
    return m;
  }

  private static boolean same(List<Object[]> a, List<Object[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!java.util.Arrays.equals(normal(a.get(i)), normal(b.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private static Object[] normal(Object[] row) {
    Object[] out = new Object[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = row[i] instanceof Number n && !(row[i] instanceof Double) ? n.longValue() : row[i];
    }
    return out;
  }
}
