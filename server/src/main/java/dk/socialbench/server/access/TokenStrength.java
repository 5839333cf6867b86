package dk.socialbench.server.access;

import java.util.Optional;
import java.util.Set;

/**
 * The minimum strength of an access token, the same for {@code SOCIALBENCH_ADMIN_TOKEN} and every
 * token made into a token-file line: at least {@value #MIN_LENGTH} characters, at least {@value
 * #MIN_DISTINCT} of them different, and not a demo token (those are allowed with {@code --demo}
 * only). A random token such as {@code openssl rand -base64 30} passes.
 *
 * <p>Example: {@code TokenStrength.weakness("a")} says it is too short; {@code
 * TokenStrength.weakness("kX9v...")} of 40 random characters is empty.
 */
public final class TokenStrength {
  public static final int MIN_LENGTH = 20;
  public static final int MIN_DISTINCT = 8;

  /** The tokens {@code serve --demo} adds; documented, so no secret. */
  public static final Set<String> DEMO_TOKENS = Set.of("demo-admin", "demo-frederiksberg");

  /** The rule in one English sentence, for {@code --help}, the start-up line and errors. */
  public static final String RULE =
      "an access token needs at least "
          + MIN_LENGTH
          + " characters, at least "
          + MIN_DISTINCT
          + " of them different (e.g. openssl rand -base64 30); the demo tokens are allowed only"
          + " with --demo";

  private TokenStrength() {}

  /**
   * What makes {@code token} too weak, in English, without repeating it; empty when it is strong
   * enough.
   */
  public static Optional<String> weakness(String token) {
    if (DEMO_TOKENS.contains(token)) {
      return Optional.of("it is a demo token, allowed only with --demo");
    }
    int length = token.codePointCount(0, token.length());
    if (length < MIN_LENGTH) {
      return Optional.of("it has fewer than " + MIN_LENGTH + " characters");
    }
    long distinct = token.codePoints().distinct().count();
    if (distinct < MIN_DISTINCT) {
      return Optional.of("it has fewer than " + MIN_DISTINCT + " different characters");
    }
    return Optional.empty();
  }

  /** Whether {@code hash} (as in a token file) is the hash of a demo token. */
  public static boolean isDemoHash(String hash) {
    return DEMO_TOKENS.stream().map(TokenFile::hash).anyMatch(hash::equals);
  }
}
