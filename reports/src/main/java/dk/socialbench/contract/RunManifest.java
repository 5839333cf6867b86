package dk.socialbench.contract;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code runs/<run-id>/manifest.json} ({@link RunLayout#manifest}): what a run read, what each
 * stage passed on, what it wrote, how long it took, and with which version and settings.
 *
 * <p><b>Who writes it, who reads it.</b> The Spark pipeline writes it once per run, at publish,
 * before {@code LATEST} names the run. The server reads it when it loads a run (the page, {@code
 * /api/v1/runs/current}), the CLI prints it after a run and the benchmark reads its stage timings;
 * notebooks and shell tools read the JSON as it is.
 *
 * <p><b>The JSON.</b> Every member of this record and of its nested records is a JSON field whose
 * name is the member's name in snake_case ({@code minCell} is {@code "min_cell"}, {@code
 * InputFile.linesInCells} is {@code "lines_in_cells"}); instants and dates are ISO-8601 strings. So
 * adding a field is adding a member here (and a value where the pipeline builds the manifest):
 * nothing else names it. {@link #read} and {@link #write} are the only (de)serialisation.
 *
 * <p><b>Versions.</b> A reader ignores fields it does not know (a newer run read by an older
 * server); a field that an older run did not write reads as {@code null} (objects, lists, maps) or
 * 0 / {@code false} (numbers, flags). So a new member should be a reference type (a record, a list,
 * a map, a boxed number) whose {@code null} means "not recorded": an older run then reads as such,
 * and the compatibility tests (which leave out fields written as null that the old file lacks) keep
 * passing. Renaming or removing a member breaks the runs already published: don't.
 *
 * <p>Example: {@code RunManifest.read(layout.manifest("20261124-101500-ab12")).minCell()} is 5.
 *
 * @param runId the run's id ({@link RunLayout#RUN_ID}), the name of its directory
 * @param version the software version that wrote the run ({@link Version#current()})
 * @param created when the run started
 * @param master the Spark master it ran on, e.g. {@code local[*]}
 * @param minCell the smallest count shown in {@code published/}; smaller cells are suppressed
 * @param keyFingerprint a fingerprint of the pseudonymisation key (never the key), so that runs
 *     under different keys are not compared by pseudonym
 * @param demoKey whether the key is the public demo key ({@code demo}): never real data
 * @param dataPeriod the first and last registration date in the run's data; {@code null} when no
 *     row was accepted
 * @param municipalities the codes of the municipalities in the run's data
 * @param rows row counts over all delivery files
 * @param inputs every delivery file read, with its checksum and counts
 * @param ignoredFiles files under the input directory that are not deliveries (shown names)
 * @param quarantinedByRule quarantined rows per validation rule
 * @param stages wall time and peak heap per stage ({@code ingest}, {@code analyses})
 * @param datasets every result dataset written
 * @param seconds the run's wall time
 * @param audit the disclosure audit of the published datasets; null in a run published before
 *     publishing was audited
 */
public record RunManifest(
    String runId,
    String version,
    Instant created,
    String master,
    int minCell,
    String keyFingerprint,
    boolean demoKey,
    DataPeriod dataPeriod,
    List<String> municipalities,
    Rows rows,
    List<InputFile> inputs,
    List<String> ignoredFiles,
    Map<String, Long> quarantinedByRule,
    List<StageTiming> stages,
    List<DatasetSummary> datasets,
    double seconds,
    Audit audit) {

  /** The first and last registration date in the run's data. */
  public record DataPeriod(LocalDate first, LocalDate last) {}

  /**
   * Row counts over all delivery files: {@code read = accepted + quarantined}; blank rows are
   * skipped (not read); {@code cases} is the number of distinct cases accepted.
   */
  public record Rows(long read, long accepted, long quarantined, long blankRows, long cases) {}

  /**
   * One delivery file: its name as reports show it (CPR numbers and names in it masked), how it was
   * read ({@code csv} or {@code xlsx}), its size and SHA-256, and its row and line counts. A CSV
   * file's physical lines are the header, the rows read, the blank rows and the line breaks inside
   * quoted cells ({@code linesInCells}); for a workbook, lines are its header and rows. {@code
   * cleaned} counts its accepted rows' free-text cells cleaned, by what was found (null in a
   * manifest written before they were counted).
   */
  public record InputFile(
      String name,
      String format,
      long bytes,
      String sha256,
      long rowsRead,
      long accepted,
      long quarantined,
      long blankRows,
      long lines,
      long linesInCells,
      CellsCleaned cleaned) {

    /** Whether the physical lines add up to the header, rows, blank rows and lines in cells. */
    public boolean linesReconcile() {
      return lines == 1 + rowsRead + blankRows + linesInCells;
    }
  }

  /**
   * Free-text cells of accepted rows cleaned before they were kept, by what was found (a cell with
   * two kinds counts under each; no value is kept): text shaped like a CPR number, a part of the
   * row's own name, another citizen's name (docs/privacy.md).
   */
  public record CellsCleaned(long cprLike, long ownName, long otherCitizensName) {}

  /** A stage's wall time and the highest heap use during it (driver JVM). */
  public record StageTiming(String name, double seconds, long peakHeapMib) {}

  /**
   * A result dataset: rows written, and the counts its published form changes (perturbed by the
   * cell-key method; the field keeps its name for the manifests already written).
   */
  public record DatasetSummary(String name, long rows, long suppressedCells) {}

  /**
   * The disclosure audit of a run (docs/privacy.md, "How it is audited"): whether it passed, how
   * many findings it made and the first {@link #NAMED} of them by dataset, row coordinates and
   * column (never a value), how many published counts of persons the attack examined, and the
   * relations of {@code LinkedTables} that this run's true counts do not satisfy.
   *
   * <p>The repair ("Withholding what the audit finds"): {@code rounds} audits were made (1: nothing
   * was withheld); {@code withheld} counts the counts published as null per dataset, {@code
   * withheldInAll} those of them in an {@code all} row, and {@code withheldCells} names each as
   * {@code dataset [row] column} (no value: the null is published anyway). The auditor accepts a
   * null count only where it is named there. A manifest written before the repair reads as 1 round
   * and nothing withheld.
   */
  public record Audit(
      boolean passed,
      int findings,
      List<String> named,
      int countsExamined,
      List<String> relationsNotExact,
      double seconds,
      int rounds,
      Map<String, Integer> withheld,
      int withheldInAll,
      List<String> withheldCells) {
    /** Findings named in the manifest at most; the audit command lists them all. */
    public static final int NAMED = 50;

    public Audit {
      named = named == null ? List.of() : List.copyOf(named);
      relationsNotExact = relationsNotExact == null ? List.of() : List.copyOf(relationsNotExact);
      rounds = Math.max(rounds, 1);
      withheld =
          withheld == null
              ? Map.of()
              : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(withheld));
      withheldCells = withheldCells == null ? List.of() : List.copyOf(withheldCells);
    }

    /** An audit of one round that withheld nothing. */
    public Audit(
        boolean passed,
        int findings,
        List<String> named,
        int countsExamined,
        List<String> relationsNotExact,
        double seconds) {
      this(
          passed,
          findings,
          named,
          countsExamined,
          relationsNotExact,
          seconds,
          1,
          Map.of(),
          0,
          null);
    }
  }

  /** This manifest with the audit's result recorded. */
  public RunManifest withAudit(Audit audit) {
    return new RunManifest(
        runId,
        version,
        created,
        master,
        minCell,
        keyFingerprint,
        demoKey,
        dataPeriod,
        municipalities,
        rows,
        inputs,
        ignoredFiles,
        quarantinedByRule,
        stages,
        datasets,
        seconds,
        audit);
  }

  /**
   * Reads a manifest; fields it does not know are ignored, fields it lacks are null, 0 or false.
   *
   * @throws java.io.UncheckedIOException naming the file when it is missing or not such JSON
   */
  public static RunManifest read(Path file) {
    return ManifestJson.read(file);
  }

  /**
   * Writes this manifest as indented JSON.
   *
   * @throws java.io.UncheckedIOException naming the file when it cannot be written
   */
  public void write(Path file) {
    ManifestJson.write(this, file);
  }
}
