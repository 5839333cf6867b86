package dk.socialbench.ingest;

import dk.socialbench.UserError;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads the rows of one delivery file, streaming: a CSV file (separator, BOM and encoding detected
 * or given) or the first sheet of an {@code .xlsx} workbook. Blank rows are skipped and counted; a
 * file that is not a delivery at all stops with a {@link UserError} naming it.
 */
interface DeliveryReader extends Iterator<RawRow>, Closeable {
  /** How the file was read, e.g. {@code "csv ; UTF-8 BOM"}, for the run summary. */
  String format();

  /** Blank rows skipped so far (they hold no registration). */
  long blankRows();

  /**
   * Line breaks inside quoted cells so far: with the header, the rows and the blank rows, they
   * account for every physical line of a CSV file.
   */
  default long linesInCells() {
    return 0;
  }

  /**
   * Opens {@code in} as a delivery named {@code file} (the name used in every message).
   *
   * @param encoding the charset of CSV files; UTF-8 unless the user asked for another
   */
  static DeliveryReader open(String file, InputStream in, Charset encoding) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(8);
    byte[] magic = buffered.readNBytes(4);
    buffered.reset();
    boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3;
    boolean xlsxName = file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    if (xlsxName && !zip) {
      throw new UserError(file + ": is named .xlsx but is not an Excel workbook");
    }
    if (zip) {
      if (!xlsxName) {
        throw new UserError(
            file
                + ": is an Excel workbook or another zip file, not CSV; name it .xlsx or save"
                + " it as CSV");
      }
      return new XlsxDeliveryReader(file, buffered);
    }
    return new CsvDeliveryReader(file, buffered, encoding);
  }
}
