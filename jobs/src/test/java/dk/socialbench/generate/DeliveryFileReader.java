package dk.socialbench.generate;

import dk.socialbench.contract.DeliveryColumn;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads delivery files the way an independent consumer would, without the generator's code: CSV per
 * RFC 4180 with the separator detected from the header, or the first sheet of an xlsx. Cells stay
 * raw text (xlsx dates become ISO text and numbers plain decimals, tagged by cell type).
 */
final class DeliveryFileReader {
  private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

  /** One data row: file, line (1 = header), and the raw cell of each column in the header. */
  record DeliveryLine(Path file, int line, EnumMap<DeliveryColumn, String> cells) {
    String get(DeliveryColumn column) {
      String v = cells.get(column);
      return v == null || v.isEmpty() ? null : v;
    }
  }

  /** A parsed file: the header's columns and the data rows. */
  record DeliveryFile(Path path, List<String> headerCells, List<DeliveryLine> lines) {}

  private DeliveryFileReader() {}

  static List<DeliveryFile> readDirectory(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<DeliveryFile> read = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        read.add(read(p));
      }
      return read;
    }
  }

  static DeliveryFile read(Path file) throws IOException {
    List<List<String>> table = file.toString().endsWith(".xlsx") ? readXlsx(file) : readCsv(file);
    List<String> header = table.get(0);
    List<DeliveryLine> lines = new ArrayList<>();
    for (int r = 1; r < table.size(); r++) {
      EnumMap<DeliveryColumn, String> cells = new EnumMap<>(DeliveryColumn.class);
      List<String> row = table.get(r);
      if (row.size() != header.size()) {
        throw new AssertionError(file + " line " + (r + 1) + " has " + row.size() + " cells");
      }
      for (int c = 0; c < header.size(); c++) {
        DeliveryColumn column =
            DeliveryColumn.fromHeader(header.get(c))
                .orElseThrow(() -> new AssertionError("unknown header cell in " + file));
        cells.put(column, row.get(c));
      }
      lines.add(new DeliveryLine(file, r + 1, cells));
    }
    return new DeliveryFile(file, header, lines);
  }

  /** A date cell in either delivery form, or null if it is neither. */
  static LocalDate date(String text) {
    try {
      return text.length() == 10 && text.charAt(2) == '-'
          ? LocalDate.parse(text, DANISH_DATE)
          : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A number cell with decimal comma or point, or null if it is not one. */
  static Double number(String text) {
    try {
      return Double.valueOf(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static List<List<String>> readCsv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.substring(0, text.indexOf('\n'));
    char separator =
        firstLine.chars().filter(c -> c == ';').count()
                > firstLine.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    // Apache Commons CSV, not the generator's own code, reads the file back (RFC 4180 quoting).
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
    }
    return rows;
  }

  private static List<List<String>> readXlsx(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        Workbook workbook = new XSSFWorkbook(in)) {
      Sheet sheet = workbook.getSheetAt(0);
      int width = sheet.getRow(0).getLastCellNum();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          cells.add(xlsxCell(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    }
  }

  private static String xlsxCell(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        return cell.getLocalDateTimeCellValue().toLocalDate().toString();
      }
      return Double.toString(cell.getNumericCellValue());
    }
    return cell.getStringCellValue();
  }
}
