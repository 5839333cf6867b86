package dk.socialbench.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a generation wrote: one entry per file in municipality order, and how long it took. */
public record GenerationSummary(Path directory, List<GeneratedFile> files, Duration elapsed) {
  public GenerationSummary {
    files = List.copyOf(files);
  }

  public long cases() {
    return files.stream().mapToLong(GeneratedFile::cases).sum();
  }

  public long registrations() {
    return files.stream().mapToLong(GeneratedFile::registrations).sum();
  }
}
