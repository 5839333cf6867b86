package dk.socialbench.ingest;

import dk.socialbench.delivery.UserError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A CSV delivery as Danish spreadsheet exports write them: {@code ;} or {@code ,} (whichever the
 * header uses), RFC 4180 quoting (separators, quotes and line breaks inside quoted cells), CRLF or
 * LF, an optional UTF-8 byte order mark, strict decoding (a byte sequence that is not valid in the
 * encoding stops with the line where it is, instead of silently becoming '?').
 */
final class CsvDeliveryReader implements DeliveryReader {
  private static final int EOF = -1;

  private final String file;
  private final Reader in;
  private final char separator;
  private final Header header;
  private final String format;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int limit;
  private long line = 1; // the physical line the reader is on
  private long blankRows;
  private RawRow next;

  CsvDeliveryReader(String file, BufferedInputStream bytes, Charset encoding) throws IOException {
    this.file = file;
    boolean bom = skipBom(bytes);
    checkText(file, bytes);
    this.in =
        new InputStreamReader(
            bytes,
            encoding
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    List<String> headerCells = readHeaderCells();
    this.separator = separatorOf(headerCells);
    List<String> cells = headerCells.size() == 1 ? split(headerCells.get(0)) : headerCells;
    this.header = Header.parse(file, cells);
    this.format = "csv " + separator + " " + encoding.name() + (bom ? " BOM" : "");
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

  /**
   * The header record, split on neither separator yet: the first physical line, with quoting, as
   * one raw string in a one-element list (split once the separator is known).
   */
  private List<String> readHeaderCells() throws IOException {
    StringBuilder raw = new StringBuilder();
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
      raw.append((char) c);
    }
    if (raw.length() == 0) {
      throw new UserError(file + ": is empty; a delivery starts with a header line");
    }
    return List.of(raw.toString());
  }

  private char separatorOf(List<String> headerCells) {
    String raw = headerCells.get(0);
    long semicolons = raw.chars().filter(ch -> ch == ';').count();
    long commas = raw.chars().filter(ch -> ch == ',').count();
    if (semicolons == 0 && commas == 0) {
      throw new UserError(
          file
              + ": line 1: the header has no ';' or ',' between column names; is this a CSV"
              + " delivery file?");
    }
    return semicolons >= commas ? ';' : ',';
  }

  private List<String> split(String raw) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      if (ch == '"') {
        if (quoted && i + 1 < raw.length() && raw.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (ch == separator && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  public long blankRows() {
    return blankRows;
  }

  @Override
  public boolean hasNext() {
    try {
      while (next == null) {
        long start = line;
        List<String> cells = readRecord();
        if (cells == null) {
          return false;
        }
        RawRow row = header.row(file, start, cells);
        if (row.blank()) {
          blankRows++;
        } else {
          next = row;
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      throw new UserError(
          file
              + ": line "
              + line
              + ": bytes that are not valid "
              + encodingName()
              + "; if the"
              + " file was saved as Windows-1252 (ANSI), run with --encoding windows-1252",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": line " + line + ": " + e.getMessage(), e);
    }
  }

  private String encodingName() {
    return format.split(" ")[2];
  }

  @Override
  public RawRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRow row = next;
    next = null;
    return row;
  }

  /** The cells of the next record, or null at the end of the file. */
  private List<String> readRecord() throws IOException {
    int c = read();
    if (c == EOF) {
      return null;
    }
    List<String> cells = new ArrayList<>(32);
    StringBuilder cell = new StringBuilder(32);
    boolean quoted = false;
    boolean wasQuoted = false;
    long quoteStart = line;
    while (true) {
      if (c == EOF) {
        if (quoted) {
          throw new UserError(
              file + ": line " + quoteStart + ": a quoted cell is never closed (missing '\"')");
        }
        cells.add(cell.toString());
        return cells;
      }
      if (quoted) {
        if (c == '"') {
          if (peek() == '"') {
            read();
            cell.append('"');
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          cell.append((char) c);
        }
      } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        quoteStart = line;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && peek() == '\n') {
          read();
        }
        line++;
        cells.add(cell.toString());
        return cells;
      } else {
        cell.append((char) c);
      }
      c = read();
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
    return buffer[pos++];
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

  static Charset charset(String name) {
    return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
  }
}
