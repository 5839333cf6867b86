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

  /**
   * One delivery file: its name as reports show it (CPR numbers and names in it masked), how it was
   * read, its size and checksum, and its row and line counts. A CSV file's physical lines are the
   * header, the rows read, the blank rows and the line breaks inside quoted cells ({@code
   * linesInCells}); for a workbook, lines are its header and rows.
   */
  public record FileSummary(
      String name,
      String format,
      long bytes,
      String sha256,
      long rowsRead,
      long accepted,
      long quarantined,
      long blankRows,
      long lines,
      long linesInCells) {

    /** Whether the physical lines add up to the header, rows, blank rows and lines in cells. */
    public boolean linesReconcile() {
      return lines == 1 + rowsRead + blankRows + linesInCells;
    }
  }

  public IngestResult {
    files = List.copyOf(files);
    ignoredFiles = List.copyOf(ignoredFiles);
    quarantinedByRule = Map.copyOf(quarantinedByRule);
    for (FileSummary f : files) {
      if (!f.linesReconcile()) {
        throw new IllegalStateException(
            f.name()
                + ": lines do not reconcile: "
                + f.lines()
                + " != 1 header + "
                + f.rowsRead()
                + " rows + "
                + f.blankRows()
                + " blank + "
                + f.linesInCells()
                + " inside quoted cells");
      }
    }
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
