package dk.socialbench.server.render;

import dk.socialbench.server.reports.ReportKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every municipality's full tables, the same in every spreadsheet of a run: the national report's
 * workbook and CSV are made of them alone, and each benchmark's follow its own rows with them. Made
 * once per run ({@link RunDatasets#nationalTables}) and kept compressed: a benchmark's workbook
 * takes the sheets as they are ({@link WorkbookSplice}) and its CSV the bytes, so that 98
 * municipalities no longer write the same 16 MB of sheet XML and 2 MB of CSV each.
 *
 * <p>The rows are in the national report's order, the same for every municipality: all
 * municipalities first, then each municipality alphabetically.
 */
final class NationalTables {
  /** What the name of a sheet of all municipalities ends with in a benchmark's workbook. */
  static final String SHEET_SUFFIX = " (alle)";

  /** The line in a benchmark's CSV before the sections of all municipalities. */
  static final String CSV_INTRODUCTION =
      "Alle kommuner: tabellerne herunder viser alle kommuner først og derefter hver kommune i"
          + " alfabetisk orden, ens for alle kommuner";

  private final byte[] workbook;
  private final List<String> sheetParts;
  private final List<XlsxExport.SheetOutline> outlines;
  private final byte[] csvSections;

  private NationalTables(
      byte[] workbook,
      List<String> sheetParts,
      List<XlsxExport.SheetOutline> outlines,
      byte[] csvSections) {
    this.workbook = workbook;
    this.sheetParts = List.copyOf(sheetParts);
    this.outlines = List.copyOf(outlines);
    this.csvSections = csvSections;
  }

  /**
   * The tables of {@code run}'s datasets of the national report; {@code about} heads the national
   * workbook's first sheet.
   */
  static NationalTables of(RunDatasets run, List<String> about) {
    List<String> order = Perspective.of(run.run(), null).everyMunicipality();
    List<ExportTable> tables = new ArrayList<>();
    for (String dataset : ReportContents.datasets(ReportKind.NATIONAL)) {
      tables.add(ExportTable.of(run.view(dataset), order));
    }
    Instant created = run.run().created();
    XlsxExport.Written written = XlsxExport.write(about, tables, List.of(), created);
    List<XlsxExport.SheetOutline> outlines = new ArrayList<>();
    for (ExportTable table : tables) {
      outlines.add(
          new XlsxExport.SheetOutline(
              table.name() + SHEET_SUFFIX,
              table.title() + " (alle kommuner)",
              table.description(),
              table.headers(),
              table.rows().size()));
    }
    return new NationalTables(
        ZipEntryTimes.set(written.bytes(), created),
        written.tableParts(),
        outlines,
        CsvExport.sections(tables).getBytes(StandardCharsets.UTF_8));
  }

  /** The national report's workbook. */
  byte[] workbook() {
    return workbook.clone();
  }

  /** The national report's CSV. */
  byte[] csv() {
    byte[] bom = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    byte[] csv = new byte[bom.length + csvSections.length];
    System.arraycopy(bom, 0, csv, 0, bom.length);
    System.arraycopy(csvSections, 0, csv, bom.length, csvSections.length);
    return csv;
  }

  /** A benchmark's workbook: {@code about}, the sheets of {@code own}, then all municipalities'. */
  byte[] workbook(List<String> about, List<ExportTable> own, Instant created) {
    XlsxExport.Written written = XlsxExport.write(about, own, outlines, created);
    return WorkbookSplice.splice(
        written.bytes(), written.outlineParts(), workbook, sheetParts, created);
  }

  /** A benchmark's CSV: the sections of {@code own}, then all municipalities'. */
  byte[] csv(List<ExportTable> own) {
    return CsvExport.write(own, CSV_INTRODUCTION, csvSections);
  }
}
