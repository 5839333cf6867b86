package dk.socialbench.ingest;

import java.io.Serializable;

/**
 * What one Spark task of ingest reads: a whole delivery file, or one range of the records of a
 * large CSV file split on record boundaries ({@link CsvParts}), so that one national file is read
 * by every core.
 *
 * @param start the first byte of the part's first record (0: the file's start, header included)
 * @param end the byte after the part's last record; -1 for a whole file
 * @param firstLine the physical line of the part's first record (2 for the first part)
 * @param headerEnd the byte after the file's header line (its byte order mark included)
 * @param whole what only a read of the whole file knows; on the first part of a split file only,
 *     whose task also hashes the whole file
 */
record DeliveryPart(
    DeliveryFile file, long start, long end, long firstLine, long headerEnd, WholeFile whole)
    implements Serializable {

  /** The file's size and physical lines, counted when it was split. */
  record WholeFile(long bytes, long lines) implements Serializable {}

  static DeliveryPart whole(DeliveryFile file) {
    return new DeliveryPart(file, 0, -1, 2, 0, null);
  }

  boolean isWhole() {
    return end < 0;
  }
}
