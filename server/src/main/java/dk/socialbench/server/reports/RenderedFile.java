package dk.socialbench.server.reports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A rendered report file and its entity tag: a strong ETag from the bytes' SHA-256, so a client's
 * copy is valid exactly as long as the server would send the same bytes.
 */
public record RenderedFile(byte[] bytes, String etag) {
  public RenderedFile {
    Objects.requireNonNull(bytes, "bytes == null");
    Objects.requireNonNull(etag, "etag == null");
  }

  static RenderedFile of(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      String etag = "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
      return new RenderedFile(bytes, etag);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Whether an {@code If-None-Match} header names this file's ETag (weakly compared). */
  public boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.trim();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
