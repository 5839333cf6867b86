package dk.socialbench.server.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hash of the code classes were loaded from: the bytes of their jars, or of every file in their
 * class folders (during development and tests). A jar built again is a new version even if nothing
 * changed, which costs one rendering of each report and never serves a stale one.
 *
 * <p>Example: {@code CodeVersion.of(ReportRenderer.class, ResultCatalogue.class)} is {@code
 * "c0ffee123456"} for the server and reports jars of one build.
 */
final class CodeVersion {
  private CodeVersion() {}

  static String of(Class<?>... classes) {
    Set<Path> sources = new LinkedHashSet<>();
    for (Class<?> c : classes) {
      CodeSource source = c.getProtectionDomain().getCodeSource();
      if (source == null) {
        return "unknown-" + c.getName(); // a JDK class: stable as long as the JDK
      }
      try {
        sources.add(Path.of(source.getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException("cannot locate the code of " + c.getName(), e);
      }
    }
    MessageDigest sha = sha256();
    for (Path source : sources) {
      for (Path file : files(source)) {
        sha.update(source.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        update(sha, file);
      }
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 6);
  }

  private static List<Path> files(Path source) {
    if (!Files.isDirectory(source)) {
      return List.of(source);
    }
    try (Stream<Path> walk = Files.walk(source)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + source, e);
    }
  }

  private static void update(MessageDigest sha, Path file) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
