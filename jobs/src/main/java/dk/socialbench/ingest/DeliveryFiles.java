package dk.socialbench.ingest;

import dk.socialbench.UserError;
import dk.socialbench.delivery.CprLike;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The delivery files under an input directory: every {@code .csv} and {@code .xlsx} file, in any
 * sub-directory (symbolic links followed), in a stable order. Other files (a README, say) are
 * listed as ignored, hidden files skipped. A symbolic link loop, a delivery that is a broken link
 * or not a regular file stops the run with every such path named.
 *
 * <p>Names are paths relative to the input directory with anything shaped like a CPR number masked
 * (a file named after a citizen's number must not carry it into any report), made unique. A path
 * that is not read as a delivery (an ignored file, a link loop) has every word masked too.
 */
public final class DeliveryFiles {
  private final Path root;
  private final List<DeliveryFile> files;
  private final List<String> ignored;

  private DeliveryFiles(Path root, List<DeliveryFile> files, List<String> ignored) {
    this.root = root;
    this.files = files;
    this.ignored = ignored;
  }

  /** Lists the deliveries under {@code input}; a missing or empty directory is a user error. */
  public static DeliveryFiles under(Path input) {
    if (!Files.isDirectory(input)) {
      throw new UserError("the input directory " + input + " does not exist or is not a directory");
    }
    Listing listing = new Listing(input);
    try {
      Files.walkFileTree(
          input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, listing);
    } catch (IOException e) {
      throw new UserError(
          "cannot list the input directory " + input + " (" + e.getClass().getName() + ")");
    }
    if (listing.problems.size() == 1) {
      throw new UserError(listing.problems.get(0));
    }
    if (!listing.problems.isEmpty()) {
      throw new UserError(
          listing.problems.size()
              + " paths under the input directory cannot be read:\n  "
              + String.join("\n  ", listing.problems));
    }
    if (listing.deliveries.isEmpty()) {
      throw new UserError(
          "no delivery files (.csv or .xlsx) under " + input + "; nothing to ingest");
    }
    listing.deliveries.sort(Comparator.naturalOrder());
    List<DeliveryFile> files = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path p : listing.deliveries) {
      String name = unique(shown(relative(input, p)), names);
      files.add(new DeliveryFile(p.toAbsolutePath().toUri().toString(), name));
    }
    List<String> ignored = listing.ignored.stream().sorted().map(DeliveryFiles::unread).toList();
    return new DeliveryFiles(input, List.copyOf(files), ignored);
  }

  /** Collects deliveries, ignored files and problems; never throws, so every problem is named. */
  private static final class Listing extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Path> deliveries = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    Listing(Path root) {
      this.root = root;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return !dir.equals(root) && isHidden(dir.getFileName().toString())
          ? FileVisitResult.SKIP_SUBTREE
          : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String name = file.getFileName().toString();
      if (isHidden(name)) {
        return FileVisitResult.CONTINUE;
      }
      if (!isDelivery(name)) {
        ignored.add(relative(root, file));
      } else if (attrs.isRegularFile()) {
        deliveries.add(file);
      } else if (attrs.isSymbolicLink()) {
        // Following the link failed, so the walk reports the link itself.
        problems.add(
            unread(relative(root, file))
                + ": a symbolic link that points to itself, in a loop, or to nothing");
      } else {
        problems.add(unread(relative(root, file)) + ": not a regular file");
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      String where = unread(relative(root, file));
      if (e instanceof FileSystemLoopException) {
        problems.add(
            where + ": a symbolic link loop (the directory leads back to one that contains it)");
      } else {
        problems.add(where + ": cannot be read (" + e.getClass().getName() + ")");
      }
      return FileVisitResult.CONTINUE;
    }
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private static boolean isDelivery(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".csv") || lower.endsWith(".xlsx");
  }

  private static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("~$");
  }

  /** A path as reports may show it: CPR-shaped parts masked. */
  static String shown(String name) {
    return CprLike.replaceAll(name, FreeText.REDACTED);
  }

  /**
   * A path that is not read as a delivery, as reports may show it ({@link
   * ShownFileNames#ofUnread}).
   */
  static String unread(String path) {
    return ShownFileNames.ofUnread(shown(path));
  }

  /** {@code name}, or {@code name (2)}, {@code name (3)} … before the extension, unused so far. */
  static String unique(String name, Set<String> used) {
    String candidate = name;
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    int at = dot > slash ? dot : name.length();
    for (int n = 2; !used.add(candidate); n++) {
      candidate = name.substring(0, at) + " (" + n + ")" + name.substring(at);
    }
    return candidate;
  }

  List<DeliveryFile> files() {
    return files;
  }

  public int count() {
    return files.size();
  }

  /** The deliveries' total size in bytes, as listed (a file that cannot be sized counts 0). */
  public long bytes() {
    long total = 0;
    for (DeliveryFile f : files) {
      try {
        total += Files.size(Path.of(java.net.URI.create(f.uri())));
      } catch (IOException | RuntimeException e) {
        // Sizing only tunes Spark; reading the file reports any problem with it.
      }
    }
    return total;
  }

  /** Files under the input directory that are not deliveries and were not read. */
  public List<String> ignored() {
    return ignored;
  }

  public Path root() {
    return root;
  }

  /**
   * Reads every file's header on the driver before any Spark work, so that a malformed file stops
   * the run at once with every such file named, and before anything is written.
   */
  void checkHeaders(Charset encoding) {
    List<String> problems = new ArrayList<>();
    for (DeliveryFile f : files) {
      try (InputStream in = Files.newInputStream(Path.of(java.net.URI.create(f.uri())));
          DeliveryReader reader = DeliveryReader.open(f.name(), in, encoding)) {
        reader.format();
      } catch (UserError e) {
        problems.add(e.getMessage().replace(f.name(), ShownFileNames.ofRefused(f, encoding)));
      } catch (IOException e) {
        // The exception's own message names the path, which may hold what the name hides.
        problems.add(
            ShownFileNames.ofRefused(f, encoding)
                + ": cannot be read ("
                + e.getClass().getName()
                + ")");
      }
    }
    if (problems.size() == 1) {
      throw new UserError(problems.get(0));
    }
    if (!problems.isEmpty()) {
      throw new UserError(
          problems.size() + " delivery files cannot be read:\n  " + String.join("\n  ", problems));
    }
  }
}
