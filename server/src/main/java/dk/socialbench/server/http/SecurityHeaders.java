package dk.socialbench.server.http;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every answer of the server carries, set before any handler runs, so that errors,
 * redirects and downloads get them as well as the page and the JSON API:
 *
 * <ul>
 *   <li>{@code Cache-Control: no-store}: every answer is for one token (a municipality's figures,
 *       its rejected rows), so no browser or proxy may keep a copy for the next user of the
 *       machine;
 *   <li>{@code X-Content-Type-Options: nosniff}: a CSV or JSON answer is never run as a script or
 *       shown as a page;
 *   <li>{@code X-Frame-Options: DENY} and a policy that loads nothing and lets no page frame the
 *       answer ({@code default-src 'none'; frame-ancestors 'none'}); the page replaces the policy
 *       with its own, which forbids framing too;
 *   <li>{@code Referrer-Policy: same-origin}: nothing goes to other sites (not {@code no-referrer}:
 *       with it browsers send {@code Origin: null} on the login form's post, which {@link
 *       SameOrigin} must refuse).
 * </ul>
 */
public final class SecurityHeaders {
  /** For answers that are not the page: they load nothing and are framed by nobody. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /** The headers and their values, in the order they are set. */
  static final Map<String, String> HEADERS = headers();

  public static void set(Context ctx) {
    HEADERS.forEach(ctx::header);
  }

  private static Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Cache-Control", "no-store");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("Referrer-Policy", "same-origin");
    return Collections.unmodifiableMap(headers);
  }
}
