package dk.socialbench.ingest;

import dk.socialbench.delivery.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The delivery files under an input directory: every {@code .csv} and {@code .xlsx} file, in any
 * sub-directory, in a stable order. Other files (a README, say) are listed as ignored, hidden files
 * skipped.
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
    List<DeliveryFile> files = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(input, FileVisitOption.FOLLOW_LINKS)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = input.relativize(p).toString().replace('\\', '/');
        if (isHidden(name)) {
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".xlsx")) {
          files.add(new DeliveryFile(p.toAbsolutePath().toUri().toString(), name));
        } else {
          ignored.add(name);
        }
      }
    } catch (IOException e) {
      throw new UserError("cannot list the input directory " + input + ": " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new UserError(
          "no delivery files (.csv or .xlsx) under " + input + "; nothing to ingest");
    }
    return new DeliveryFiles(input, List.copyOf(files), List.copyOf(ignored));
  }

  private static boolean isHidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("~$")) {
        return true;
      }
    }
    return false;
  }

  List<DeliveryFile> files() {
    return files;
  }

  public int count() {
    return files.size();
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
        problems.add(e.getMessage());
      } catch (IOException e) {
        problems.add(f.name() + ": cannot be read: " + e.getMessage());
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
