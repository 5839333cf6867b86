package dk.socialbench.server.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The token file: one access token a line, stored only as its SHA-256, so that a leaked file opens
 * nothing.
 *
 * <pre>
 * # comment lines and blank lines are ignored
 * sha256:&lt;64 lowercase hex digits&gt; &lt;role&gt; [# note]
 * sha256:5f2b...c1 admin                  # KL analysts
 * sha256:9a0e...77 municipality:147       # Frederiksberg
 * </pre>
 *
 * <p>{@code serve --hash-token TOKEN ROLE} prints such a line, and refuses a token weaker than
 * {@link TokenStrength}: the server cannot tell the strength of a token from its hash, so that is
 * where the rule is checked. A line holding the hash of a demo token is refused when the file is
 * read (demo tokens come only from {@code --demo}), and so is a token listed twice.
 */
public final class TokenFile {
  private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");

  private TokenFile() {}

  /** The line for {@code token} with {@code role}, ready to append to a token file. */
  public static String line(String token, String role) {
    Principal principal = Principal.parse(role);
    TokenStrength.weakness(token)
        .ifPresent(
            w -> {
              throw new IllegalArgumentException(
                  "the token for "
                      + principal.role()
                      + " is too weak: "
                      + w
                      + "; "
                      + TokenStrength.RULE);
            });
    return hash(token) + " " + principal.role();
  }

  /** {@code sha256:} and the hex SHA-256 of the token's UTF-8 bytes. */
  public static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * The hashes and principals of a token file; a malformed line, a demo token's hash or a token
   * listed twice fails with the line's number (never with the hash).
   */
  public static Map<String, Principal> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, Principal> byHash = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int comment = line.indexOf('#');
      String content = (comment < 0 ? line : line.substring(0, comment)).trim();
      if (content.isEmpty()) {
        continue;
      }
      String[] fields = content.split("\\s+");
      String where = file + " line " + (i + 1) + ": ";
      if (fields.length != 2 || !HASH.matcher(fields[0]).matches()) {
        throw new IOException(where + "expected 'sha256:<64 hex digits> <role>'");
      }
      Principal principal;
      try {
        principal = Principal.parse(fields[1]);
      } catch (IllegalArgumentException e) {
        throw new IOException(where + e.getMessage(), e);
      }
      if (TokenStrength.isDemoHash(fields[0])) {
        throw new IOException(
            where
                + "the token for "
                + principal.role()
                + " is a demo token, allowed only with --demo; make a strong one with --hash-token");
      }
      Integer first = lineOf.putIfAbsent(fields[0], i + 1);
      if (first != null) {
        throw new IOException(where + "the same token as line " + first + "; give each its own");
      }
      byHash.put(fields[0], principal);
    }
    return byHash;
  }
}
