package dk.socialbench.server.data;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The run the server serves now. A request reads it once and keeps that {@link LoadedRun} to the
 * end, so a switch to a newer run never mixes two runs in one response.
 */
public final class CurrentRun {
  private final AtomicReference<LoadedRun> run = new AtomicReference<>();
  private volatile String loadProblem;
  private volatile Supplier<Optional<PrerenderStatus>> prerender = Optional::empty;
  private volatile Supplier<Optional<WarmUpStatus>> warmUp = Optional::empty;

  /** The run being served, or empty before the first run has loaded. */
  public Optional<LoadedRun> get() {
    return Optional.ofNullable(run.get());
  }

  /**
   * Why the newest run could not be loaded, or null. Kept while an older run is served, so that an
   * operator sees it on {@code /health}.
   */
  public String loadProblem() {
    return loadProblem;
  }

  /** Serves {@code next} from now on; returns the run it replaced, or null. */
  public LoadedRun switchTo(LoadedRun next) {
    loadProblem = null;
    return run.getAndSet(next);
  }

  /** How far the newest run's reports are rendered, if they are rendered before serving. */
  public Optional<PrerenderStatus> prerender() {
    return prerender.get();
  }

  /** Where {@link #prerender()} comes from (the pre-renderer of the report service). */
  public void prerenderStatus(Supplier<Optional<PrerenderStatus>> status) {
    this.prerender = Objects.requireNonNull(status, "status == null");
  }

  /** How far the renderer's warm-up is, if the server warms up. */
  public Optional<WarmUpStatus> warmUp() {
    return warmUp.get();
  }

  /** Where {@link #warmUp()} comes from (the pre-renderer of the report service). */
  public void warmUpStatus(Supplier<Optional<WarmUpStatus>> status) {
    this.warmUp = Objects.requireNonNull(status, "status == null");
  }

  void reportProblem(String problem) {
    loadProblem = problem;
  }
}
