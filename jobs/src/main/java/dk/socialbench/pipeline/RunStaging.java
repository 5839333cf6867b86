package dk.socialbench.pipeline;

import dk.socialbench.contract.RunLayout;
import dk.socialbench.delivery.UserError;
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
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's private staging area under {@code WORK/.staging/<run-id>/}. Everything a run writes goes
 * here first; {@link #commit()} moves it into place and then replaces {@code runs/LATEST} by an
 * atomic rename. A run that fails or is killed before that leaves {@code LATEST}, the curated data
 * and every earlier run as they were; its staging area is removed by the next run.
 *
 * <p>One run at a time per work directory: a lock file refuses a second.
 */
public final class RunStaging implements AutoCloseable {
  private final RunLayout layout;
  private final String runId;
  private final Path root;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private boolean committed;

  private RunStaging(RunLayout layout, String runId, FileChannel lockChannel, FileLock lock) {
    this.layout = layout;
    this.runId = runId;
    this.root = staging(layout).resolve(runId);
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /** Takes the work directory's lock, clears what killed runs left behind, and stages a run. */
  public static RunStaging begin(RunLayout layout, String runId) {
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
      restoreInterruptedReplacements(layout);
      deleteRecursively(staging(layout));
      RunStaging s = new RunStaging(layout, runId, channel, lock);
      Files.createDirectories(s.root);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the work directory: " + e.getMessage(), e);
    }
  }

  /**
   * A run killed between moving the old curated data (or quarantine) aside and moving the new one
   * in left neither in place: put the old one back.
   */
  private static void restoreInterruptedReplacements(RunLayout layout) throws IOException {
    if (!Files.isDirectory(staging(layout))) {
      return;
    }
    try (Stream<Path> runs = Files.list(staging(layout))) {
      for (Path run : runs.toList()) {
        for (Path target : new Path[] {layout.curated(), layout.quarantine()}) {
          Path old = run.resolve("replaced-" + target.getFileName());
          if (Files.exists(old) && !Files.exists(target)) {
            move(old, target);
          }
        }
      }
    }
  }

  private static Path staging(RunLayout layout) {
    return layout.work().resolve(".staging");
  }

  public String runId() {
    return runId;
  }

  /** The staged curated registrations (the run's analyses read them from here). */
  public Path registrations() {
    return root.resolve("curated").resolve("registrations");
  }

  public Path quarantine() {
    return root.resolve("quarantine");
  }

  /** The staged run directory: {@code restricted/}, {@code published/}, {@code manifest.json}. */
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
   * Moves the staged run into {@code runs/}, the staged curated data and quarantine into place, and
   * finally points {@code runs/LATEST} at the run.
   */
  public void commit() {
    try {
      Files.createDirectories(layout.runs());
      move(run(), layout.run(runId));
      replace(root.resolve("curated"), layout.curated());
      replace(quarantine(), layout.quarantine());
      Path tmp = layout.runs().resolve(".LATEST." + runId);
      Files.writeString(tmp, runId + "\n", StandardCharsets.UTF_8);
      move(tmp, layout.latest());
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish run " + runId + ": " + e.getMessage(), e);
    }
  }

  private void replace(Path staged, Path target) throws IOException {
    Path old = root.resolve("replaced-" + target.getFileName());
    if (Files.exists(target)) {
      move(target, old);
    }
    move(staged, target);
    deleteRecursively(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Removes the staging area (after a commit, or after a failure) and releases the lock. */
  @Override
  public void close() {
    try {
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
