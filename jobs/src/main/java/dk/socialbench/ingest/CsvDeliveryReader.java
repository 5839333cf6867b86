package dk.socialbench.ingest;

import dk.socialbench.UserError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A CSV delivery as Danish spreadsheet exports write them: {@code ;} or {@code ,} (whichever the
 * header uses), RFC 4180 quoting (separators, quotes and line breaks inside quoted cells), CRLF or
 * LF, an optional UTF-8 byte order mark.
 *
 * <p>It splits the bytes (the structure characters are ASCII in every accepted encoding) and
 * decodes each cell strictly, so a byte sequence that is not valid in the encoding stops with the
 * exact line where it is, instead of silently becoming '?'.
 *
 * <p>A stray quote must not swallow rows: a quoted cell may hold a line break only in the free-text
 * columns ({@link FreeText#COLUMNS}), and even there not lines that look like whole rows; anything
 * else stops with the file and the lines named. Buffers are bounded ({@value #MAX_HEADER_BYTES}
 * bytes for the header line, {@value #MAX_CELL_BYTES} for a cell, {@value #MAX_CELLS} cells a row),
 * so one unclosed quote in a file of any size stops at once instead of filling the memory. No
 * message quotes a cell's content.
 */
final class CsvDeliveryReader extends RowsSkippingBlanks {
  private static final int EOF = -1;
  static final int MAX_HEADER_BYTES = 16 * 1024;
  static final int MAX_CELL_BYTES = 32 * 1024;
  static final int MAX_CELLS = 1024;
  private static final Set<String> ASCII_COMPATIBLE =
      Set.of("UTF-8", "windows-1252", "ISO-8859-1", "ISO-8859-15", "US-ASCII");

  private final String file;
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final String encoding;
  private final byte separator;
  private final Header header;
  private final String format;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] cell = new byte[64];
  private int cellLength;
  private long line = 1; // the physical line the reader is on
  private final QuotedLineBreaks lineBreaks;

  CsvDeliveryReader(String file, BufferedInputStream bytes, Charset encoding) throws IOException {
    this(file, bytes, encoding, true);
  }

  /**
   * A reader of one part of a split file ({@link CsvParts}): {@code headerAndPart} is the file's
   * header line followed by the part's records, the first of which is on line {@code firstLine}.
   * The check for binary data is the whole file's, made when its header was checked.
   */
  static CsvDeliveryReader ofPart(
      String file, InputStream headerAndPart, Charset encoding, long firstLine) throws IOException {
    CsvDeliveryReader reader =
        new CsvDeliveryReader(
            file, new BufferedInputStream(headerAndPart, 1 << 16), encoding, false);
    reader.line = firstLine;
    return reader;
  }

  private CsvDeliveryReader(
      String file, BufferedInputStream bytes, Charset encoding, boolean checkBinary)
      throws IOException {
    if (!ASCII_COMPATIBLE.contains(encoding.name())) {
      throw new UserError(
          "encoding " + encoding.name() + " is not supported; use UTF-8 or windows-1252");
    }
    this.file = file;
    this.lineBreaks = new QuotedLineBreaks(file);
    this.encoding = encoding.name();
    boolean bom = skipBom(bytes);
    if (checkBinary) {
      checkText(file, bytes);
    }
    this.in = bytes;
    this.decoder =
        encoding
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] headerLine = readHeaderLine();
    this.separator = separatorOf(headerLine);
    List<String> cells = readRecord(new BytesInput(headerLine), null);
    this.header = Header.parse(file, cells);
    this.format = "csv " + (char) separator + " " + encoding.name() + (bom ? " BOM" : "");
  }

  private static boolean skipBom(BufferedInputStream bytes) throws IOException {
    bytes.mark(4);
    byte[] b = bytes.readNBytes(3);
    if (b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return true;
    }
    bytes.reset();
    return false;
  }

  /** A NUL byte near the start means a binary file (or UTF-16), not a CSV text file. */
  private static void checkText(String file, BufferedInputStream bytes) throws IOException {
    bytes.mark(4096);
    byte[] head = bytes.readNBytes(4096);
    bytes.reset();
    for (byte b : head) {
      if (b == 0) {
        throw new UserError(
            file
                + ": is not a CSV text file (it contains binary data or is UTF-16); save it as"
                + " CSV in UTF-8 or Windows-1252");
      }
    }
  }

  /** The first record's bytes, up to its line break outside quotes. */
  private byte[] readHeaderLine() throws IOException {
    byte[] raw = new byte[256];
    int n = 0;
    boolean quoted = false;
    int c;
    while ((c = read()) != EOF) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
        break;
      }
      if (n == MAX_HEADER_BYTES) {
        throw new UserError(
            file
                + ": line 1: the header line is longer than "
                + MAX_HEADER_BYTES / 1024
                + " KiB; a delivery starts with one line of column names"
                + (quoted ? " (a '\"' in it is never closed)" : ""));
      }
      if (n == raw.length) {
        raw = Arrays.copyOf(raw, n * 2);
      }
      raw[n++] = (byte) c;
    }
    if (n == 0) {
      throw new UserError(file + ": is empty; a delivery starts with a header line");
    }
    return Arrays.copyOf(raw, n);
  }

  private byte separatorOf(byte[] headerLine) {
    byte separator = separatorOf(headerLine, headerLine.length);
    if (separator == 0) {
      throw new UserError(
          file
              + ": line 1: the header has no ';' or ',' between column names; is this a CSV"
              + " delivery file?");
    }
    return separator;
  }

  /** {@code ;} or {@code ,}, whichever the header line uses more; 0 if neither. */
  static byte separatorOf(byte[] headerLine, int length) {
    int semicolons = 0;
    int commas = 0;
    for (int i = 0; i < length; i++) {
      semicolons += headerLine[i] == ';' ? 1 : 0;
      commas += headerLine[i] == ',' ? 1 : 0;
    }
    if (semicolons == 0 && commas == 0) {
      return 0;
    }
    return (byte) (semicolons >= commas ? ';' : ',');
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  RawRow readRow() {
    try {
      long start = line;
      List<String> cells = readRecord(this::read, header);
      return cells == null ? null : header.row(file, start, cells);
    } catch (IOException e) {
      // The exception's own message names the path, which may hold what the file name hides.
      throw new UserError(
          file + ": line " + line + ": cannot be read (" + e.getClass().getName() + ")");
    }
  }

  /** Where {@link #readRecord} takes its bytes from: the file, or the header line. */
  private interface ByteSource {
    int read() throws IOException;
  }

  private static final class BytesInput implements ByteSource {
    private final byte[] bytes;
    private int i;

    BytesInput(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return i < bytes.length ? bytes[i++] & 0xFF : EOF;
    }
  }

  /**
   * The cells of the next record, or null at the end of the input.
   *
   * @param columns the header, to check which cells may span lines; null while reading the header
   */
  private List<String> readRecord(ByteSource source, Header columns) throws IOException {
    int c = source.read();
    if (c == EOF) {
      return null;
    }
    List<String> cells = new ArrayList<>(32);
    cellLength = 0;
    boolean quoted = false;
    boolean wasQuoted = false;
    long quoteStart = line;
    while (true) {
      if (c == EOF) {
        if (quoted) {
          throw new UserError(
              file + ": line " + quoteStart + ": a quoted cell is never closed (missing '\"')");
        }
        endCell(cells, columns, quoteStart);
        return cells;
      }
      if (quoted) {
        if (c == '"') {
          c = source.read();
          if (c == '"') {
            append(c, quoteStart);
          } else {
            quoted = false;
            continue;
          }
        } else {
          if (c == '\n' || (c == '\r' && !peekIsNewline(source))) {
            lineBreaks.lineBreak();
            line++;
          } else if (c == separator) {
            lineBreaks.separator();
          }
          append(c, quoteStart);
        }
      } else if (c == '"' && cellLength == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        quoteStart = line;
      } else if (c == separator) {
        endCell(cells, columns, quoteStart);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        endCell(cells, columns, quoteStart);
        if (c == '\r' && peekIsNewline(source)) {
          source.read();
        }
        line++;
        return cells;
      } else {
        append(c, -1);
      }
      c = source.read();
    }
  }

  /** Adds the cell just read, once {@link QuotedLineBreaks} has checked its line breaks. */
  private void endCell(List<String> cells, Header columns, long quoteStart) {
    lineBreaks.endCell(columns, cells.size(), quoteStart, line);
    if (cells.size() == MAX_CELLS) {
      throw new UserError(
          file + ": line " + line + ": a row has more than " + MAX_CELLS + " cells; is it CSV?");
    }
    cells.add(cellText());
  }

  /** Line breaks inside quoted cells so far: lines that are neither the header nor a row. */
  @Override
  public long linesInCells() {
    return lineBreaks.total();
  }

  private boolean peekIsNewline(ByteSource source) throws IOException {
    if (source instanceof BytesInput) {
      return false; // the header line holds no line break
    }
    return peek() == '\n';
  }

  /**
   * @param quoteStart the line where the cell's quote opened, or -1 for an unquoted cell
   */
  private void append(int b, long quoteStart) {
    if (cellLength == MAX_CELL_BYTES) {
      throw new UserError(
          file
              + ": line "
              + line
              + ": a cell is longer than "
              + MAX_CELL_BYTES / 1024
              + " KiB"
              + (quoteStart > 0
                  ? "; the quote opened on line " + quoteStart + " is probably never closed"
                  : ""));
    }
    if (cellLength == cell.length) {
      cell = Arrays.copyOf(cell, cellLength * 2);
    }
    cell[cellLength++] = (byte) b;
  }

  /** The current cell's bytes, decoded strictly; ASCII takes a fast path. */
  private String cellText() {
    int n = cellLength;
    cellLength = 0;
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = cell[i] >= 0;
    }
    if (ascii) {
      return new String(cell, 0, n, StandardCharsets.ISO_8859_1);
    }
    try {
      return decoder.decode(ByteBuffer.wrap(cell, 0, n)).toString();
    } catch (CharacterCodingException e) {
      throw new UserError(
          file
              + ": line "
              + line
              + ": bytes that are not valid "
              + encoding
              + "; if the file was"
              + " saved as Windows-1252 (ANSI), run with --encoding windows-1252");
    }
  }

  private int read() throws IOException {
    if (pos == limit) {
      limit = in.read(buffer, 0, buffer.length);
      pos = 0;
      if (limit <= 0) {
        limit = 0;
        return EOF;
      }
    }
    return buffer[pos++] & 0xFF;
  }

  private int peek() throws IOException {
    int c = read();
    if (c != EOF) {
      pos--;
    }
    return c;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
