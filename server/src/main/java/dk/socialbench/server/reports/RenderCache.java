package dk.socialbench.server.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rendered report files on disk, as {@code <dir>/<run id>/<renderer version>/<file>}, so that they
 * survive a restart and a file of another run or renderer version is never served.
 *
 * <p>A run's default reports (see {@link ReportRequest#isDefault}) are always kept while the run is
 * retained: they are what the server pre-renders, and what nearly every download asks for. Other
 * files (a chosen comparison group, say) are kept least recently used first out, in the room left
 * under {@code maxBytes}, or, sized from the run ({@link #SIZED_FROM_RUN}), in half as many bytes
 * again as the default reports take (at least {@link #MIN_OTHER_BYTES}). {@link #retainRuns}
 * deletes every other run's folder.
 *
 * <p>On disk rather than on the heap because a national run's files (98 benchmark PDFs of about a
 * megabyte, and the rest) would not fit beside rendering in the server's heap. Each file is mapped
 * into memory once (outside the heap), so that a download is written to its socket from the page
 * cache without opening or reading the file (docs/benchmarks.md 5.0.27).
 */
public final class RenderCache implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RenderCache.class);

  /** {@code maxBytes} that sizes the cache from the run's default reports. */
  public static final long SIZED_FROM_RUN = -1;

  /** The least room for other files when the cache is sized from the run. */
  static final long MIN_OTHER_BYTES = 64L << 20;

  /**
   * What a cached file is cached under: the run it is rendered from, and its file name, which
   * stands for the whole request (see {@link ReportRequest#cacheFileName}).
   *
   * @param kept whether the file is one of the run's default reports, always kept
   */
  public record Key(String runId, String fileName, boolean kept) {
    public Key {
      Objects.requireNonNull(runId, "runId == null");
      Objects.requireNonNull(fileName, "fileName == null");
      if (!fileName.matches("[a-z0-9-]+(~[0-9a-f]+)?\\.[a-z]+")) {
        throw new IllegalArgumentException("not a cache file name: " + fileName);
      }
    }

    /** The key of {@code request} rendered from run {@code runId}. */
    public static Key of(ReportRequest request, String runId) {
      return new Key(runId, request.cacheFileName(), request.isDefault());
    }
  }

  /**
   * A file on disk; {@code etag} and {@code mapped} (the whole file mapped read-only) are null
   * until it is first asked for after a restart.
   */
  private record Entry(long size, String etag, boolean kept, MappedByteBuffer mapped) {}

  private final Path dir;
  private final String version;
  private final long maxBytes;
  private final boolean temporary;
  private final LinkedHashMap<Path, Entry> files = new LinkedHashMap<>(64, 0.75f, true);
  private Set<String> retained = Set.of();
  private long keptBytes;
  private long otherBytes;

  /**
   * A cache in {@code dir} (made if missing) for files of renderer {@code version}.
   *
   * @param maxBytes the most bytes of files other than the default reports, together with those;
   *     {@link #SIZED_FROM_RUN} to size it from the run; 0 caches nothing
   */
  public RenderCache(Path dir, String version, long maxBytes) {
    this(dir, version, maxBytes, false);
  }

  private RenderCache(Path dir, String version, long maxBytes, boolean temporary) {
    if (maxBytes < 0 && maxBytes != SIZED_FROM_RUN) {
      throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
    }
    if (!version.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("version is not a folder name: " + version);
    }
    this.dir = Objects.requireNonNull(dir, "dir == null");
    this.version = version;
    this.maxBytes = maxBytes;
    this.temporary = temporary;
  }

  /** A cache in a new private folder under {@code java.io.tmpdir}, deleted by {@link #close}. */
  public static RenderCache inTemporaryDirectory(String version, long maxBytes) {
    try {
      Path dir = Files.createTempDirectory("socialbench-render-cache-");
      return new RenderCache(dir, version, maxBytes, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the render cache's directory", e);
    }
  }

  /** The folder the cache keeps its files in. */
  public Path dir() {
    return dir;
  }

  /** Whether the cache keeps anything at all. */
  public boolean isEnabled() {
    return maxBytes != 0;
  }

  /**
   * The file cached under {@code key}, or empty. It is the file mapped into memory once, when it
   * was cached or first asked for after a restart: a download opens and reads nothing.
   */
  public Optional<RenderedFile> get(Key key) {
    if (!isEnabled()) {
      return Optional.empty();
    }
    Path path = path(key);
    Entry entry;
    synchronized (this) {
      entry = files.get(path);
      if (entry == null && !retained.contains(key.runId())) {
        return Optional.empty();
      }
    }
    if (entry != null && entry.mapped() != null) {
      return Optional.of(RenderedFile.ofCache(entry.mapped(), entry.etag()));
    }
    try {
      entry = adopt(path, key.kept()); // written before a restart
      return Optional.of(RenderedFile.ofCache(entry.mapped(), entry.etag()));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // never written, or evicted while we looked: a miss
    } catch (IOException e) {
      LOG.warn("render cache: cannot read {}: {}", path, e.toString());
      return Optional.empty();
    }
  }

  /**
   * Caches {@code file}, evicting the least recently used other files; a file of a run that is not
   * retained (any more) is not cached.
   */
  public void put(Key key, RenderedFile file) {
    synchronized (this) {
      if (!isEnabled() || !retained.contains(key.runId())) {
        return;
      }
    }
    Path path = path(key);
    Path partial = path.resolveSibling(path.getFileName() + "." + UUID.randomUUID() + ".tmp");
    MappedByteBuffer mapped;
    try {
      Files.createDirectories(path.getParent());
      Files.write(partial, file.bytes());
      // Mapped before it is moved: the mapping is of these bytes whatever replaces the name later.
      mapped = map(partial);
      // Whole or not at all, also for a server killed while writing: the name appears last.
      Files.move(
          partial, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.warn("render cache: cannot write {}: {}", path, e.toString()); // costs renderings only
      delete(List.of(partial));
      return;
    }
    index(path, new Entry(file.length(), file.etag(), key.kept(), mapped));
  }

  /**
   * Keeps the files of {@code runIds} (the run served and the one being prepared) and deletes every
   * other run's folder, and files of other renderer versions. Files of a retained run left from
   * before a restart are counted again.
   */
  public void retainRuns(Set<String> runIds) {
    List<Path> dropped = new ArrayList<>();
    synchronized (this) {
      retained = Set.copyOf(runIds);
      Iterator<Map.Entry<Path, Entry>> it = files.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<Path, Entry> e = it.next();
        if (!retained.contains(runOf(e.getKey()))) {
          uncount(e.getValue());
          dropped.add(e.getKey());
          it.remove();
        }
      }
    }
    delete(dropped);
    if (!isEnabled() || !Files.isDirectory(dir)) {
      return;
    }
    for (Path run : list(dir)) {
      if (!retained.contains(run.getFileName().toString())) {
        deleteTree(run);
        continue;
      }
      for (Path other : list(run)) {
        if (!other.getFileName().toString().equals(version)) {
          deleteTree(other);
        }
      }
      recount(run.resolve(version));
    }
  }

  /** Bytes of all files cached. */
  public synchronized long bytes() {
    return keptBytes + otherBytes;
  }

  /** Files cached. */
  public synchronized int size() {
    return files.size();
  }

  /** The most bytes the cache holds now: the default reports, and the room for other files. */
  public synchronized long limitBytes() {
    return keptBytes + otherRoom();
  }

  /** Deletes the folder if the cache made it in the temporary directory; else leaves it. */
  @Override
  public void close() {
    synchronized (this) {
      files.clear();
      keptBytes = 0;
      otherBytes = 0;
    }
    if (temporary) {
      deleteTree(dir);
    }
  }

  Path path(Key key) {
    return dir.resolve(key.runId()).resolve(version).resolve(key.fileName());
  }

  private String runOf(Path file) {
    return dir.relativize(file).getName(0).toString();
  }

  private long otherRoom() {
    if (maxBytes == SIZED_FROM_RUN) {
      return Math.max(MIN_OTHER_BYTES, keptBytes / 2);
    }
    return Math.max(0, maxBytes - keptBytes);
  }

  private Entry adopt(Path path, boolean kept) throws IOException {
    MappedByteBuffer mapped = map(path);
    MessageDigest sha = RenderedFile.sha256();
    sha.update(mapped.duplicate());
    Entry entry = new Entry(mapped.capacity(), RenderedFile.etagOf(sha), kept, mapped);
    index(path, entry);
    return entry;
  }

  /**
   * {@code file} mapped read-only, whole. The mapping outlives the channel, and the file's data
   * outlives its name: the kernel frees both when the buffer is garbage collected, so the disk
   * space of files deleted while mapped (an evicted file, a dropped run) comes back at the next
   * collection that finds them unreachable, not at once.
   */
  private static MappedByteBuffer map(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
    }
  }

  private void index(Path path, Entry entry) {
    List<Path> dropped = new ArrayList<>();
    synchronized (this) {
      if (!retained.contains(runOf(path))) {
        dropped.add(path); // the run was dropped while the file was written
      } else {
        Entry previous = files.put(path, entry);
        if (previous != null) {
          uncount(previous);
        }
        count(entry);
        Iterator<Map.Entry<Path, Entry>> eldest = files.entrySet().iterator();
        while (otherBytes > otherRoom() && eldest.hasNext()) {
          Map.Entry<Path, Entry> e = eldest.next();
          if (!e.getValue().kept()) {
            uncount(e.getValue());
            dropped.add(e.getKey());
            eldest.remove();
          }
        }
      }
    }
    delete(dropped);
  }

  /** Counts files on disk that the index does not know, without reading them (see {@link #get}). */
  private void recount(Path runFolder) {
    for (Path file : list(runFolder)) {
      String name = file.getFileName().toString();
      if (name.endsWith(".tmp")) {
        delete(List.of(file)); // a write cut short
        continue;
      }
      boolean known;
      synchronized (this) {
        known = files.containsKey(file);
      }
      if (!known) {
        try {
          index(file, new Entry(Files.size(file), null, !name.contains("~"), null));
        } catch (IOException e) {
          LOG.warn("render cache: cannot read {}: {}", file, e.toString());
        }
      }
    }
  }

  private void count(Entry e) {
    if (e.kept()) {
      keptBytes += e.size();
    } else {
      otherBytes += e.size();
    }
  }

  private void uncount(Entry e) {
    if (e.kept()) {
      keptBytes -= e.size();
    } else {
      otherBytes -= e.size();
    }
  }

  private static List<Path> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      LOG.warn("render cache: cannot list {}: {}", folder, e.toString());
      return List.of();
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      delete(walk.sorted(Comparator.reverseOrder()).toList());
    } catch (IOException e) {
      LOG.warn("render cache: cannot delete {}: {}", root, e.toString());
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
