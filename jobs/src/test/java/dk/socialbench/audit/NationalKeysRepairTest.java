package dk.socialbench.audit;

import dk.socialbench.SparkTest;
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
 * The proof issue 12 asks for: the tests' national input (98 municipalities, 6,000 registrations,
 * as {@code RunResultsUnchangedTest} makes it) passes the publication gate after repair under many
 * pseudonymisation keys. One pipeline run, the one {@link SampleRun#national} shares with {@code
 * RunResultsUnchangedTest}; the other keys are simulated by {@link ShiftedKeys} on its restricted
 * tables, re-published and repaired in memory as the gate repairs a staged run. Prints per key the
 * first audit's exposures and what the repair withheld (datasets and counts, never a value).
 */
public class NationalKeysRepairTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final int MIN_CELL = 5;
  private static final int KEYS = Integer.getInteger("repair.keys", 10);

  @Test
  public void the_national_input_passes_the_gate_after_repair_under_ten_keys() {
    Map<String, Table> restricted = SampleRun.national(spark()).restricted();
    ShiftedKeys keys = new ShiftedKeys(MIN_CELL);
    Auditor auditor = new Auditor(new PerturbationTable());
    SplittableRandom random = new SplittableRandom(2026);
    List<String> perKey = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    int exposed = 0;
    Map<String, Integer> withheld = new TreeMap<>();
    int inAll = 0;
    long start = System.nanoTime();
    for (int i = 0; i < KEYS; i++) {
      long shift = i == 0 ? 0 : random.nextLong(PerturbationTable.KEYS);
      Map<String, Table> shifted = keys.restricted(restricted, shift);
      PublicationRepair.Outcome repaired =
          new PublicationRepair(auditor).repair(keys.published(shifted), shifted);
      if (!repaired.result().passed()) {
        refused.add("shift " + i + ": " + repaired.result().findings());
      }
      exposed += repaired.rounds() > 1 ? 1 : 0;
      repaired.perDataset().forEach((d, n) -> withheld.merge(d, n, Integer::sum));
      inAll += repaired.inAll();
      perKey.add("shift " + i + ": " + repaired.summary());
    }
    perKey.add(
        String.format(
            java.util.Locale.ROOT,
            "%d keys re-published, audited and repaired in %.1f s; %d needed repair; withheld %s"
                + " (%d in all rows)",
            KEYS,
            (System.nanoTime() - start) / 1e9,
            exposed,
            withheld,
            inAll));
    System.out.println(String.join("\n", perKey));
    Assert.assertEquals("keys the gate would refuse after repair", List.of(), refused);
  }
}
