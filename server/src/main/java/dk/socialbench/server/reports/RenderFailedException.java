package dk.socialbench.server.reports;

import io.javalin.http.InternalServerErrorResponse;
import java.util.Map;

/**
 * A report that could not be rendered: status 500 with an error id in the body. The cause, with its
 * stack trace, goes only to the server log under the same id.
 */
public final class RenderFailedException extends InternalServerErrorResponse {
  private final String errorId;

  RenderFailedException(String errorId) {
    super(
        "Rapporten kunne ikke dannes. Oplys fejl-id "
            + errorId
            + " til driften; fejlen står i serverens log.",
        Map.of("error_id", errorId));
    this.errorId = errorId;
  }

  public String errorId() {
    return errorId;
  }
}
