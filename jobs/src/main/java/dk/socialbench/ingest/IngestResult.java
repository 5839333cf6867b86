package dk.socialbench.ingest;

import java.util.List;
import java.util.Map;

/**
 * What ingest did: per file and in total, rows read, accepted and quarantined (they always
 * reconcile: read = accepted + quarantined), blank rows skipped, quarantined rows by rule,
 * free-text redactions, and the pseudonymisation key's fingerprint.
 */
public record IngestResult(
    List<FileSummary> files,
    List<String> ignoredFiles,
    long rowsRead,
    long accepted,
    long quarantined,
    long blankRows,
    long redactions,
    long cases,
    Map<String, Long> quarantinedByRule,
    String keyFingerprint,
    boolean demoKey,
    double seconds) {

  /** One delivery file: how it was read, its size and checksum, and its row counts. */
  public record FileSummary(
      String name,
      String format,
      long bytes,
      String sha256,
      long rowsRead,
      long accepted,
      long quarantined,
      long blankRows) {}

  public IngestResult {
    files = List.copyOf(files);
    ignoredFiles = List.copyOf(ignoredFiles);
    quarantinedByRule = Map.copyOf(quarantinedByRule);
    if (rowsRead != accepted + quarantined) {
      throw new IllegalStateException(
          "rows do not reconcile: read "
              + rowsRead
              + " != accepted "
              + accepted
              + " + quarantined "
              + quarantined);
    }
  }
}
