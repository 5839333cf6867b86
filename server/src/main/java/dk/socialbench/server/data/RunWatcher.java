package dk.socialbench.server.data;

import dk.socialbench.contract.RunLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls {@code WORK/runs/LATEST} and switches {@link CurrentRun} when it names a new run, once the
 * run is loaded and prepared (its reports rendered: {@link RunPreparation}). The jobs replace
 * LATEST by rename, so reading it never sees half a run id; polling (not a WatchService) also
 * notices a LATEST on a network file system and a {@code runs/} folder made after start.
 *
 * <p>A run that fails to load is not retried until LATEST changes again; the older run, if any,
 * stays served.
 */
public final class RunWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunWatcher.class);

  private final RunLayout layout;
  private final RunLoader loader;
  private final CurrentRun current;
  private final RunPreparation preparation;
  private final Consumer<LoadedRun> onSwitch;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "run-watcher");
            t.setDaemon(true);
            return t;
          });
  private String lastSeen;

  public RunWatcher(
      RunLayout layout, RunLoader loader, CurrentRun current, Consumer<LoadedRun> onSwitch) {
    this(layout, loader, current, RunPreparation.NONE, onSwitch);
  }

  /** A watcher that has {@code preparation} prepare each run before it is served. */
  public RunWatcher(
      RunLayout layout,
      RunLoader loader,
      CurrentRun current,
      RunPreparation preparation,
      Consumer<LoadedRun> onSwitch) {
    this.layout = Objects.requireNonNull(layout, "layout == null");
    this.loader = Objects.requireNonNull(loader, "loader == null");
    this.current = Objects.requireNonNull(current, "current == null");
    this.preparation = Objects.requireNonNull(preparation, "preparation == null");
    this.onSwitch = Objects.requireNonNull(onSwitch, "onSwitch == null");
  }

  /** Checks once now (so a server starts with its run), then every {@code interval}. */
  public void start(Duration interval) {
    checkNow();
    long millis = interval.toMillis();
    timer.scheduleWithFixedDelay(this::checkSafely, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Loads and switches to the run LATEST names, if it is not the one last tried. */
  public synchronized void checkNow() {
    String seen;
    String runId;
    try {
      FileTime modified = Files.getLastModifiedTime(layout.latest());
      runId = Files.readString(layout.latest(), StandardCharsets.UTF_8).trim();
      seen = runId + "@" + modified;
    } catch (NoSuchFileException e) {
      return; // no run published yet: the server answers 503 until there is one
    } catch (IOException e) {
      LOG.warn("cannot read {}: {}", layout.latest(), e.toString());
      return;
    }
    if (seen.equals(lastSeen)) {
      return;
    }
    lastSeen = seen;
    load(runId);
  }

  private void load(String runId) {
    long start = System.nanoTime();
    LoadedRun next;
    try {
      next = loader.load(runId);
    } catch (RunLoadException | RuntimeException e) {
      current.reportProblem(e.getMessage());
      LOG.error("run {} cannot be served: {}", runId, e.getMessage());
      return;
    }
    long loaded = System.nanoTime();
    try {
      preparation.prepare(next, current.get().orElse(null));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the server stops
      return;
    } catch (RuntimeException e) {
      LOG.error("run {}: preparing it failed; serving it as it is", runId, e);
    }
    LoadedRun previous = current.switchTo(next);
    long now = System.nanoTime();
    LOG.info(
        "serving run {} ({} ms to load, {} ms to prepare{})",
        runId,
        (loaded - start) / 1_000_000,
        (now - loaded) / 1_000_000,
        previous == null ? "" : "; replaces " + previous.runId());
    onSwitch.accept(next);
  }

  private void checkSafely() {
    try {
      checkNow();
    } catch (RuntimeException e) {
      LOG.error("checking for a new run failed", e); // keep the timer alive
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
