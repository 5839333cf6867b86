package dk.socialbench.ingest;

import java.util.NoSuchElementException;

/** The iteration both readers share: rows as read, blank ones skipped and counted. */
abstract class RowsSkippingBlanks implements DeliveryReader {
  private long blankRows;
  private RawRow next;

  /** The next row as read, blank or not; null at the end of the file. */
  abstract RawRow readRow();

  @Override
  public final boolean hasNext() {
    while (next == null) {
      RawRow row = readRow();
      if (row == null) {
        return false;
      }
      if (row.blank()) {
        blankRows++;
      } else {
        next = row;
      }
    }
    return true;
  }

  @Override
  public final RawRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRow row = next;
    next = null;
    return row;
  }

  @Override
  public final long blankRows() {
    return blankRows;
  }
}
