package dk.socialbench.server.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A report file and its entity tag: a strong ETag from the bytes' SHA-256, so a client's copy is
 * valid exactly as long as the server would send the same bytes.
 *
 * <p>A file just rendered holds its bytes. A file from the {@link RenderCache} holds the cache
 * file, open, and is sent from it in small pieces: reading a 0.7 MB file into the heap for every
 * download kept the garbage collector busy on a core of its own under concurrent downloads. Such a
 * file is read by one response; {@link #stream} or {@link #close} releases it.
 */
public final class RenderedFile implements AutoCloseable {
  private final byte[] bytes;
  private final FileChannel cached;
  private final long length;
  private final String etag;

  /** A file of {@code bytes}, tagged {@code etag}. */
  public RenderedFile(byte[] bytes, String etag) {
    this.bytes = Objects.requireNonNull(bytes, "bytes == null");
    this.cached = null;
    this.length = bytes.length;
    this.etag = Objects.requireNonNull(etag, "etag == null");
  }

  private RenderedFile(FileChannel cached, long length, String etag) {
    this.bytes = null;
    this.cached = Objects.requireNonNull(cached, "cached == null");
    this.length = length;
    this.etag = Objects.requireNonNull(etag, "etag == null");
  }

  static RenderedFile of(byte[] bytes) {
    return new RenderedFile(bytes, etagOf(bytes));
  }

  /** The strong ETag of {@code bytes}: the first 16 bytes of their SHA-256, quoted. */
  static String etagOf(byte[] bytes) {
    return "\"" + sha256Hex(bytes, 16) + "\"";
  }

  /** The first {@code bytes} bytes of the SHA-256 of {@code data}, in hex. */
  static String sha256Hex(byte[] data, int bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
      return HexFormat.of().formatHex(digest, 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** A cached file, already open (so that evicting it meanwhile cannot take it away). */
  static RenderedFile ofCache(FileChannel open, long length, String etag) {
    return new RenderedFile(open, length, etag);
  }

  public String etag() {
    return etag;
  }

  /** The file's length in bytes. */
  public long length() {
    return length;
  }

  /** The whole file in memory: a cached file is read (and released). */
  public byte[] bytes() {
    if (bytes != null) {
      return bytes;
    }
    try (InputStream in = Channels.newInputStream(cached)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a cached report file", e);
    }
  }

  /** Whether the file is read from the render cache (rather than just rendered, in memory). */
  public boolean isCached() {
    return cached != null;
  }

  /**
   * The file's bytes as a channel; closing it releases a cached file. A cached file's channel is
   * the open cache file itself, so a server can send it in pieces outside the heap.
   */
  public ReadableByteChannel channel() {
    return cached != null ? cached : Channels.newChannel(new ByteArrayInputStream(bytes));
  }

  /** The file's bytes as a stream; closing the stream releases a cached file. */
  public InputStream stream() {
    return bytes != null ? new ByteArrayInputStream(bytes) : Channels.newInputStream(cached);
  }

  /** Releases a cached file without reading it (a 304, say); nothing for bytes in memory. */
  @Override
  public void close() {
    if (cached != null) {
      try {
        cached.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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
