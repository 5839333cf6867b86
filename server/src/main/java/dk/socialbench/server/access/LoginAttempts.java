package dk.socialbench.server.access;

import dk.socialbench.server.http.RetryLater;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits guessing of tokens, on the login form and in {@code Authorization: Bearer}: wrong tokens
 * are counted per client address (an IPv6 address by its /64 network, which one machine usually has
 * whole) and per token prefix (the first {@value #PREFIX_LENGTH} characters, to slow guessing
 * spread over many addresses). Past the limit every attempt of that address or prefix, right or
 * wrong, is refused with 429 until the bucket refills: answering a right token then would tell a
 * guesser which guess was right. Successful attempts are never counted.
 *
 * <p>Each failure is logged with the route and the client address, never the token nor any part or
 * hash of it.
 */
public final class LoginAttempts {
  private static final Logger LOG = LoggerFactory.getLogger(LoginAttempts.class);
  static final int PREFIX_LENGTH = 4;

  /** Wrong tokens an address may send at once, then one more every {@link #ADDRESS_REFILL}. */
  public static final int ADDRESS_BURST = 20;

  public static final Duration ADDRESS_REFILL = Duration.ofSeconds(30);

  /** Wrong tokens with one prefix at once, then one more every {@link #PREFIX_REFILL}. */
  public static final int PREFIX_BURST = 10;

  public static final Duration PREFIX_REFILL = Duration.ofSeconds(60);

  /** Addresses and prefixes remembered at most, each: a few megabytes. */
  static final int MAX_KEYS = 50_000;

  private final FailedAttempts byAddress;
  private final FailedAttempts byPrefix;

  /** The limits above. */
  public LoginAttempts() {
    this(Clock.systemUTC());
  }

  LoginAttempts(Clock clock) {
    this.byAddress = new FailedAttempts(ADDRESS_BURST, ADDRESS_REFILL, MAX_KEYS, clock);
    this.byPrefix = new FailedAttempts(PREFIX_BURST, PREFIX_REFILL, MAX_KEYS, clock);
  }

  /**
   * Refuses the attempt when its address or its token's prefix is blocked.
   *
   * @throws RetryLater 429 with the seconds to wait
   */
  public void check(String clientAddress, String token) {
    Duration address = byAddress.blocked(network(clientAddress)).orElse(Duration.ZERO);
    Duration prefix = byPrefix.blocked(prefix(token)).orElse(Duration.ZERO);
    Duration wait = address.compareTo(prefix) >= 0 ? address : prefix;
    if (!wait.isZero()) {
      long seconds = (wait.toMillis() + 999) / 1000;
      throw RetryLater.tooManyRequests(
          "For mange forsøg med forkerte adgangsnøgler. Vent "
              + seconds
              + " sekunder, og prøv igen.",
          wait);
    }
  }

  /** Counts a wrong token and logs it (route and address only), and when a limit is reached. */
  public void failed(String route, String clientAddress, String token) {
    LOG.warn("wrong access token: {} from {}", route, clientAddress);
    if (byAddress.fail(network(clientAddress))) {
      LOG.warn(
          "{} reached the limit of wrong tokens: its attempts are refused (429)", clientAddress);
    }
    if (byPrefix.fail(prefix(token))) {
      LOG.warn(
          "wrong tokens sharing a prefix reached their limit: such attempts are refused (429)");
    }
  }

  /** The key of an address: IPv4 whole, IPv6 by its first 64 bits. */
  static String network(String address) {
    if (address.indexOf(':') < 0) {
      return address;
    }
    String[] groups = address.split(":", -1);
    if (groups.length < 8) {
      return address; // not the full form InetAddress writes: keep it whole
    }
    return String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
  }

  /** Kept in memory only, to count: never logged. */
  private static String prefix(String token) {
    String t = token == null ? "" : token;
    return t.substring(0, Math.min(PREFIX_LENGTH, t.length()));
  }
}
