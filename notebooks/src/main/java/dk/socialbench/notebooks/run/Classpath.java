package dk.socialbench.notebooks.run;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath the notebook's cells compile against: this JVM's, with the {@code Class-Path} of
 * manifest-only jars (as test runners and some launchers use) expanded.
 */
final class Classpath {
  private Classpath() {}

  static Set<String> entries() {
    Set<String> entries = new LinkedHashSet<>();
    for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (e.isBlank()) {
        continue;
      }
      entries.add(e);
      Path p = Path.of(e);
      if (e.endsWith(".jar") && Files.isRegularFile(p)) {
        entries.addAll(manifestClassPath(p));
      }
    }
    return entries;
  }

  private static Set<String> manifestClassPath(Path jar) {
    Set<String> out = new LinkedHashSet<>();
    try (JarFile j = new JarFile(jar.toFile())) {
      Manifest m = j.getManifest();
      String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
      if (cp == null) {
        return out;
      }
      for (String ref : cp.trim().split("\\s+")) {
        Path resolved = Path.of(jar.toAbsolutePath().getParent().toUri().resolve(ref));
        out.add(resolved.toString());
      }
    } catch (IOException | IllegalArgumentException e) {
      // Not a jar we can read: its own entry is still on the list.
    }
    return out;
  }
}
