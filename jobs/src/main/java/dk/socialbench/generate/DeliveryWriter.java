package dk.socialbench.generate;

import dk.socialbench.contract.DeliveryColumn;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Streams the rows of one municipality's delivery file, case by case, as CSV or XLSX. */
interface DeliveryWriter extends Closeable {
  /** Writes one row per registration of the case. */
  void write(GeneratedCase generatedCase) throws IOException;

  static DeliveryWriter open(
      Path file, FileConvention convention, List<DeliveryColumn> columns, boolean xlsx)
      throws IOException {
    return xlsx
        ? new XlsxDeliveryWriter(file, convention, columns)
        : new CsvDeliveryWriter(file, convention, columns);
  }
}
