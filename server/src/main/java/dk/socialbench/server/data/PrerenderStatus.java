package dk.socialbench.server.data;

/**
 * How far the server is with rendering a run's default reports, as {@code /health} shows it.
 *
 * @param runId the run whose reports are rendered
 * @param reports how many default reports the run has
 * @param rendered how many are done: rendered now, or found in the cache
 * @param failed how many could not be rendered (the log names them)
 * @param done whether every report has been tried
 * @param seconds the time since the run was loaded, until done
 */
public record PrerenderStatus(
    String runId, int reports, int rendered, int failed, boolean done, double seconds) {}
