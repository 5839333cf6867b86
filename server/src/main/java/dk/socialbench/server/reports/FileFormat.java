package dk.socialbench.server.reports;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats a report is rendered in, by file extension. Constant names equal those of the
 * renderer's {@code Format}.
 */
public enum FileFormat {
  PDF("pdf", "application/pdf"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("csv", "text/csv; charset=utf-8");

  private final String extension;
  private final String contentType;

  FileFormat(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  public String extension() {
    return extension;
  }

  public String contentType() {
    return contentType;
  }

  public static Optional<FileFormat> byExtension(String extension) {
    return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
  }
}
