package dk.socialbench.server.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.render.Format;
import dk.socialbench.server.render.ReportKind;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCacheTest {
  @TempDir Path dir;

  static RenderCache.Key key(String municipality, String run) {
    return new RenderCache.Key(ReportKind.BENCHMARK, municipality, Format.PDF, run);
  }

  static RenderedFile file(int size) {
    return RenderedFile.of(new byte[size]);
  }

  @Test
  void holds_at_most_its_bytes_dropping_the_least_recently_used() {
    RenderCache cache = new RenderCache(dir.resolve("c300"), 300);
    cache.put(key("147", "a"), file(100));
    cache.put(key("157", "a"), file(100));
    cache.put(key("151", "a"), file(100));
    cache.get(key("147", "a"));

    cache.put(key("153", "a"), file(100));

    assertEquals(300, cache.bytes());
    assertTrue(cache.get(key("147", "a")).isPresent());
    assertTrue(cache.get(key("157", "a")).isEmpty());
  }

  @Test
  void a_file_larger_than_the_cache_and_a_zero_cache_keep_nothing() {
    RenderCache small = new RenderCache(dir.resolve("c50"), 50);
    RenderCache none = new RenderCache(dir.resolve("c0"), 0);

    small.put(key("147", "a"), file(100));
    none.put(key("147", "a"), file(1));

    assertEquals(0, small.size());
    assertEquals(0, none.size());
  }

  @Test
  void retaining_a_run_drops_the_files_of_other_runs() {
    RenderCache cache = new RenderCache(dir.resolve("c1000"), 1000);
    cache.put(key("147", "old"), file(100));
    cache.put(key("147", "new"), file(200));

    cache.retainRun("new");

    assertEquals(1, cache.size());
    assertEquals(200, cache.bytes());
    assertTrue(cache.get(key("147", "new")).isPresent());
  }

  @Test
  void files_come_back_byte_for_byte_from_disk_and_evicted_ones_leave_it() throws Exception {
    Path where = dir.resolve("cache");
    RenderCache cache = new RenderCache(where, 250);
    RenderedFile first = RenderedFile.of(new byte[] {1, 2, 3});
    cache.put(key("147", "a"), first);
    cache.put(key("157", "a"), file(120));
    cache.get(key("147", "a")).ifPresent(RenderedFile::close);
    cache.put(key("151", "a"), file(150));

    RenderedFile back = cache.get(key("147", "a")).orElseThrow();
    assertEquals(first.etag(), back.etag());
    assertArrayEquals(first.bytes(), back.bytes());
    assertTrue(cache.get(key("157", "a")).isEmpty());
    try (Stream<Path> files = Files.list(where)) {
      assertEquals(2, files.count(), "the evicted file is deleted");
    }
  }

  @Test
  void a_file_evicted_while_a_download_reads_it_is_still_sent_whole() throws Exception {
    RenderCache cache = new RenderCache(dir.resolve("cache"), 250);
    byte[] content = new byte[200];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) i;
    }
    cache.put(key("147", "a"), RenderedFile.of(content));
    RenderedFile downloading = cache.get(key("147", "a")).orElseThrow();
    assertEquals(200, downloading.length());

    cache.put(key("157", "a"), file(200)); // evicts and deletes the file being read

    assertTrue(cache.get(key("147", "a")).isEmpty());
    try (InputStream in = downloading.stream()) {
      assertArrayEquals(content, in.readAllBytes());
    }
  }

  @Test
  void closing_deletes_the_directory() throws Exception {
    Path where = dir.resolve("cache");
    RenderCache cache = new RenderCache(where, 1000);
    cache.put(key("147", "a"), file(100));

    cache.close();

    assertFalse(Files.exists(where));
    assertEquals(0, cache.size());
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
}
