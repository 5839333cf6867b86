package dk.socialbench.server.http;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the server is reached: directly, or behind a reverse proxy that ends TLS. The proxy's {@code
 * X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only when the request comes from one
 * of the trusted proxy addresses; from anyone else they are ignored, since a client can send any
 * header it likes.
 *
 * <p>Example: nginx on the same machine, serving {@code https://sep.kommune.dk}: {@code new
 * ReverseProxy(URI.create("https://sep.kommune.dk"), List.of("127.0.0.1"))}.
 */
public final class ReverseProxy {
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private final URI publicUrl;
  private final Set<String> trusted;

  /**
   * @param publicUrl the address users open, or null when the server is reached as it listens
   * @param trustedProxies the IP addresses of the proxies whose forwarding headers are believed
   * @throws IllegalArgumentException for a public URL that is not http(s)://HOST[:PORT] or a proxy
   *     that is not an IP address
   */
  public ReverseProxy(URI publicUrl, List<String> trustedProxies) {
    if (publicUrl != null) {
      String scheme = publicUrl.getScheme();
      String path = publicUrl.getRawPath();
      boolean root = path == null || path.isEmpty() || path.equals("/");
      boolean web = "http".equals(scheme) || "https".equals(scheme);
      if (!web || publicUrl.getHost() == null || !root || publicUrl.getRawQuery() != null) {
        throw new IllegalArgumentException(
            "the public URL must be https://HOST[:PORT]/ (or http://), without a path: "
                + publicUrl);
      }
    }
    this.publicUrl = publicUrl;
    this.trusted =
        trustedProxies.stream()
            .map(
                p ->
                    literal(p)
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "a trusted proxy must be an IP address, not '" + p + "'")))
            .map(InetAddress::getHostAddress)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** No proxy: the server is reached as it listens. */
  public static ReverseProxy none() {
    return new ReverseProxy(null, List.of());
  }

  /**
   * The address of the client: the connection's peer, or behind a trusted proxy the last address in
   * {@code X-Forwarded-For} that is not itself a trusted proxy.
   */
  public String clientAddress(Context ctx) {
    String peer = normalised(ctx.ip());
    if (!isTrusted(peer)) {
      return peer;
    }
    List<String> forwarded = Collections.list(ctx.req().getHeaders("X-Forwarded-For"));
    List<String> hops =
        forwarded.stream()
            .flatMap(h -> List.of(h.split(",")).stream())
            .map(String::trim)
            .filter(h -> !h.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        return peer; // a garbled header says nothing we can trust
      }
      String address = hop.get().getHostAddress();
      if (!isTrusted(address)) {
        return address;
      }
    }
    return peer;
  }

  /** Whether the user reached the server over TLS (the public URL, or a trusted proxy says so). */
  public boolean isHttps(Context ctx) {
    if (publicUrl != null) {
      return "https".equals(publicUrl.getScheme());
    }
    if (isTrusted(normalised(ctx.ip()))) {
      String proto = ctx.header("X-Forwarded-Proto");
      return proto != null && proto.trim().equalsIgnoreCase("https");
    }
    return "https".equalsIgnoreCase(ctx.scheme());
  }

  /**
   * The origin the server's own pages have, as a browser writes it in {@code Origin}: the public
   * URL's, or the scheme and {@code Host} of the request.
   */
  public String origin(Context ctx) {
    if (publicUrl != null) {
      return origin(publicUrl).orElseThrow();
    }
    String host = ctx.header("Host");
    if (host == null || host.isBlank()) {
      return "";
    }
    return origin(URI.create((isHttps(ctx) ? "https" : "http") + "://" + host.trim())).orElse("");
  }

  /** {@code scheme://host[:port]} of {@code uri}, lower case, the port left out when default. */
  public static Optional<String> origin(URI uri) {
    if (uri.getScheme() == null || uri.getHost() == null) {
      return Optional.empty();
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || ("http".equals(scheme) && port == 80)
            || ("https".equals(scheme) && port == 443);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port));
  }

  /** The public URL, if one is set. */
  public Optional<URI> publicUrl() {
    return Optional.ofNullable(publicUrl);
  }

  private boolean isTrusted(String address) {
    return trusted.contains(address);
  }

  private static String normalised(String address) {
    return literal(address).map(InetAddress::getHostAddress).orElse(address);
  }

  /**
   * An IP address written as numbers, or empty. Never a name: resolving one would let a header make
   * the server ask DNS.
   */
  static Optional<InetAddress> literal(String text) {
    String bare =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    try {
      Matcher v4 = IPV4.matcher(bare);
      if (v4.matches()) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          int octet = Integer.parseInt(v4.group(i + 1));
          if (octet > 255) {
            return Optional.empty();
          }
          bytes[i] = (byte) octet;
        }
        return Optional.of(InetAddress.getByAddress(bytes));
      }
      if (IPV6.matcher(bare).matches()) {
        // in brackets Java only parses it, and fails rather than ask DNS
        return Optional.of(InetAddress.getByName("[" + bare + "]"));
      }
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return Objects.toString(publicUrl, "reached directly") + ", trusted proxies " + trusted;
  }
}
