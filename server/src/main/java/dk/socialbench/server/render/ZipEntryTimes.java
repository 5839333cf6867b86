package dk.socialbench.server.render;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Sets every entry of a ZIP archive (an XLSX workbook) to one modification time, in place. POI
 * stamps each entry with the time of writing, so the same workbook written twice differs in those
 * bytes alone; with the run's time instead, the same report of a run is the same file.
 */
final class ZipEntryTimes {
  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int DIRECTORY_ENTRY = 0x02014b50;
  private static final int LOCAL_HEADER = 0x04034b50;

  private ZipEntryTimes() {}

  /** {@code zip} with every entry's time set to {@code when} (local time in Copenhagen). */
  static byte[] set(byte[] zip, Instant when) {
    ByteBuffer buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    LocalDateTime t = LocalDateTime.ofInstant(when, DanishFormat.COPENHAGEN);
    short dosTime = (short) (t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2);
    short dosDate =
        (short) (Math.max(0, t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth());
    int end = endOfDirectory(buf);
    int entries = Short.toUnsignedInt(buf.getShort(end + 10));
    int at = buf.getInt(end + 16);
    for (int i = 0; i < entries; i++) {
      require(buf.getInt(at) == DIRECTORY_ENTRY, "central directory entry", at);
      buf.putShort(at + 12, dosTime).putShort(at + 14, dosDate);
      int local = buf.getInt(at + 42);
      require(buf.getInt(local) == LOCAL_HEADER, "local file header", local);
      buf.putShort(local + 10, dosTime).putShort(local + 12, dosDate);
      at +=
          46
              + Short.toUnsignedInt(buf.getShort(at + 28))
              + Short.toUnsignedInt(buf.getShort(at + 30))
              + Short.toUnsignedInt(buf.getShort(at + 32));
    }
    return zip;
  }

  /** The end-of-central-directory record: the last 22 bytes, unless the archive has a comment. */
  private static int endOfDirectory(ByteBuffer buf) {
    for (int at = buf.limit() - 22; at >= Math.max(0, buf.limit() - 22 - 65535); at--) {
      if (buf.getInt(at) == END_OF_DIRECTORY) {
        return at;
      }
    }
    throw new IllegalStateException("not a ZIP archive: no end of central directory");
  }

  private static void require(boolean ok, String what, int at) {
    if (!ok) {
      throw new IllegalStateException("not a ZIP archive: no " + what + " at byte " + at);
    }
  }
}
