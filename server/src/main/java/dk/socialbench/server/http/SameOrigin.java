package dk.socialbench.server.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Refuses a form post that did not come from the server's own page: its {@code Origin}, or when a
 * browser sends none its {@code Referer}, must be the server's origin ({@link
 * ReverseProxy#origin}). A request with neither is refused too: every browser sends one of them
 * with a form post, and scripts use a bearer token rather than the form. This keeps another site
 * from logging a user in or out (login CSRF), on top of the SameSite=Strict cookie.
 */
public final class SameOrigin {
  private final ReverseProxy proxy;

  public SameOrigin(ReverseProxy proxy) {
    this.proxy = Objects.requireNonNull(proxy, "proxy == null");
  }

  /**
   * Returns when the request comes from the server's own origin.
   *
   * @throws ForbiddenResponse 403 with a Danish message otherwise
   */
  public void require(Context ctx) {
    String origin = ctx.header("Origin");
    String referer = ctx.header("Referer");
    String from = origin != null ? origin : referer;
    if (from == null) {
      throw new ForbiddenResponse(
          "Anmodningen har hverken Origin- eller Referer-header, så serveren kan ikke se, at den"
              + " kommer fra socialbench' egen side. Log ind og ud fra forsiden.");
    }
    String expected = proxy.origin(ctx);
    if (expected.isEmpty() || !originOf(from).map(expected::equals).orElse(false)) {
      throw new ForbiddenResponse(
          "Anmodningen kom fra en anden side end socialbench' egen og er afvist. Log ind og ud fra"
              + " forsiden.");
    }
  }

  private static Optional<String> originOf(String header) {
    try {
      return ReverseProxy.origin(new URI(header.trim()));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty(); // "null" from a sandboxed page, or garbage: not our origin
    }
  }
}
