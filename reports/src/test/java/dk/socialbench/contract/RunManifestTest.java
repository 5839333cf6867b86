package dk.socialbench.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest's JSON, with the Jackson this module compiles against (the server's version); the
 * server's {@code ManifestCompatibilityTest} checks the same file with the server's classpath, and
 * the jobs write and read manifests with Spark's Jackson in their pipeline tests ({@code
 * PrivacyAttackTest} reads one back).
 */
class RunManifestTest {
  /** The manifest of a demo run published by main at c9a2c55, before the manifest moved here. */
  static final String PUBLISHED = "manifest-written-by-c9a2c55.json";

  private static final ObjectMapper TREE = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void reads_a_manifest_published_before_the_move() throws Exception {
    RunManifest m = RunManifest.read(published());

    assertEquals("20261205-063346-2430", m.runId());
    assertEquals(Instant.parse("2026-12-05T05:33:46.771328817Z"), m.created());
    assertEquals(5, m.minCell());
    assertTrue(m.demoKey());
    assertEquals(
        new RunManifest.DataPeriod(LocalDate.of(2009, 1, 31), LocalDate.of(2018, 6, 29)),
        m.dataPeriod());
    assertEquals(11, m.municipalities().size());
    // 1090 read = 1062 accepted + 28 quarantined; 403 cases.
    assertEquals(new RunManifest.Rows(1090, 1062, 28, 0, 403), m.rows());
    // sep/151_ballerup.csv: 119 lines = 1 header + 114 rows + 0 blank + 4 breaks inside cells.
    RunManifest.InputFile ballerup = m.inputs().get(2);
    assertEquals("sep/151_ballerup.csv", ballerup.name());
    assertEquals(119, ballerup.lines());
    assertEquals(114, ballerup.rowsRead());
    assertEquals(4, ballerup.linesInCells());
    assertTrue(m.inputs().stream().allMatch(RunManifest.InputFile::linesReconcile));
    assertEquals(List.of("README.md"), m.ignoredFiles());
    assertEquals(28, m.quarantinedByRule().values().stream().mapToLong(Long::longValue).sum());
    assertEquals(2L, m.quarantinedByRule().get("invalid_vum_score"));
    assertEquals(new RunManifest.StageTiming("ingest", 54.488965299, 446), m.stages().get(0));
    assertEquals(29, m.datasets().size());
    assertEquals(
        new RunManifest.DatasetSummary("cases_by_registrations", 73, 33), m.datasets().get(0));
    assertEquals(170.056486903, m.seconds());
  }

  @Test
  void writing_a_published_manifest_again_gives_the_same_json() throws Exception {
    Path again = dir.resolve("manifest.json");

    RunManifest.read(published()).write(again);

    JsonNode original = TREE.readTree(published().toFile());
    assertEquals(original, withoutAddedNulls(TREE.readTree(again.toFile()), original));
  }

  /**
   * {@code written} without the null fields that {@code original} lacks: members added to the
   * record since the original was written, which an older run reads as null.
   */
  static JsonNode withoutAddedNulls(JsonNode written, JsonNode original) {
    if (written instanceof ObjectNode object) {
      List<String> added = new ArrayList<>();
      object
          .fieldNames()
          .forEachRemaining(
              name -> {
                if (object.get(name).isNull() && !original.has(name)) {
                  added.add(name);
                }
              });
      object.remove(added);
      for (var f : object.properties()) {
        withoutAddedNulls(f.getValue(), original.path(f.getKey()));
      }
    } else if (written.isArray()) {
      for (int i = 0; i < written.size(); i++) {
        withoutAddedNulls(written.get(i), original.path(i));
      }
    }
    return written;
  }

  @Test
  void a_member_added_later_is_written_as_null_and_left_out_of_the_comparison() throws Exception {
    JsonNode original = TREE.readTree("{\"rows\":{\"read\":3},\"datasets\":[{\"name\":\"a\"}]}");
    JsonNode written =
        TREE.readTree(
            "{\"rows\":{\"read\":3,\"audit\":null},\"audit\":null,"
                + "\"datasets\":[{\"name\":\"a\",\"audit\":null}]}");
    JsonNode changed = TREE.readTree("{\"rows\":{\"read\":null},\"datasets\":[{\"name\":\"a\"}]}");

    assertEquals(original, withoutAddedNulls(written, original));
    assertNotEquals(original, withoutAddedNulls(changed, original));
  }

  @Test
  void a_manifest_read_back_equals_the_one_written_and_its_names_are_snake_case() throws Exception {
    RunManifest written = sample();
    Path file = dir.resolve("manifest.json");

    written.write(file);

    assertEquals(written, RunManifest.read(file));
    JsonNode json = TREE.readTree(file.toFile());
    assertEquals("2026-11-24T09:00:00Z", json.get("created").asText());
    assertEquals("2017-11-30", json.get("data_period").get("last").asText());
    assertEquals(2, json.get("inputs").get(0).get("lines_in_cells").asLong());
    assertEquals(812, json.get("stages").get(0).get("peak_heap_mib").asLong());
    assertEquals(3, json.get("datasets").get(0).get("suppressed_cells").asLong());
    assertEquals(7, json.get("quarantined_by_rule").get("invalid_cpr").asLong());
    assertEquals(640, json.get("audit").get("counts_examined").asLong());
    // Derived, not data: linesReconcile() is no field.
    assertFalse(json.get("inputs").get(0).has("lines_reconcile"));
  }

  @Test
  void unknown_fields_are_ignored_and_missing_ones_are_null_or_zero() throws Exception {
    Path file = dir.resolve("manifest.json");
    Files.writeString(
        file,
        """
        {"run_id":"20261124-101500-ab12","min_cell":5,
         "rows":{"read":3,"accepted":2,"quarantined":1},
         "audit":{"goal_type":"passed"},"spark":{"version":"3.5.9"}}
        """);

    RunManifest m = RunManifest.read(file);

    assertEquals("20261124-101500-ab12", m.runId());
    assertEquals(5, m.minCell());
    assertEquals(new RunManifest.Rows(3, 2, 1, 0, 0), m.rows());
    assertNull(m.created());
    assertNull(m.datasets());
    assertFalse(m.demoKey());
  }

  @Test
  void a_file_that_is_not_a_manifest_is_refused_naming_the_file() throws Exception {
    Path file = dir.resolve("manifest.json");
    Files.writeString(file, "{ not json");

    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> RunManifest.read(file));

    assertTrue(e.getMessage().startsWith("cannot read " + file + ": "), e.getMessage());
  }

  static RunManifest sample() {
    return new RunManifest(
        "20261124-090000-ab12",
        "0.1.0",
        Instant.parse("2026-11-24T09:00:00Z"),
        "local[2]",
        5,
        "0123456789ab",
        false,
        new RunManifest.DataPeriod(LocalDate.of(2009, 3, 1), LocalDate.of(2017, 11, 30)),
        List.of("147", "157"),
        new RunManifest.Rows(120, 110, 10, 1, 40),
        // 124 lines = 1 header + 120 rows + 1 blank row + 2 breaks inside quoted cells.
        List.of(
            new RunManifest.InputFile(
                "sep/147_frederiksberg.csv",
                "csv ; UTF-8",
                2048,
                "ab".repeat(32),
                120,
                110,
                10,
                1,
                124,
                2,
                new RunManifest.CellsCleaned(3, 2, 1))),
        List.of("README.md"),
        Map.of("invalid_cpr", 7L, "invalid_date", 3L),
        List.of(new RunManifest.StageTiming("ingest", 1.25, 812)),
        List.of(new RunManifest.DatasetSummary("goal_type", 32, 3)),
        2.5,
        new RunManifest.Audit(
            false,
            1,
            List.of(
                "goal_type [147, goal_type=improvement] cases: published count below the threshold"),
            640,
            List.of(),
            0.75));
  }

  private static Path published() throws URISyntaxException {
    return Path.of(RunManifestTest.class.getResource(PUBLISHED).toURI());
  }
}
