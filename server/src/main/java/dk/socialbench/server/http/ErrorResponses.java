package dk.socialbench.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every error in one place, as JSON with a Danish message: {@code {"error": "...",
 * "status": 404, ...}}. Unexpected exceptions become 500 with an error id that is also in the log;
 * the client never sees a stack trace. A 405 names the methods the address takes in {@code Allow};
 * a {@link RetryLater} says when to come back in {@code Retry-After}.
 */
public final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private ErrorResponses() {}

  public static void register(RoutesConfig routes) {
    routes.exception(EndpointNotFound.class, (e, ctx) -> notFound(ctx));
    routes.exception(MethodNotAllowedResponse.class, ErrorResponses::methodNotAllowed);
    routes.exception(HttpResponseException.class, ErrorResponses::typed);
    routes.exception(Exception.class, ErrorResponses::unexpected);
  }

  private static void typed(HttpResponseException e, Context ctx) {
    if (e.getStatus() == HttpStatus.UNAUTHORIZED.getCode()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"socialbench\"");
    }
    if (e instanceof RetryLater later) {
      ctx.header("Retry-After", Long.toString(later.retryAfterSeconds()));
    }
    Map<String, Object> body = body(e.getStatus(), e.getMessage());
    body.putAll(e.getDetails());
    ctx.status(e.getStatus()).json(body);
  }

  private static void notFound(Context ctx) {
    ctx.status(404).json(body(404, "Adressen " + ctx.path() + " findes ikke på serveren."));
  }

  /** Javalin lists the methods in its details, under a key that depends on Accept. */
  private static void methodNotAllowed(MethodNotAllowedResponse e, Context ctx) {
    String allowed = e.getDetails().values().stream().findFirst().orElse("");
    ctx.header("Allow", allowed);
    Map<String, Object> body =
        body(
            405,
            "Metoden "
                + ctx.req().getMethod()
                + " kan ikke bruges på adressen "
                + ctx.path()
                + "; brug "
                + allowed
                + ".");
    body.put("allow", allowed);
    ctx.status(405).json(body);
  }

  private static void unexpected(Exception e, Context ctx) {
    String errorId = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("request {} {} failed [error id {}]", ctx.method(), ctx.path(), errorId, e);
    Map<String, Object> body =
        body(
            500,
            "Der opstod en fejl på serveren. Oplys fejl-id "
                + errorId
                + " til driften; fejlen står i serverens log.");
    body.put("error_id", errorId);
    ctx.status(500).json(body);
  }

  private static Map<String, Object> body(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", message);
    body.put("status", status);
    return body;
  }
}
