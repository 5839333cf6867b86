package dk.socialbench.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts and hashes (SHA-256) the bytes of a delivery file as ingest reads it, so the run manifest
 * can name every input by checksum without reading the files twice; and counts its physical lines
 * (LF, CRLF or a lone CR ends one), independently of the CSV parser, so that ingest can reconcile
 * lines as well as rows.
 */
final class FileDigest extends FilterInputStream {
  private final MessageDigest sha256;
  private long bytes;
  private long lineBreaks;
  private int last = -1;

  FileDigest(InputStream in) {
    super(in);
    this.sha256 = newSha256();
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      sha256.update((byte) b);
      bytes++;
      count(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      sha256.update(buffer, offset, n);
      bytes += n;
      for (int i = offset; i < offset + n; i++) {
        count(buffer[i] & 0xFF);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Reading instead of skipping keeps the digest complete.
    return readNBytes((int) Math.min(n, Integer.MAX_VALUE)).length;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /**
   * This stream for a reader that may close it (POI closes a workbook's stream when it has read
   * it): closing the view does not close the file, so the rest can still be hashed.
   */
  InputStream unclosable() {
    return new FilterInputStream(this) {
      @Override
      public void close() {
        // The digest's owner closes the file.
      }
    };
  }

  private void count(int b) {
    if (b == '\r' || (b == '\n' && last != '\r')) {
      lineBreaks++;
    }
    last = b;
  }

  /** Physical lines read so far: line breaks, plus a last line that has none. */
  long lines() {
    return lineBreaks + (last >= 0 && last != '\n' && last != '\r' ? 1 : 0);
  }

  /** Bytes read so far; the whole file once the reader has reached its end. */
  long bytes() {
    return bytes;
  }

  /**
   * The SHA-256 of {@code in}'s bytes to its end (which this closes), in hex, and nothing counted
   * by line: for the task that hashes a split file whose lines were counted when it was split.
   *
   * @param bytes how many bytes {@code in} must have: the file's size when it was split
   */
  static String sha256Of(InputStream in, long bytes) throws IOException {
    MessageDigest sha256 = newSha256();
    long read = 0;
    try (in) {
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer, 0, buffer.length)) > 0) {
        sha256.update(buffer, 0, n);
        read += n;
      }
    }
    if (read != bytes) {
      throw new IOException("the file has " + read + " bytes, not the " + bytes + " it had");
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads what the reader left unread (a workbook's trailing directory, say) and returns the file's
   * SHA-256. Call once, before closing.
   */
  String sha256() throws IOException {
    byte[] rest = new byte[8192];
    while (read(rest, 0, rest.length) > 0) {
      // Only the digest wants these bytes.
    }
    return HexFormat.of().formatHex(sha256.digest());
  }
}
