package dk.socialbench.server.reports;

import io.javalin.http.ServiceUnavailableResponse;
import java.util.Map;

/**
 * Too many reports wait to be rendered: status 503, with a {@code Retry-After} header (set by
 * {@link ReportRoutes}) and a Danish message, instead of a request held open until a render thread
 * is free.
 */
public final class RenderQueueFullException extends ServiceUnavailableResponse {
  /** Seconds a client should wait: a full queue of national benchmarks drains in a few. */
  public static final int RETRY_AFTER_SECONDS = 5;

  RenderQueueFullException(int maxWaiting) {
    super(
        "Serveren er optaget af at danne andre rapporter ("
            + maxWaiting
            + " venter allerede). Prøv igen om "
            + RETRY_AFTER_SECONDS
            + " sekunder.",
        Map.of("retry_after_seconds", Integer.toString(RETRY_AFTER_SECONDS)));
  }
}
