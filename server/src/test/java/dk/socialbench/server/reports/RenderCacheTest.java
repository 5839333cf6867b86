package dk.socialbench.server.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.render.Format;
import dk.socialbench.server.render.ReportKind;
import org.junit.jupiter.api.Test;

class RenderCacheTest {
  static RenderCache.Key key(String municipality, String run) {
    return new RenderCache.Key(ReportKind.BENCHMARK, municipality, Format.PDF, run);
  }

  static RenderedFile file(int size) {
    return RenderedFile.of(new byte[size]);
  }

  @Test
  void holds_at_most_its_bytes_dropping_the_least_recently_used() {
    RenderCache cache = new RenderCache(300);
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
    RenderCache small = new RenderCache(50);
    RenderCache none = new RenderCache(0);

    small.put(key("147", "a"), file(100));
    none.put(key("147", "a"), file(1));

    assertEquals(0, small.size());
    assertEquals(0, none.size());
  }

  @Test
  void retaining_a_run_drops_the_files_of_other_runs() {
    RenderCache cache = new RenderCache(1000);
    cache.put(key("147", "old"), file(100));
    cache.put(key("147", "new"), file(200));

    cache.retainRun("new");

    assertEquals(1, cache.size());
    assertEquals(200, cache.bytes());
    assertTrue(cache.get(key("147", "new")).isPresent());
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
