package dk.socialbench.server.reports;

import dk.socialbench.server.render.Format;
import dk.socialbench.server.render.ReportKind;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered files by (report, municipality, format, run id), least recently used first out, held to
 * at most {@code maxBytes} so the cache cannot push the server past its heap. The run id in the key
 * means a new run never gets an old run's file; {@link #retainRun} drops the old run's files at
 * once instead of waiting for them to age out.
 */
public final class RenderCache {
  /** What a cached file is cached under. */
  public record Key(ReportKind report, String municipality, Format format, String runId) {}

  private final long maxBytes;
  private final LinkedHashMap<Key, RenderedFile> files = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  /** A cache of at most {@code maxBytes}; 0 caches nothing. */
  public RenderCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public synchronized Optional<RenderedFile> get(Key key) {
    return Optional.ofNullable(files.get(key));
  }

  /** Caches {@code file}, evicting the least recently used; a file larger than the cache is not. */
  public synchronized void put(Key key, RenderedFile file) {
    long size = file.bytes().length;
    if (size > maxBytes) {
      return;
    }
    RenderedFile previous = files.put(key, file);
    bytes += size - (previous == null ? 0 : previous.bytes().length);
    Iterator<RenderedFile> eldest = files.values().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().bytes().length;
      eldest.remove();
    }
  }

  /** Drops every file that was not rendered from run {@code runId}. */
  public synchronized void retainRun(String runId) {
    Iterator<Map.Entry<Key, RenderedFile>> it = files.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Key, RenderedFile> e = it.next();
      if (!e.getKey().runId().equals(runId)) {
        bytes -= e.getValue().bytes().length;
        it.remove();
      }
    }
  }

  public synchronized long bytes() {
    return bytes;
  }

  public synchronized int size() {
    return files.size();
  }

  public long maxBytes() {
    return maxBytes;
  }
}
