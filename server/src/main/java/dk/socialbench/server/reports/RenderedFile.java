package dk.socialbench.server.reports;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A report file and its entity tag: a strong ETag from the bytes' SHA-256, so a client's copy is
 * valid exactly as long as the server would send the same bytes.
 *
 * <p>A file just rendered holds its bytes. A file from the {@link RenderCache} holds the cache file
 * mapped into memory, outside the heap: a server writes it to the socket straight from the page
 * cache ({@link #content}), without reading it into a buffer for every download (docs/benchmarks.md
 * 5.0.27). Reading a 0.7 MB file into the heap for every download kept the garbage collector busy
 * on a core of its own under concurrent downloads (5.1).
 */
public final class RenderedFile {
  private final byte[] bytes;
  private final ByteBuffer mapped;
  private final String etag;

  /** A file of {@code bytes}, tagged {@code etag}. */
  public RenderedFile(byte[] bytes, String etag) {
    this(Objects.requireNonNull(bytes, "bytes == null"), null, etag);
  }

  private RenderedFile(byte[] bytes, ByteBuffer mapped, String etag) {
    this.bytes = bytes;
    this.mapped = mapped;
    this.etag = Objects.requireNonNull(etag, "etag == null");
  }

  static RenderedFile of(byte[] bytes) {
    return new RenderedFile(bytes, etagOf(bytes));
  }

  /** The strong ETag of {@code bytes}: the first 16 bytes of their SHA-256, quoted. */
  static String etagOf(byte[] bytes) {
    MessageDigest sha = sha256();
    sha.update(bytes);
    return etagOf(sha);
  }

  /** The strong ETag of what {@code sha} has digested. */
  static String etagOf(MessageDigest sha) {
    return "\"" + HexFormat.of().formatHex(sha.digest(), 0, 16) + "\"";
  }

  /** The first {@code bytes} bytes of the SHA-256 of {@code data}, in hex. */
  static String sha256Hex(byte[] data, int bytes) {
    return HexFormat.of().formatHex(sha256().digest(data), 0, bytes);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * A cached file: {@code mapped} is the whole cache file mapped read-only. The mapping stays valid
   * after the file is evicted or replaced (it holds the file's data until it is garbage collected),
   * so a download under way is always sent whole.
   */
  static RenderedFile ofCache(ByteBuffer mapped, String etag) {
    return new RenderedFile(null, mapped.asReadOnlyBuffer(), etag);
  }

  public String etag() {
    return etag;
  }

  /** The file's length in bytes. */
  public long length() {
    return bytes != null ? bytes.length : mapped.capacity();
  }

  /** The whole file in the heap: a cached file is copied out of its mapping. */
  public byte[] bytes() {
    if (bytes != null) {
      return bytes;
    }
    byte[] copy = new byte[mapped.capacity()];
    mapped.duplicate().clear().get(copy);
    return copy;
  }

  /** Whether the file is read from the render cache (rather than just rendered, in memory). */
  public boolean isCached() {
    return mapped != null;
  }

  /**
   * The whole file as a buffer of its own (position 0, read-only): a cached file's is its mapping,
   * direct, so a channel writes it to a socket without a copy in between.
   */
  public ByteBuffer content() {
    return bytes != null
        ? ByteBuffer.wrap(bytes).asReadOnlyBuffer()
        : mapped.duplicate().clear().asReadOnlyBuffer();
  }

  /** The file's bytes as a stream. */
  public InputStream stream() {
    return bytes != null ? new ByteArrayInputStream(bytes) : new BufferStream(content());
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

  /** Reads a buffer from its position to its limit. */
  private static final class BufferStream extends InputStream {
    private final ByteBuffer buffer;

    BufferStream(ByteBuffer buffer) {
      this.buffer = buffer;
    }

    @Override
    public int read() {
      return buffer.hasRemaining() ? buffer.get() & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Objects.checkFromIndexSize(off, len, b.length);
      if (len == 0) {
        return 0;
      }
      if (!buffer.hasRemaining()) {
        return -1;
      }
      int n = Math.min(len, buffer.remaining());
      buffer.get(b, off, n);
      return n;
    }

    @Override
    public int available() {
      return buffer.remaining();
    }
  }
}
