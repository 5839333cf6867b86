package dk.socialbench.generate;

import java.nio.file.Path;

/** One delivery file written by {@link DeliveryGenerator}, with what it holds. */
public record GeneratedFile(
    String municipalityCode,
    String municipalityName,
    Path path,
    FileConvention convention,
    long cases,
    long registrations) {

  /** Whether the file is a spreadsheet rather than CSV. */
  public boolean xlsx() {
    return path.getFileName().toString().endsWith(".xlsx");
  }
}
