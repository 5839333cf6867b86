package dk.socialbench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Finds the job jar (the shaded {@code socialbench-jobs-VERSION-job.jar} that {@code spark-submit}
 * runs) for a driver that runs from the thin jar or from {@code target/classes}, so that a session
 * on a cluster can ship it to the executors with {@code spark.jars}.
 *
 * <p>Example: {@code JobJar.locate().ifPresent(jar -> builder.config("spark.jars",
 * jar.toUri().toString()))}.
 */
public final class JobJar {
  /** Names the job jar explicitly, e.g. {@code -Dsocialbench.job.jar=/opt/socialbench/job.jar}. */
  public static final String PROPERTY = "socialbench.job.jar";

  private JobJar() {}

  /** The job jar: the property above, else the one beside this class's jar or classes folder. */
  public static Optional<Path> locate() {
    String named = System.getProperty(PROPERTY);
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named).toAbsolutePath());
    }
    CodeSource source = JobJar.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return Optional.empty();
    }
    Path here;
    try {
      here = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (here.getFileName().toString().endsWith("-job.jar")) {
      return Optional.of(here);
    }
    Path dir = here.getParent(); // target/ holds the thin jar, classes/ and the job jar
    return dir == null ? Optional.empty() : find(dir);
  }

  private static Optional<Path> find(Path dir) {
    try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "socialbench-jobs-*-job.jar")) {
      for (Path jar : jars) {
        return Optional.of(jar);
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
