package dk.socialbench.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.not;

import dk.socialbench.SparkTest;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.Assert;
import org.junit.Test;

/**
 * What a run writes is the same before and after a change of how the pipeline is executed (issue
 * 13): every restricted result dataset, the curated registrations and the quarantine, on the
 * bundled samples and on a generated national delivery, compared with digests recorded from the
 * code before (main at 0faf04b). Each table is written as sorted {@link GoldenText} and hashed; a
 * dataset added later and not in the file is not checked, one in the file that is missing fails.
 *
 * <p>Both runs use the tests' session (2 shuffle partitions, adaptive execution). Means are summed
 * exactly ({@code ExactMean}), so an exact tie at the rounding (14 intervals summing to 158.9
 * months: 11.35) rounds half up whatever the partitioning; the national digests of
 * follow_up_interval and development_by_year were re-taken when that changed (their tie cells had
 * rounded by the order of a floating-point sum).
 *
 * <p>After an intended change of results, regenerate with {@code mvn -pl jobs test
 * -Dtest=RunResultsUnchangedTest -Dgolden.update=true} and say why in the commit.
 */
public class RunResultsUnchangedTest extends SparkTest {
  private static final long serialVersionUID = 1L;
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  @Test
  public void the_samples_give_the_same_results_curated_data_and_quarantine() throws IOException {
    SampleRun run = SampleRun.get(spark());
    check(run.work(), run.manifest().runId(), GOLDEN.resolve("run-samples.sha256"));
  }

  @Test
  public void a_generated_national_delivery_gives_the_same_results() throws IOException {
    SampleRun run = SampleRun.national(spark());
    RunManifest manifest = run.manifest();
    check(run.work(), manifest.runId(), GOLDEN.resolve("run-national-6000.sha256"));
    // The publishing gate's audit (issue 12): with registrations perturbed, no count is exposed
    // (83 were while they were published exact). Other keys: NationalAuditTest.
    Assert.assertEquals(
        "audit findings: " + manifest.audit().named(), 0, manifest.audit().findings());
  }

  private void check(Path work, String runId, Path golden) throws IOException {
    Map<String, String> actual = digests(work, runId);
    if (Boolean.getBoolean("golden.update")) {
      List<String> lines = new ArrayList<>();
      actual.forEach((name, digest) -> lines.add(name + " " + digest));
      Files.write(golden, lines, StandardCharsets.UTF_8);
    }
    Map<String, String> expected = new TreeMap<>();
    for (String line : Files.readAllLines(golden, StandardCharsets.UTF_8)) {
      String[] parts = line.split(" ", 2);
      expected.put(parts[0], parts[1]);
    }
    Map<String, String> compared = new TreeMap<>();
    expected.keySet().forEach(name -> compared.put(name, actual.get(name)));
    Assert.assertEquals(
        "differs from " + golden + " (regenerate with -Dgolden.update=true if intended)",
        expected,
        compared);
  }

  /** Every table of the run: "rows sha256" by name. */
  private Map<String, String> digests(Path work, String runId) throws IOException {
    RunLayout layout = new RunLayout(work);
    Path restricted = layout.restricted(runId, "x").getParent();
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> dirs = Files.list(restricted)) {
      for (Path d : dirs.sorted().toList()) {
        out.put("restricted/" + d.getFileName(), digest(spark().read().parquet(d.toString())));
      }
    }
    Dataset<Row> curated = spark().read().parquet(layout.registrations(runId).toString());
    // The digests were recorded before ingest wrote the person id: the rows without it must be
    // the same, and the id must be the one the analyses derived from the person key before.
    Assert.assertEquals(
        "rows whose person_id is not that of their person_key",
        0,
        curated
            .filter(col("person_id").isNull().or(not(col("person_id").equalTo(personIdOfKey()))))
            .count());
    out.put("curated/registrations", digest(curated.drop("person_id")));
    out.put(
        "quarantine/rows",
        digest(spark().read().parquet(layout.quarantine(runId).resolve("rows").toString())));
    return out;
  }

  /**
   * A person's id from the person key, written out here in Spark SQL (python3: h =
   * sha256(("socialbench cell key:" + person_key).encode()).hexdigest(); the signed 64 bits of
   * int(h[8:16] + h[:8], 16)).
   */
  private static final String HASH = "sha2(concat('socialbench cell key:', person_key), 256)";

  private static Column personIdOfKey() {
    return expr(
        "cast(conv(concat(substring(%s, 9, 8), substring(%s, 1, 8)), 16, -10) as bigint)"
            .formatted(HASH, HASH));
  }

  private static String digest(Dataset<Row> d) {
    String[] columns = d.columns().clone();
    Arrays.sort(columns);
    List<String> lines = new ArrayList<>();
    for (Row r :
        d.select(columns[0], Arrays.copyOfRange(columns, 1, columns.length)).collectAsList()) {
      lines.add(GoldenText.line(r));
    }
    lines.sort(null);
    lines.add(0, GoldenText.header(columns));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return (lines.size() - 1) + " " + HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
