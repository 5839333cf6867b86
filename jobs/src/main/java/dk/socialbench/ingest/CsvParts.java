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
 * file's bytes and lines, which no part alone can. The file's SHA-256 is not taken here but by the
 * task that reads the first part ({@link ParseDeliveryFile}): this pass runs on the driver alone
 * before any task starts, and whatever can run beside the other tasks should (docs/benchmarks.md
 * 1.48).
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
    long bytes = 0;
    try (in) {
      byte[] buffer = new byte[1 << 20];
      int n;
      while ((n = in.read(buffer, 0, buffer.length)) > 0) {
        s.accept(buffer, n, bytes);
        bytes += n;
      }
    }
    if (s.cuts.isEmpty() || s.separator == 0 || (s.cuts.size() == 1 && s.cuts.get(0)[0] == bytes)) {
      return List.of(DeliveryPart.whole(file));
    }
    List<DeliveryPart> parts = new ArrayList<>();
    long start = 0;
    long line = 2;
    DeliveryPart.WholeFile whole = new DeliveryPart.WholeFile(bytes, s.lines());
    if (s.cuts.get(s.cuts.size() - 1)[0] == bytes) {
      s.cuts.remove(s.cuts.size() - 1); // the last record ends the file: no empty part
    }
    for (long[] cut : s.cuts) {
      parts.add(
          new DeliveryPart(file, start, cut[0], line, s.headerEnd, parts.isEmpty() ? whole : null));
      start = cut[0];
      line = cut[1];
    }
    parts.add(new DeliveryPart(file, start, bytes, line, s.headerEnd, null));
    return parts;
  }

  /** The parser's quoting rules, byte by byte, remembering where records end. */
  private static final class Splitter {
    private final long partBytes;
    private final List<long[]> cuts = new ArrayList<>(); // {offset, line of the record there}
    private final byte[] header = new byte[CsvDeliveryReader.MAX_HEADER_BYTES];
    private int headerLength;
    private boolean inHeader = true;
    private boolean headerCr; // the header ended with '\r'
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

    /** Bytes {@code 0..n-1} of {@code buffer}, the first of which is at {@code offset}. */
    void accept(byte[] buffer, int n, long offset) {
      int i = 0;
      for (; i < n && inHeader; i++) {
        header(buffer[i] & 0xFF, offset + i);
      }
      if (i < n && headerCr) {
        headerCr = false;
        if (buffer[i] == '\n') { // the header's CRLF: the '\n' is neither a line nor a record's
          previous = '\n';
          headerEnd++;
          partStart = headerEnd;
          i++;
        }
      }
      if (i < n) {
        body(buffer, i, n, offset);
      }
    }

    /**
     * The records' bytes {@code from..n-1}: the reader's rules for a record, in one loop over the
     * state in local variables, since the whole file passes through here on one thread before any
     * task can start (docs/benchmarks.md 1.48: with the hash and a second count of lines, a method
     * call and fields per byte took about 2.5 times the thread CPU).
     */
    private void body(byte[] buffer, int from, int n, long offset) {
      boolean quoted = this.quoted;
      boolean quoteInQuoted = this.quoteInQuoted;
      boolean cellStart = this.cellStart;
      boolean afterCr = this.afterCr;
      int previous = this.previous;
      long lineBreaks = this.lineBreaks;
      final int separator = this.separator;
      for (int i = from; i < n; i++) {
        int c = buffer[i] & 0xFF;
        if (afterCr) {
          afterCr = false;
          cellStart = true;
          cut(c == '\n' ? offset + i + 1 : offset + i, lineBreaks);
          if (c == '\n') {
            previous = c;
            continue; // the '\n' of a CRLF: neither a line of its own nor a byte of the next record
          }
        }
        if (c == '\r' || (c == '\n' && previous != '\r')) {
          lineBreaks++;
        }
        previous = c;
        if (quoted) {
          if (!quoteInQuoted) {
            quoteInQuoted = c == '"';
            continue;
          }
          quoteInQuoted = false;
          if (c == '"') {
            continue; // "" is a quote in the cell
          }
          quoted = false; // the cell is closed; c is read as outside quotes
        }
        if (c == '"' && cellStart) {
          quoted = true;
          cellStart = false;
        } else if (c == separator) {
          cellStart = true;
        } else if (c == '\n') {
          cellStart = true;
          cut(offset + i + 1, lineBreaks);
        } else if (c == '\r') {
          afterCr = true;
        } else {
          cellStart = false;
        }
      }
      this.quoted = quoted;
      this.quoteInQuoted = quoteInQuoted;
      this.cellStart = cellStart;
      this.afterCr = afterCr;
      this.previous = previous;
      this.lineBreaks = lineBreaks;
    }

    /**
     * The header line as the reader reads it: every quote toggles, a line break outside ends it (a
     * '\n' right after its '\r' is the header's too: {@link #accept(byte[], int, long)}).
     */
    private void header(int c, long offset) {
      if (c == '\r' || (c == '\n' && previous != '\r')) {
        lineBreaks++;
      }
      previous = c;
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\r' || c == '\n')) {
        headerCr = c == '\r';
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

    /** A record ends before {@code next}: a cut there once the part has its size. */
    private void cut(long next, long lineBreaksBefore) {
      if (next - partStart >= partBytes) {
        cuts.add(new long[] {next, lineBreaksBefore + 1});
        partStart = next;
      }
    }

    /** Physical lines: line breaks, plus a last line that has none. */
    long lines() {
      return lineBreaks + (previous >= 0 && previous != '\n' && previous != '\r' ? 1 : 0);
    }
  }
}
