package dk.socialbench.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answer to a request Jetty refuses before any route runs (bytes that are no UTF-8 or an
 * illegal character in the path, a NUL, a malformed request line): a JSON error with the server's
 * {@link SecurityHeaders}, as {@link ErrorResponses} gives, that names the status only. Jetty's own
 * page echoed the address and carried none of the headers.
 *
 * <p>Example: {@code GET /%FF} gets {@code 400 {"error": "Forespørgslen kan ikke læses …",
 * "status": 400}}.
 */
public final class RefusedRequests extends ErrorHandler {
  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback cb) {
    jsonHeaders(response.getHeaders());
    response.write(true, ByteBuffer.wrap(body(code)), cb);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    jsonHeaders(fields);
    return ByteBuffer.wrap(body(status));
  }

  /** The server's security headers and a JSON body's content type. */
  private static void jsonHeaders(HttpFields.Mutable headers) {
    SecurityHeaders.HEADERS.forEach(headers::put);
    headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
  }

  /** The status, never what was asked: the address may hold anything. */
  static byte[] body(int status) {
    String message =
        status == 400
            ? "Forespørgslen kan ikke læses: adressen har tegn, som serveren ikke godtager."
            : "Forespørgslen kan ikke besvares.";
    return ("{\"error\":\"" + message + "\",\"status\":" + status + "}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
