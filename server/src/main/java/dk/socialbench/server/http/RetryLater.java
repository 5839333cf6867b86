package dk.socialbench.server.http;

import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;

/**
 * A refusal that ends: 429 (this client asked too often) or 503 (the server is full), rendered by
 * {@link ErrorResponses} with {@code Retry-After} in whole seconds, at least 1.
 */
public final class RetryLater extends HttpResponseException {
  private final Duration after;

  private RetryLater(HttpStatus status, String messageDa, Duration after) {
    super(status, messageDa, Map.of());
    this.after = after;
  }

  /** 429 Too Many Requests. */
  public static RetryLater tooManyRequests(String messageDa, Duration after) {
    return new RetryLater(HttpStatus.TOO_MANY_REQUESTS, messageDa, after);
  }

  /** 503 Service Unavailable. */
  public static RetryLater unavailable(String messageDa, Duration after) {
    return new RetryLater(HttpStatus.SERVICE_UNAVAILABLE, messageDa, after);
  }

  /** The value of {@code Retry-After}: whole seconds, rounded up, at least 1. */
  public long retryAfterSeconds() {
    long millis = Math.max(0, after.toMillis());
    return Math.max(1, (millis + 999) / 1000);
  }
}
