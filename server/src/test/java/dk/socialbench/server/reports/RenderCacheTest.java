package dk.socialbench.server.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCacheTest {
  static final String RUN = "20261124-101500-ab12";
  static final String NEXT = "20261125-080000-cd34";

  @TempDir Path dir;

  /** A default report: the benchmark PDF of {@code municipality}. */
  static RenderCache.Key kept(String municipality, String run) {
    return RenderCache.Key.of(
        new ReportRequest(ReportKind.BENCHMARK, municipality, Format.PDF), run);
  }

  /** A file that is not a default report (a benchmark with a chosen comparison group, say). */
  static RenderCache.Key other(String municipality, String run) {
    return new RenderCache.Key(run, "benchmark-" + municipality + "~0a1b2c3d.pdf", false);
  }

  static RenderedFile file(int size) {
    return RenderedFile.of(new byte[size]);
  }

  static RenderCache cache(Path where, long maxBytes, String... runs) {
    RenderCache cache = new RenderCache(where, "v1", maxBytes);
    cache.retainRuns(Set.of(runs));
    return cache;
  }

  @Test
  void other_files_are_dropped_least_recently_used_first_in_the_room_the_default_reports_leave() {
    RenderCache cache = cache(dir, 450, RUN); // 250 for other files beside the 200 kept
    cache.put(kept("147", RUN), file(200));
    cache.put(other("147", RUN), file(100));
    cache.put(other("157", RUN), file(100));
    cache.get(other("147", RUN)).orElseThrow();

    cache.put(other("151", RUN), file(100)); // 3 × 100 > 250: 157 was used least recently

    assertEquals(400, cache.bytes());
    assertTrue(cache.get(other("147", RUN)).isPresent());
    assertTrue(cache.get(other("157", RUN)).isEmpty());
    assertTrue(cache.get(other("151", RUN)).isPresent());
  }

  @Test
  void default_reports_are_kept_even_beyond_the_limit_and_leave_no_room_for_others() {
    RenderCache cache = cache(dir, 250, RUN);
    cache.put(kept("147", RUN), file(200));
    cache.put(kept("157", RUN), file(200));
    cache.put(other("147", RUN), file(10));

    assertEquals(400, cache.bytes());
    assertEquals(400, cache.limitBytes());
    assertTrue(cache.get(kept("147", RUN)).isPresent());
    assertTrue(cache.get(kept("157", RUN)).isPresent());
    assertTrue(cache.get(other("147", RUN)).isEmpty());
  }

  @Test
  void sized_from_the_run_the_cache_holds_its_default_reports_and_at_least_64_mib_more() {
    RenderCache cache = cache(dir, RenderCache.SIZED_FROM_RUN, RUN);
    cache.put(kept("147", RUN), file(300));
    cache.put(kept("157", RUN), file(700));

    assertEquals(1000 + 64L * 1024 * 1024, cache.limitBytes());
  }

  @Test
  void a_zero_cache_keeps_nothing_and_a_run_not_retained_is_not_cached() {
    RenderCache none = cache(dir.resolve("none"), 0, RUN);
    RenderCache cache = cache(dir.resolve("cache"), 1000, RUN);

    none.put(kept("147", RUN), file(1));
    cache.put(kept("147", NEXT), file(1));

    assertEquals(0, none.size());
    assertEquals(0, cache.size());
    assertTrue(cache.get(kept("147", NEXT)).isEmpty());
  }

  @Test
  void retaining_runs_deletes_the_folders_of_the_others() {
    RenderCache cache = cache(dir, 1000, RUN, NEXT);
    cache.put(kept("147", RUN), file(100));
    cache.put(kept("147", NEXT), file(200));

    cache.retainRuns(Set.of(NEXT));

    assertEquals(1, cache.size());
    assertEquals(200, cache.bytes());
    assertTrue(cache.get(kept("147", NEXT)).isPresent());
    assertFalse(Files.exists(dir.resolve(RUN)));
  }

  @Test
  void files_survive_a_restart_with_their_bytes_and_etag_but_not_a_new_renderer_version()
      throws Exception {
    byte[] content = {1, 2, 3};
    RenderedFile first = RenderedFile.of(content);
    cache(dir, 1000, RUN).put(kept("147", RUN), first);

    RenderCache restarted = cache(dir, 1000, RUN);
    RenderCache rebuilt = new RenderCache(dir, "v2", 1000);

    assertEquals(3, restarted.bytes(), "counted again at start");
    RenderedFile back = restarted.get(kept("147", RUN)).orElseThrow();
    assertEquals(first.etag(), back.etag());
    assertArrayEquals(content, back.bytes());
    rebuilt.retainRuns(Set.of(RUN));
    assertTrue(rebuilt.get(kept("147", RUN)).isEmpty());
    assertFalse(Files.exists(dir.resolve(RUN).resolve("v1")), "the old version is deleted");
  }

  @Test
  void files_are_named_by_run_version_and_request_and_a_write_cut_short_is_never_served()
      throws Exception {
    RenderCache cache = cache(dir, 1000, RUN);
    cache.put(kept("147", RUN), file(10));
    Path folder = dir.resolve(RUN).resolve("v1");
    Path partial = folder.resolve("benchmark-157.pdf.0a1b.tmp");
    Files.write(partial, new byte[] {'%'});

    RenderCache restarted = cache(dir, 1000, RUN);

    assertTrue(Files.isRegularFile(folder.resolve("benchmark-147.pdf")));
    assertFalse(Files.exists(partial));
    assertTrue(restarted.get(kept("157", RUN)).isEmpty());
    assertEquals(List.of(folder.resolve("benchmark-147.pdf")), list(folder));
  }

  @Test
  void a_file_evicted_while_a_download_reads_it_is_still_sent_whole() throws Exception {
    RenderCache cache = cache(dir, 250, RUN);
    byte[] content = new byte[200];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    cache.put(other("147", RUN), RenderedFile.of(content));
    RenderedFile downloading = cache.get(other("147", RUN)).orElseThrow();
    assertEquals(200, downloading.length());

    cache.put(other("157", RUN), file(200)); // evicts and deletes the file being read

    assertTrue(cache.get(other("147", RUN)).isEmpty());
    try (InputStream in = downloading.stream()) {
      assertArrayEquals(content, in.readAllBytes());
    }
  }

  @Test
  void a_file_replaced_while_a_download_reads_it_is_sent_as_it_was_and_the_next_gets_the_new() {
    RenderCache cache = cache(dir, 1000, RUN);
    byte[] old = {'o', 'l', 'd'};
    byte[] replacement = {'n', 'e', 'w', '!'};
    cache.put(kept("147", RUN), RenderedFile.of(old));
    RenderedFile downloading = cache.get(kept("147", RUN)).orElseThrow();

    cache.put(kept("147", RUN), RenderedFile.of(replacement));
    RenderedFile next = cache.get(kept("147", RUN)).orElseThrow();

    assertArrayEquals(old, downloading.bytes());
    assertEquals(3, downloading.content().remaining());
    assertArrayEquals(replacement, next.bytes());
    assertEquals(4, cache.bytes());
  }

  @Test
  void a_cached_file_is_sent_from_memory_outside_the_heap_each_time_from_its_start() {
    RenderCache cache = cache(dir, 1000, RUN);
    byte[] content = {'%', 'P', 'D', 'F'};
    cache.put(kept("147", RUN), RenderedFile.of(content));
    RenderedFile first = cache.get(kept("147", RUN)).orElseThrow();
    first.content().position(2); // a send moves its own buffer's position, no one else's

    ByteBuffer sent = cache.get(kept("147", RUN)).orElseThrow().content();

    assertTrue(sent.isDirect());
    assertTrue(sent.isReadOnly());
    assertEquals(0, sent.position());
    assertEquals(4, sent.remaining());
    assertEquals(0, first.content().position());
  }

  @Test
  void closing_leaves_the_files_for_the_next_start_but_a_temporary_cache_deletes_its_folder() {
    RenderCache kept = cache(dir, 1000, RUN);
    kept.put(kept("147", RUN), file(100));
    RenderCache temporary = RenderCache.inTemporaryDirectory("v1", 1000);
    temporary.retainRuns(Set.of(RUN));
    temporary.put(kept("147", RUN), file(100));

    kept.close();
    temporary.close();

    assertTrue(Files.exists(dir.resolve(RUN).resolve("v1").resolve("benchmark-147.pdf")));
    assertFalse(Files.exists(temporary.dir()));
  }

  @Test
  void etag_matches_itself_weakly_in_a_list_and_star() {
    RenderedFile f = file(10);

    assertTrue(f.matches(f.etag()));
    assertTrue(f.matches("\"x\", W/" + f.etag()));
    assertTrue(f.matches("*"));
    assertEquals(false, f.matches("\"x\""));
    assertEquals(false, f.matches(null));
  }

  private static List<Path> list(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }
}
