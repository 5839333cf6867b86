package dk.socialbench.server.render;

import dk.socialbench.server.reports.ReportKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

  /** The sheet of a benchmark's workbook with the municipality's, its group's and all rows. */
  static final String OWN_SHEET = "Kommune, gruppe og land";

  private final byte[] workbook;
  private final byte[] template;
  private final List<String> templateParts;
  private final List<XlsxExport.Listed> sharedSheets;
  private final byte[] csvSections;

  private NationalTables(
      byte[] workbook,
      byte[] template,
      List<String> templateParts,
      List<XlsxExport.Listed> sharedSheets,
      byte[] csvSections) {
    this.workbook = workbook;
    this.template = template;
    this.templateParts = List.copyOf(templateParts);
    this.sharedSheets = List.copyOf(sharedSheets);
    this.csvSections = csvSections;
  }

  /**
   * The tables of {@code run}'s datasets of the national report; {@code about} heads the national
   * workbook's first sheet.
   *
   * <p>Besides the national workbook it makes a benchmark's workbook without the benchmark: the
   * sheet "Om tallene" and {@link #OWN_SHEET} as placeholders, then the national workbook's sheets
   * spliced in. A municipality's workbook is then two sheets written and the rest copied.
   */
  static NationalTables of(RunDatasets run, List<String> about) {
    List<String> order = Perspective.of(run.run(), null).everyMunicipality();
    Set<String> national = new HashSet<>();
    Set<String> benchmark = new HashSet<>(Set.of(OWN_SHEET.toLowerCase(DanishFormat.DANISH)));
    List<XlsxExport.Listed> nationalIndex = new ArrayList<>();
    List<XlsxExport.SheetSpec> nationalSheets = new ArrayList<>();
    List<XlsxExport.Listed> sharedSheets = new ArrayList<>();
    List<XlsxExport.SheetSpec> placeholders =
        new ArrayList<>(List.of(new XlsxExport.Placeholder(OWN_SHEET, List.of(), 0)));
    List<ExportTable> tables = new ArrayList<>();
    for (String dataset : ReportContents.datasets(ReportKind.NATIONAL)) {
      ExportTable table = ExportTable.of(run.view(dataset), order);
      tables.add(table);
      String name = XlsxExport.uniqueSheetName(table.name(), national);
      nationalIndex.add(new XlsxExport.Listed(name, table.title(), table.description()));
      nationalSheets.add(new XlsxExport.TableSheet(name, table));
      String shared = XlsxExport.uniqueSheetName(table.name() + SHEET_SUFFIX, benchmark);
      sharedSheets.add(
          new XlsxExport.Listed(shared, "Alle kommuner: " + table.title(), table.description()));
      placeholders.add(new XlsxExport.Placeholder(shared, table.headers(), table.rows().size()));
    }
    Instant created = run.run().created();
    XlsxExport.Written written = XlsxExport.write(about, nationalIndex, nationalSheets, created);
    XlsxExport.Written template = XlsxExport.write(List.of(), List.of(), placeholders, created);
    List<String> templateParts = template.parts();
    byte[] filled =
        WorkbookSplice.splice(
            template.bytes(),
            templateParts.subList(2, templateParts.size()),
            written.bytes(),
            written.parts().subList(1, written.parts().size()),
            created);
    return new NationalTables(
        ZipEntryTimes.set(written.bytes(), created),
        filled,
        templateParts.subList(0, 2),
        sharedSheets,
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

  /**
   * A benchmark's workbook: {@code about}, the tables of {@code own} one under another on {@link
   * #OWN_SHEET}, then all municipalities' tables.
   */
  byte[] workbook(List<String> about, List<ExportTable> own, Instant created) {
    List<XlsxExport.Listed> index = new ArrayList<>();
    index.add(
        new XlsxExport.Listed(
            OWN_SHEET,
            "Kommunen, dens sammenligningsgruppe og alle kommuner",
            "Hver tabel for sig: overskrift, kolonnenavne og kommunens, gruppens og landets rækker."));
    index.addAll(sharedSheets);
    XlsxExport.Written written =
        XlsxExport.write(
            about, index, List.of(new XlsxExport.StackedSheet(OWN_SHEET, own)), created);
    return WorkbookSplice.splice(
        template, templateParts, written.bytes(), written.parts(), created);
  }

  /** A benchmark's CSV: the sections of {@code own}, then all municipalities'. */
  byte[] csv(List<ExportTable> own) {
    return CsvExport.write(own, CSV_INTRODUCTION, csvSections);
  }
}
