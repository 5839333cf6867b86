package dk.socialbench.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.contract.RunManifest;
import dk.socialbench.server.fixtures.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract's manifest JSON with the server's Jackson (not Spark's, which the contract's own
 * test uses), on a manifest that main published before the manifest moved into the contract.
 */
class ManifestCompatibilityTest {
  static final String RUN = "20261205-063346-2430";
  static final List<String> MUNICIPALITIES =
      List.of("101", "147", "151", "153", "157", "183", "219", "410", "607", "615", "760");

  @TempDir Path work;

  @Test
  void loads_a_run_whose_manifest_main_published() throws Exception {
    RunFixture.run(work, RUN).municipalities(MUNICIPALITIES.toArray(String[]::new)).write();
    Files.copy(published(), new RunLayout(work).manifest(RUN), StandardCopyOption.REPLACE_EXISTING);

    LoadedRun loaded = new RunLoader(new RunLayout(work)).load(RUN);

    assertEquals(Instant.parse("2026-12-05T05:33:46.771328817Z"), loaded.run().created());
    assertEquals(LocalDate.of(2009, 1, 31), loaded.run().firstRegistration());
    assertEquals(LocalDate.of(2018, 6, 29), loaded.run().lastRegistration());
    assertEquals(5, loaded.run().minCell());
    assertEquals(MUNICIPALITIES, loaded.run().municipalities());
    // 1090 read = 1062 accepted + 28 quarantined.
    assertEquals(new RunManifest.Rows(1090, 1062, 28, 0, 403), loaded.manifest().rows());
    assertEquals(
        new RunManifest.DatasetSummary("cases_by_registrations", 73, 33),
        loaded.manifest().datasets().get(0));
  }

  @Test
  void writes_the_published_manifest_again_as_it_was() throws Exception {
    Path again = work.resolve("manifest.json");

    RunManifest.read(published()).write(again);

    ObjectMapper tree = new ObjectMapper();
    JsonNode original = tree.readTree(published().toFile());
    assertEquals(original, withoutAddedNulls(tree.readTree(again.toFile()), original));
    assertEquals(RunManifest.read(published()), RunManifest.read(again));
  }

  /** {@code written} without the null fields {@code original} lacks: members added since. */
  private static JsonNode withoutAddedNulls(JsonNode written, JsonNode original) {
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

  private static Path published() throws Exception {
    return Path.of(
        ManifestCompatibilityTest.class.getResource("manifest-written-by-c9a2c55.json").toURI());
  }
}
