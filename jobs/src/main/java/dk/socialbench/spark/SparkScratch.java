package dk.socialbench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Where a local run's Spark writes its shuffle files, spills and cached blocks: {@code
 * WORK/.spark-scratch/<process id>/}, readable by the run's own user only, instead of {@code
 * java.io.tmpdir}. Ingest shuffles its rows before another citizen's name and the names in file
 * names are redacted ({@code Ingest}), so these files hold what must not leave ingest; in {@code
 * /tmp} they were world-readable and a killed run left them there. {@link SparkSessions} also
 * encrypts them (a key that lives in the process only), so what a killed run leaves is unreadable;
 * the next run of the same WORK removes it ({@link #removeLeftovers}).
 *
 * <p>Example: {@code SparkSessions.builder("local[*]").scratchUnder(work).create()}.
 */
public final class SparkScratch {
  /** The folder under WORK that holds every local run's scratch folder. */
  public static final String DIRECTORY = ".spark-scratch";

  private SparkScratch() {}

  /** Creates this process's scratch folder under {@code work}, owner only, and returns it. */
  static Path create(Path work) {
    Path root = work.resolve(DIRECTORY);
    Path mine = root.resolve(Long.toString(ProcessHandle.current().pid()));
    try {
      Files.createDirectories(mine);
      ownerOnly(root);
      ownerOnly(mine);
      return mine;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create Spark's scratch folder " + mine, e);
    }
  }

  /**
   * Removes every scratch folder under {@code work} but the one {@code spark} uses: what runs that
   * were killed left behind. Call it holding the work directory's lock, so no other run uses one.
   */
  public static void removeLeftovers(Path work, SparkSession spark) throws IOException {
    Path root = work.resolve(DIRECTORY);
    if (!Files.isDirectory(root)) {
      return;
    }
    Path top = absolute(root);
    List<Path> used =
        Arrays.stream(spark.sparkContext().getConf().get("spark.local.dir", "").split(","))
            .filter(d -> !d.isBlank())
            .map(d -> absolute(Path.of(d.strip())))
            .toList();
    if (used.stream().anyMatch(top::startsWith)) {
      return; // WORK's scratch is inside (or is) a folder this session uses: nothing is left over
    }
    List<Path> entries;
    try (Stream<Path> list = Files.list(root)) {
      entries = list.filter(p -> used.stream().noneMatch(u -> u.startsWith(absolute(p)))).toList();
    }
    for (Path entry : entries) {
      deleteRecursively(entry);
    }
  }

  /** Removes this process's scratch folder under {@code work}, once its session has stopped. */
  public static void removeOwn(Path work) {
    Path mine = work.resolve(DIRECTORY).resolve(Long.toString(ProcessHandle.current().pid()));
    try {
      deleteRecursively(mine);
    } catch (IOException e) {
      // What is left is encrypted, and the next run removes it.
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static Path absolute(Path p) {
    return p.toAbsolutePath().normalize();
  }

  private static void ownerOnly(Path dir) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
    if (posix != null) {
      posix.setPermissions(PosixFilePermissions.fromString("rwx------"));
    }
  }
}
