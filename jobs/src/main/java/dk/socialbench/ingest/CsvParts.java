package dk.socialbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a large CSV delivery into parts of about {@code partBytes} bytes that end on record
 * boundaries, so that its rows are parsed in parallel with exact line numbers. One sequential pass
 * finds the boundaries with the parser's own quoting rules ({@link CsvDeliveryReader}: a quote
 * opens a cell only at its start, {@code ""} inside is a quote, a line break inside quotes belongs
 * to the cell), so a quoted cell that holds a line break is never cut; the same pass counts the
 * file's bytes, lines and SHA-256, which no part alone can.
 *
 * <p>Example: {@code CsvParts.split(file, in, 16 << 20)} gives one part for a file under 16 MiB.
 */
final class CsvParts {
  private CsvParts() {}

  /**
   * The parts of {@code file}, read from {@code in} (which this closes); a file with one part is
   * returned {@link DeliveryPart#whole whole}, so that its task counts and hashes it as usual.
   */
  static List<DeliveryPart> split(DeliveryFile file, InputStream in, long partBytes)
      throws IOException {
    Splitter s = new Splitter(partBytes);
    try (FileDigest digest = new FileDigest(in)) {
      byte[] buffer = new byte[1 << 20];
      int n;
      while ((n = digest.read(buffer, 0, buffer.length)) > 0) {
        for (int i = 0; i < n; i++) {
          s.accept(buffer[i] & 0xFF, digest.bytes() - n + i);
        }
      }
      if (s.cuts.isEmpty()
          || s.separator == 0
          || (s.cuts.size() == 1 && s.cuts.get(0)[0] == digest.bytes())) {
        return List.of(DeliveryPart.whole(file));
      }
      List<DeliveryPart> parts = new ArrayList<>();
      long start = 0;
      long line = 2;
      DeliveryPart.WholeFile whole =
          new DeliveryPart.WholeFile(digest.bytes(), digest.sha256(), digest.lines());
      if (s.cuts.get(s.cuts.size() - 1)[0] == digest.bytes()) {
        s.cuts.remove(s.cuts.size() - 1); // the last record ends the file: no empty part
      }
      for (long[] cut : s.cuts) {
        parts.add(
            new DeliveryPart(
                file, start, cut[0], line, s.headerEnd, parts.isEmpty() ? whole : null));
        start = cut[0];
        line = cut[1];
      }
      parts.add(new DeliveryPart(file, start, digest.bytes(), line, s.headerEnd, null));
      return parts;
    }
  }

  /** The parser's quoting rules, byte by byte, remembering where records end. */
  private static final class Splitter {
    private final long partBytes;
    private final List<long[]> cuts = new ArrayList<>(); // {offset, line of the record there}
    private final byte[] header = new byte[CsvDeliveryReader.MAX_HEADER_BYTES];
    private int headerLength;
    private boolean inHeader = true;
    private long headerEnd;
    private int separator;
    private long partStart;
    private long lineBreaks;
    private int previous = -1;
    private boolean quoted;
    private boolean quoteInQuoted; // a '"' inside quotes: an escaped quote or the closing one
    private boolean cellStart = true;
    private boolean afterCr; // a record ended with '\r': a '\n' next belongs to it

    Splitter(long partBytes) {
      this.partBytes = Math.max(1, partBytes);
    }

    void accept(int c, long offset) {
      if (afterCr) {
        afterCr = false;
        long next = c == '\n' ? offset + 1 : offset;
        if (inHeader) {
          endHeader(next);
        } else {
          recordEnd(next);
        }
        if (c == '\n') {
          previous = c;
          return; // the '\n' of a CRLF: neither a line of its own nor a byte of the next record
        }
      }
      if (c == '\r' || (c == '\n' && previous != '\r')) {
        lineBreaks++;
      }
      previous = c;
      if (inHeader) {
        header(c, offset);
      } else {
        body(c, offset);
      }
    }

    private void body(int c, long offset) {
      if (quoted) {
        if (!quoteInQuoted) {
          quoteInQuoted = c == '"';
          return;
        }
        quoteInQuoted = false;
        if (c == '"') {
          return; // "" is a quote in the cell
        }
        quoted = false; // the cell is closed; c is read as outside quotes
      }
      if (c == '"' && cellStart) {
        quoted = true;
        cellStart = false;
      } else if (c == separator) {
        cellStart = true;
      } else if (c == '\n') {
        recordEnd(offset + 1);
      } else if (c == '\r') {
        afterCr = true;
      } else {
        cellStart = false;
      }
    }

    /** The header line as the reader reads it: every quote toggles, a line break outside ends. */
    private void header(int c, long offset) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '\r') {
        afterCr = true;
        return;
      } else if (!quoted && c == '\n') {
        endHeader(offset + 1);
        return;
      }
      if (headerLength < header.length) {
        header[headerLength++] = (byte) c;
      }
    }

    private void endHeader(long next) {
      inHeader = false;
      headerEnd = next;
      separator = CsvDeliveryReader.separatorOf(header, headerLength);
      quoted = false;
      cellStart = true;
      partStart = headerEnd;
    }

    private void recordEnd(long next) {
      cellStart = true;
      if (next - partStart >= partBytes) {
        cuts.add(new long[] {next, lineBreaks + 1});
        partStart = next;
      }
    }
  }
}
