package dk.socialbench.pipeline;

import dk.socialbench.UserError;
import dk.socialbench.contract.RunLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A run's private staging area under {@code WORK/.staging/<run-id>/}. Everything a run writes goes
 * into its staged run directory: results, manifest, curated data and quarantine. {@link #commit()}
 * moves that directory into {@code runs/} and then replaces {@code runs/LATEST} by an atomic
 * rename: that rename is the single point at which the run becomes the current one, curated data
 * included ({@link RunLayout#registrations(String)} is read through {@code LATEST}). A run that
 * fails or is killed at any point before it leaves {@code LATEST}, the curated data and every
 * earlier run as they were; what it left behind (its staging area, a run directory {@code LATEST}
 * does not name) is removed by the next run, and so is the curated data and quarantine of runs
 * older than {@code LATEST} (kept for the newest run only).
 *
 * <p>One run at a time per work directory: a lock file refuses a second.
 */
public final class RunStaging implements AutoCloseable {
  /** Written into the staging area before the run directory leaves it. */
  private static final String COMMITTING = "COMMITTING";

  /** Told each step of a commit as it is done; tests use it to kill a run inside the commit. */
  interface CommitProbe {
    CommitProbe NONE = step -> {};

    /** {@code step} is "marked", "moved", "latest" or "pruned". */
    void reached(String step);
  }

  private final RunLayout layout;
  private final String runId;
  private final Path root;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final CommitProbe probe;
  private boolean committed;

  private RunStaging(
      RunLayout layout, String runId, FileChannel lockChannel, FileLock lock, CommitProbe probe) {
    this.layout = layout;
    this.runId = runId;
    this.root = staging(layout).resolve(runId);
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.probe = probe;
  }

  /** Takes the work directory's lock, clears what killed runs left behind, and stages a run. */
  public static RunStaging begin(RunLayout layout, String runId) {
    return begin(layout, runId, CommitProbe.NONE);
  }

  static RunStaging begin(RunLayout layout, String runId, CommitProbe probe) {
    try {
      Files.createDirectories(layout.work());
      FileChannel channel =
          FileChannel.open(
              layout.work().resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new UserError(
            "another run is using the work directory " + layout.work() + "; wait for it to end");
      }
      RunDirectories.removeUncommitted(layout, staging(layout), COMMITTING);
      deleteRecursively(staging(layout));
      RunDirectories.pruneAllBut(layout, RunDirectories.latest(layout));
      RunStaging s = new RunStaging(layout, runId, channel, lock, probe);
      Files.createDirectories(s.run());
      closeToOthers(s.run());
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the work directory: " + e.getMessage(), e);
    }
  }

  /**
   * Takes every permission from other users (not the owner's group: analysts and the server may
   * share it) on the run directory, before anything is written into it: it holds the curated
   * registrations, the quarantine (masked CPR numbers, file names and lines), the unsuppressed
   * results and every municipality's data-quality rows, and the commit moves it whole, so the run
   * stays closed in {@code runs/}. On a file system without POSIX permissions, nothing to do.
   */
  static void closeToOthers(Path dir) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
    if (posix == null) {
      return;
    }
    Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
    permissions.removeAll(
        EnumSet.of(
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE));
    posix.setPermissions(permissions);
  }

  private static Path staging(RunLayout layout) {
    return layout.work().resolve(".staging");
  }

  public String runId() {
    return runId;
  }

  /** The staged curated registrations (the run's analyses read them from here). */
  public Path registrations() {
    return run().resolve("curated").resolve("registrations");
  }

  /** The staged quarantine. */
  public Path quarantine() {
    return run().resolve("quarantine");
  }

  /**
   * The staged run directory: {@code restricted/}, {@code published/}, {@code manifest.json},
   * {@code curated/}, {@code quarantine/}.
   */
  public Path run() {
    return root.resolve("run");
  }

  public Path restricted(String dataset) {
    return run().resolve("restricted").resolve(dataset);
  }

  public Path published(String dataset) {
    return run().resolve("published").resolve(dataset);
  }

  public Path manifest() {
    return run().resolve("manifest.json");
  }

  /**
   * Moves the staged run into {@code runs/}, points {@code runs/LATEST} at it (the commit), then
   * removes the curated data and quarantine of every other run.
   */
  public void commit() {
    try {
      Files.createDirectories(layout.runs());
      Files.writeString(root.resolve(COMMITTING), runId + "\n", StandardCharsets.UTF_8);
      probe.reached("marked");
      move(run(), layout.run(runId));
      probe.reached("moved");
      Path tmp = layout.runs().resolve(".LATEST." + runId);
      Files.writeString(tmp, runId + "\n", StandardCharsets.UTF_8);
      move(tmp, layout.latest());
      committed = true;
      probe.reached("latest");
      RunDirectories.pruneAllBut(layout, runId);
      RunDirectories.removeLegacyCuratedData(layout);
      probe.reached("pruned");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish run " + runId + ": " + e.getMessage(), e);
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Removes the staging area (after a commit, or after a failure: then also a run directory moved
   * into {@code runs/} that {@code LATEST} does not name) and releases the lock.
   */
  @Override
  public void close() {
    try {
      RunDirectories.removeUncommitted(layout, staging(layout), COMMITTING);
      deleteRecursively(root);
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean committed() {
    return committed;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
