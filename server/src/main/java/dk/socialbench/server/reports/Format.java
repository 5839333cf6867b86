package dk.socialbench.server.reports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats a report is rendered in.
 *
 * <p>The PDF is the report itself. XLSX and CSV hold the same published datasets as tables with
 * Danish column titles, suppressed cells as "–": XLSX has one sheet per dataset after an "Om
 * tallene" sheet; CSV is one UTF-8 file (with BOM, {@code ;} between fields, decimal comma, CRLF)
 * with one section per dataset: a title line, a header line, the rows, then an empty line.
 */
public enum Format {
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  CSV("text/csv; charset=utf-8", "csv");

  private final String contentType;
  private final String extension;

  Format(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The HTTP content type, such as {@code application/pdf}. */
  public String contentType() {
    return contentType;
  }

  /** The file extension without the dot, such as {@code pdf}. */
  public String extension() {
    return extension;
  }

  /** The format whose extension is {@code extension} (case-insensitive), if any. */
  public static Optional<Format> fromExtension(String extension) {
    return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(extension)).findFirst();
  }
}
