package dk.socialbench.ingest;

import dk.socialbench.contract.RunManifest;
import java.util.List;
import java.util.Map;

/**
 * What ingest did: per file and in total, rows read, accepted and quarantined (they always
 * reconcile: read = accepted + quarantined), blank rows skipped, quarantined rows by rule,
 * free-text cells cleaned (a cell cleaned of two kinds counts twice), and the pseudonymisation
 * key's fingerprint.
 */
public record IngestResult(
    List<RunManifest.InputFile> files,
    List<String> ignoredFiles,
    long rowsRead,
    long accepted,
    long quarantined,
    long blankRows,
    long cleanedCells,
    long cases,
    Map<String, Long> quarantinedByRule,
    String keyFingerprint,
    boolean demoKey,
    double seconds) {

  public IngestResult {
    files = List.copyOf(files);
    ignoredFiles = List.copyOf(ignoredFiles);
    quarantinedByRule = Map.copyOf(quarantinedByRule);
    for (RunManifest.InputFile f : files) {
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
