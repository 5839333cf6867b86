package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Ingest's three writes at once: their results, the failure a sequential run would have reported,
 * and nothing still running when the caller releases what they read.
 */
class OutputWritesTest {
  @Test
  void returns_the_quarantine_counts_and_the_other_names_counts() {
    OutputWrites w =
        OutputWrites.run(() -> {}, () -> Map.of("invalid_cpr", 2L), () -> Map.of("a.csv", 1L));
    assertEquals(Map.of("invalid_cpr", 2L), w.quarantinedByRule());
    assertEquals(Map.of("a.csv", 1L), w.cellsNamingOthers());
  }

  @Test
  void the_curated_write_failure_is_reported_first_and_the_others_have_ended() {
    RuntimeException curated = new IllegalStateException("curated: disk full");
    AtomicBoolean quarantineEnded = new AtomicBoolean();
    RuntimeException thrown =
        assertThrows(
            RuntimeException.class,
            () ->
                OutputWrites.run(
                    () -> {
                      throw curated;
                    },
                    () -> {
                      sleep(300);
                      quarantineEnded.set(true);
                      throw new UncheckedIOException("quarantine", new java.io.IOException());
                    },
                    Map::of));
    assertSame(curated, thrown);
    assertTrue(quarantineEnded.get(), "the quarantine's write had ended when run() threw");
    assertEquals(1, thrown.getSuppressed().length);
  }

  @Test
  void a_quarantine_failure_comes_before_the_count_s() {
    RuntimeException quarantine = new IllegalStateException("quarantine: cannot write");
    RuntimeException thrown =
        assertThrows(
            RuntimeException.class,
            () ->
                OutputWrites.run(
                    () -> {},
                    () -> {
                      sleep(200);
                      throw quarantine;
                    },
                    () -> {
                      throw new IllegalStateException("count");
                    }));
    assertSame(quarantine, thrown);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
