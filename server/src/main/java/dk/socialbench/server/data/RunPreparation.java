package dk.socialbench.server.data;

/**
 * What is done with a newly loaded run before the server serves it: the report service renders its
 * reports ({@code dk.socialbench.server.reports.Prerenderer}).
 */
@FunctionalInterface
public interface RunPreparation {
  /** Nothing to do: a run is served as soon as it is loaded. */
  RunPreparation NONE = (next, served) -> {};

  /**
   * Returns when {@code next} may be served.
   *
   * @param served the run served now, or null before the first
   * @throws InterruptedException if the server stops meanwhile
   */
  void prepare(LoadedRun next, LoadedRun served) throws InterruptedException;
}
