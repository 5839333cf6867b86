package dk.socialbench.server.reports;

import java.nio.charset.StandardCharsets;

/**
 * A last check that a rendered file is whole before it is sent with status 200: a PDF has its
 * header and its end marker, an XLSX is a ZIP archive, and no file is empty.
 */
final class CompleteFile {
  private CompleteFile() {}

  static void check(byte[] bytes, Format format) {
    if (bytes == null || bytes.length == 0) {
      throw new IllegalStateException("the renderer returned no bytes");
    }
    switch (format) {
      case PDF -> {
        if (!startsWith(bytes, "%PDF-") || !tailContains(bytes, "%%EOF")) {
          throw new IllegalStateException("the renderer returned an incomplete PDF");
        }
      }
      case XLSX -> {
        if (!startsWith(bytes, "PK")) {
          throw new IllegalStateException("the renderer returned an XLSX that is not a ZIP");
        }
      }
      case CSV -> {
        // any non-empty text is a CSV
      }
    }
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (bytes[i] != p[i]) {
        return false;
      }
    }
    return true;
  }

  /** PDF writers end with "%%EOF" and at most a few bytes of line ending after it. */
  private static boolean tailContains(byte[] bytes, String marker) {
    int from = Math.max(0, bytes.length - 1024);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains(marker);
  }
}
