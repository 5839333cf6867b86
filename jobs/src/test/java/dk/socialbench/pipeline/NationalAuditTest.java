package dk.socialbench.pipeline;

import dk.socialbench.SparkTest;
import dk.socialbench.audit.AuditResult;
import dk.socialbench.audit.Auditor;
import dk.socialbench.audit.Finding;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.ingest.PseudonymKey;
import dk.socialbench.publish.PerturbationTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.Assert;
import org.junit.Assume;
import org.junit.Test;

/**
 * The linear attack finds nothing on the tests' generated national input (98 municipalities, 6,000
 * registrations, as {@link RunResultsUnchangedTest}) under several pseudonymisation keys: whether a
 * count is exposed depends on its noise, and so on the key. A measurement rather than a unit test
 * (one pipeline run per key), so it runs only when keys are given; {@link RunResultsUnchangedTest}
 * checks the tests' key on every build:
 *
 * <pre>
 * mvn -B -o -pl jobs -am test -Dtest=NationalAuditTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Daudit.keys=test-key-0123456789,another-key-0123456789
 * </pre>
 *
 * It prints the findings per key by dataset and reason (counts only; a finding holds no value).
 */
public class NationalAuditTest extends SparkTest {
  private static final long serialVersionUID = 1L;

  @Test
  public void runs_already_made_have_no_exposure() {
    String works = System.getProperty("audit.works", "");
    Assume.assumeFalse("no -Daudit.works given", works.isBlank());
    List<String> exposed = new ArrayList<>();
    for (String work : works.split(",")) {
      RunLayout layout = new RunLayout(Path.of(work.trim()));
      String runId = latest(layout);
      int found = print(work, new Auditor(new PerturbationTable()).audit(layout, runId));
      if (found > 0) {
        exposed.add(work + ": " + found);
      }
    }
    Assert.assertEquals("findings per run", List.of(), exposed);
  }

  @Test
  public void the_national_run_has_no_exposure_under_any_key() throws IOException {
    String keys = System.getProperty("audit.keys", "");
    Assume.assumeFalse("no -Daudit.keys given", keys.isBlank());
    Path dir = Files.createTempDirectory("socialbench-national-audit");
    Path input = PipelineRun.nationalInput(dir.resolve("input"));
    List<String> exposed = new ArrayList<>();
    String[] each = keys.split(",");
    for (int i = 0; i < each.length; i++) {
      PseudonymKey key =
          PseudonymKey.load(null, Map.of(PseudonymKey.ENVIRONMENT_VARIABLE, each[i].trim()));
      Path work = dir.resolve("work-" + i);
      RunManifest manifest;
      try {
        manifest = new PipelineRun(key).run(spark(), input, work);
      } catch (dk.socialbench.audit.PublicationGate.Refused e) {
        // The gate refuses a run it finds exposures in; the refusal carries the audit's summary.
        System.out.println("key " + (i + 1) + ": refused, " + e.audit().findings() + " findings");
        e.audit().named().forEach(f -> System.out.println("    " + f));
        exposed.add("key " + (i + 1) + ": " + e.audit().findings());
        continue;
      }
      AuditResult result =
          new Auditor(new PerturbationTable()).audit(new RunLayout(work), manifest.runId());
      if (print("key " + (i + 1), result) > 0) {
        exposed.add("key " + (i + 1) + ": " + result.findings().size());
      }
    }
    Assert.assertEquals("findings per key", List.of(), exposed);
  }

  /** Prints the audit's findings by dataset, column and reason, then each; how many. */
  private static int print(String what, AuditResult result) {
    Map<String, Integer> patterns = new TreeMap<>();
    for (Finding f : result.findings()) {
      patterns.merge(f.dataset() + " " + f.column() + ": " + f.reason(), 1, Integer::sum);
    }
    System.out.printf(
        "%s: %d counts, %d constraints, %d finding(s), relations not exact: %s%n",
        what,
        result.countsExamined(),
        result.constraints(),
        result.findings().size(),
        result.relationsNotExact());
    patterns.forEach((p, n) -> System.out.println("  " + n + " x " + p));
    result.findings().forEach(f -> System.out.println("    " + f));
    return result.findings().size();
  }

  private static String latest(RunLayout layout) {
    try {
      return Files.readString(layout.latest()).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
