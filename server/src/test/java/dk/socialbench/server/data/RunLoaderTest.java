package dk.socialbench.server.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.contract.RunLayout;
import dk.socialbench.server.fixtures.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLoaderTest {
  static final String RUN = "20261124-101500-ab12";

  @TempDir Path work;

  @Test
  void loads_every_dataset_of_the_catalogue_and_the_manifest() throws Exception {
    RunFixture.run(work, RUN).municipalities("147", "157").write();

    LoadedRun loaded = new RunLoader(new RunLayout(work)).load(RUN);

    PublishedRun run = loaded.run();
    assertEquals(RUN, run.runId());
    assertEquals(Instant.parse("2026-11-24T10:15:00Z"), run.created());
    assertEquals(LocalDate.of(2009, 3, 1), run.firstRegistration());
    assertEquals(LocalDate.of(2017, 11, 30), run.lastRegistration());
    assertEquals(5, run.minCell());
    assertEquals(List.of("147", "157"), run.municipalities());
    assertEquals(ResultCatalogue.all().size(), run.tables().size());
    assertEquals(3, run.table("goal_type").size());
    assertEquals(110, loaded.manifest().rows().accepted());
  }

  @Test
  void never_reads_restricted_even_when_published_is_missing() throws Exception {
    RunFixture.run(work, RUN).write();
    Path published = new RunLayout(work).published(RUN, "goal_type");
    for (Path p : Files.list(published).toList()) {
      Files.delete(p);
    }
    Files.delete(published);

    String message =
        assertThrows(RunLoadException.class, () -> new RunLoader(new RunLayout(work)).load(RUN))
            .getMessage();

    assertTrue(message.contains("dataset goal_type is missing"), message);
    assertTrue(message.contains("published"), message);
    assertFalse(message.contains("restricted"), message);
  }

  @Test
  void loads_although_every_restricted_file_is_unreadable() throws Exception {
    // The fixture's restricted files hold a marker string instead of Parquet: reading one fails.
    RunFixture.run(work, RUN).write();

    PublishedRun run = new RunLoader(new RunLayout(work)).load(RUN).run();

    for (Table table : run.tables().values()) {
      for (var row : table.rowMaps()) {
        assertFalse(row.containsValue(RunFixture.RESTRICTED_MARKER));
      }
    }
  }

  @Test
  void refuses_a_manifest_of_another_run_or_without_created() throws Exception {
    RunFixture.run(work, RUN).write();
    Path manifest = new RunLayout(work).manifest(RUN);
    String json = Files.readString(manifest);
    RunLoader loader = new RunLoader(new RunLayout(work));

    Files.writeString(manifest, json.replace(RUN, "20261124-101500-ffff"));
    String otherRun = assertThrows(RunLoadException.class, () -> loader.load(RUN)).getMessage();
    Files.writeString(manifest, json.replace("\"created\"", "\"made\""));
    String noCreated = assertThrows(RunLoadException.class, () -> loader.load(RUN)).getMessage();
    Files.writeString(manifest, "{ not json");
    String broken = assertThrows(RunLoadException.class, () -> loader.load(RUN)).getMessage();

    assertTrue(otherRun.contains("expected '" + RUN + "'"), otherRun);
    assertTrue(noCreated.contains("'created' is missing"), noCreated);
    assertTrue(broken.contains("cannot read"), broken);
  }

  @Test
  void refuses_a_latest_that_names_no_run_id() {
    RunLoader loader = new RunLoader(new RunLayout(work));

    String message = assertThrows(RunLoadException.class, () -> loader.load("../x")).getMessage();

    assertTrue(message.contains("not a run id"), message);
  }
}
