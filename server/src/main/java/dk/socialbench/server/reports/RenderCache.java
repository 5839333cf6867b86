package dk.socialbench.server.reports;

import dk.socialbench.server.render.Format;
import dk.socialbench.server.render.ReportKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered files by (report, municipality, format, run id), kept as files in a directory of their
 * own, least recently used first out, held to at most {@code maxBytes}. On disk rather than on the
 * heap because a national run's benchmark PDFs (98 of about 1 MB) would not fit beside rendering in
 * the server's heap, and a cache smaller than the files in use evicts each just before it is asked
 * for again. The run id in the key means a new run never gets an old run's file; {@link #retainRun}
 * drops the old run's files at once instead of waiting for them to age out.
 */
public final class RenderCache implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RenderCache.class);

  /**
   * What a cached file is cached under; {@code compare} is a chosen comparison group's key
   * ("147,151,157"), empty for the default group.
   */
  public record Key(
      ReportKind report, String municipality, Format format, String runId, String compare) {
    public Key(ReportKind report, String municipality, Format format, String runId) {
      this(report, municipality, format, runId, "");
    }
  }

  private record Entry(Path file, long size, String etag) {}

  private final Path dir;
  private final long maxBytes;
  private final LinkedHashMap<Key, Entry> files = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;
  private long written;

  /**
   * A cache of at most {@code maxBytes} in {@code dir}, which it owns: {@link #close} deletes it. 0
   * caches nothing.
   */
  public RenderCache(Path dir, long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
    }
    this.dir = Objects.requireNonNull(dir, "dir == null");
    this.maxBytes = maxBytes;
  }

  /** A cache in a new private directory under {@code java.io.tmpdir}. */
  public static RenderCache inTemporaryDirectory(long maxBytes) {
    try {
      return new RenderCache(Files.createTempDirectory("socialbench-render-cache-"), maxBytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the render cache's directory", e);
    }
  }

  /** The file cached under {@code key}, open for one reader (who must close it), or empty. */
  public Optional<RenderedFile> get(Key key) {
    Entry entry;
    synchronized (this) {
      entry = files.get(key);
    }
    if (entry == null) {
      return Optional.empty();
    }
    try {
      FileChannel open = FileChannel.open(entry.file(), StandardOpenOption.READ);
      return Optional.of(RenderedFile.ofCache(open, entry.size(), entry.etag()));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // evicted while we read: a miss
    } catch (IOException e) {
      LOG.warn("render cache: cannot read {}: {}", entry.file(), e.toString());
      return Optional.empty();
    }
  }

  /** Caches {@code file}, evicting the least recently used; a file larger than the cache is not. */
  public void put(Key key, RenderedFile file) {
    long size = file.bytes().length;
    if (size > maxBytes) {
      return;
    }
    Path path;
    synchronized (this) {
      path = dir.resolve((++written) + "." + key.format().extension());
    }
    try {
      Files.createDirectories(dir);
      Files.write(path, file.bytes());
    } catch (IOException e) {
      // A full disk costs renderings, not answers.
      LOG.warn("render cache: cannot write {}: {}", path, e.toString());
      delete(List.of(path));
      return;
    }
    List<Path> dropped = new ArrayList<>();
    synchronized (this) {
      Entry previous = files.put(key, new Entry(path, size, file.etag()));
      if (previous != null) {
        bytes -= previous.size();
        dropped.add(previous.file());
      }
      bytes += size;
      Iterator<Entry> eldest = files.values().iterator();
      while (bytes > maxBytes && eldest.hasNext()) {
        Entry e = eldest.next();
        bytes -= e.size();
        dropped.add(e.file());
        eldest.remove();
      }
    }
    delete(dropped);
  }

  /** Drops every file that was not rendered from run {@code runId}. */
  public void retainRun(String runId) {
    List<Path> dropped = new ArrayList<>();
    synchronized (this) {
      Iterator<Map.Entry<Key, Entry>> it = files.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<Key, Entry> e = it.next();
        if (!e.getKey().runId().equals(runId)) {
          bytes -= e.getValue().size();
          dropped.add(e.getValue().file());
          it.remove();
        }
      }
    }
    delete(dropped);
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

  /** Empties the cache and deletes its directory. */
  @Override
  public void close() {
    synchronized (this) {
      files.clear();
      bytes = 0;
    }
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> left = Files.list(dir)) {
      delete(left.toList());
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      LOG.warn("render cache: cannot delete {}: {}", dir, e.toString());
    }
  }

  private static void delete(List<Path> paths) {
    for (Path p : paths) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        LOG.warn("render cache: cannot delete {}: {}", p, e.toString());
      }
    }
  }
}
