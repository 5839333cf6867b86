package dk.socialbench.ingest;

import dk.socialbench.UserError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * What POI reads past without a word: a text cell that points at a shared string the workbook does
 * not have (POI logs the index and reads an empty cell), a format that points at a style it does
 * not have, a true/false cell that is neither, and a workbook that unpacks to more than the memory
 * holds. Each refuses the file, naming file, line, column and what is broken, never the value: the
 * cell is unknown, and an empty cell read in its place would be published as a missing value.
 *
 * <p>Example: a cell {@code <c r="Q2" t="s"><v>150372</v></c>} in a workbook of 40 shared strings
 * stops the run with {@code d.xlsx: line 2, column 17 (hours_individual): the cell points at a
 * shared text the workbook does not have (…)}.
 */
final class WorkbookCells {
  private static final String RESAVE = "open it in Excel and save it again as .xlsx";

  private final int sharedStrings;
  private final int styles;

  WorkbookCells(XSSFWorkbook workbook) {
    this.sharedStrings = workbook.getSharedStringSource().getSharedStringItems().size();
    this.styles = workbook.getStylesSource().getNumCellStyles();
  }

  /**
   * The workbook's bytes, once its parts are known to unpack to at most {@code max} bytes in all
   * (counted while inflating, not taken from the zip's headers, which may lie).
   */
  static byte[] unpackable(String file, InputStream in, long max) throws IOException {
    byte[] zip = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (zip.length > max) {
      throw tooLarge(file, max);
    }
    long unpacked = 0;
    byte[] buffer = new byte[1 << 16];
    // Read as POI reads it (commons-compress; java.util.zip refuses some workbooks Excel writes).
    try (ZipArchiveInputStream entries = new ZipArchiveInputStream(new ByteArrayInputStream(zip))) {
      for (ZipArchiveEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
        for (int n = entries.read(buffer); n >= 0; n = entries.read(buffer)) {
          unpacked += n;
          if (unpacked > max) {
            throw tooLarge(file, max);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof UserError u) {
        throw u;
      }
      throw new UserError(
          file
              + ": cannot be read as an Excel workbook ("
              + e.getClass().getSimpleName()
              + "; "
              + RESAVE
              + ")");
    }
    return zip;
  }

  private static UserError tooLarge(String file, long max) {
    return new UserError(
        file
            + ": the workbook unpacks to more than "
            + (max >> 20)
            + " MiB; deliver it as CSV (a workbook this large does not fit in memory)");
  }

  /** What is broken in {@code cell}, without its value; null if nothing is (or no cell). */
  String broken(Cell cell) {
    if (!(cell instanceof XSSFCell x)) {
      return null;
    }
    CTCell ct = x.getCTCell();
    if (ct.isSetS() && ct.getS() >= styles) {
      return "the cell's format points at a style the workbook does not have (" + RESAVE + ")";
    }
    if (ct.getT() == STCellType.S && !sharedIndexOk(ct)) {
      return "the cell points at a shared text the workbook does not have (its shared-strings"
          + " table is broken or missing; "
          + RESAVE
          + ")";
    }
    if (ct.getT() == STCellType.B
        && ct.isSetV()
        && !"0".equals(ct.getV())
        && !"1".equals(ct.getV())) {
      return "the cell is marked true/false but holds something else (" + RESAVE + ")";
    }
    return null;
  }

  private boolean sharedIndexOk(CTCell ct) {
    if (!ct.isSetV()) {
      return false;
    }
    try {
      int index = Integer.parseInt(ct.getV().strip());
      return index >= 0 && index < sharedStrings;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
