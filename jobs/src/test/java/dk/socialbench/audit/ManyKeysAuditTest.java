package dk.socialbench.audit;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.pipeline.SampleRun;
import dk.socialbench.publish.PerturbationTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.Assert;
import org.junit.Test;

/**
 * The bundled sample run audited as if published under many pseudonymisation keys ({@link
 * ShiftedKeys}): whether a run passes must not depend on the key it happened to be published with.
 * Prints, per key, how many exposures and publishing errors the audit found and where (dataset and
 * column only, never a value).
 */
public class ManyKeysAuditTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final int MIN_CELL = 5;
  private static final int SHIFTS = 24;

  @Test
  public void the_harness_with_no_shift_publishes_what_the_pipeline_published() {
    SampleRun run = SampleRun.get(spark());
    ShiftedKeys keys = new ShiftedKeys(MIN_CELL);
    Map<String, Table> published = keys.published(keys.restricted(restricted(run), 0));
    Map<String, Table> pipeline = tables(run, false);
    Assert.assertEquals(pipeline.keySet(), published.keySet());
    List<String> differ = new ArrayList<>();
    pipeline.forEach(
        (name, t) -> {
          Table mine = published.get(name);
          if (!t.columns().equals(mine.columns()) || !same(t.rows(), mine.rows())) {
            differ.add(name);
          }
        });
    Assert.assertEquals(List.of(), differ);
  }

  @Test
  public void the_sample_run_audits_the_same_under_many_keys() {
    SampleRun run = SampleRun.get(spark());
    ShiftedKeys keys = new ShiftedKeys(MIN_CELL);
    Map<String, Table> restricted = restricted(run);
    Auditor auditor = new Auditor(new PerturbationTable());
    SplittableRandom random = new SplittableRandom(12);
    List<String> perKey = new ArrayList<>();
    int errors = 0;
    for (int i = 0; i < SHIFTS; i++) {
      long shift = i == 0 ? 0 : random.nextLong(PerturbationTable.KEYS);
      Map<String, Table> shifted = keys.restricted(restricted, shift);
      AuditResult result = auditor.audit(keys.published(shifted), shifted);
      errors += result.publishingErrors().size();
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
              + patterns(result.publishingErrors()));
    }
    System.out.println(String.join("\n", perKey));
    Assert.assertEquals(String.join("\n", perKey), 0, errors);
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

  private static Map<String, Table> restricted(SampleRun run) {
    return tables(run, true);
  }

  private static Map<String, Table> tables(SampleRun run, boolean restricted) {
    RunLayout layout = new RunLayout(run.work());
    String id = run.manifest().runId();
    return RunTables.read(
        ResultCatalogue.all(),
        name -> restricted ? layout.restricted(id, name) : layout.published(id, name));
  }
}
