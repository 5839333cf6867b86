package dk.socialbench.server.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      String etag = "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
      return new RenderedFile(bytes, etag);
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
