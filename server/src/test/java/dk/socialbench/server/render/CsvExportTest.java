package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The benchmark's tables as CSV for Danish Excel, parsed back. */
class CsvExportTest {
  private static byte[] bytes;
  private static List<List<List<String>>> sections;

  @BeforeAll
  static void render() {
    bytes = SharedRenderer.render(ReportKind.BENCHMARK, RunFixture.HORSENS, Format.CSV);
    String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
    sections = new ArrayList<>();
    for (String section : text.split("\r\n\r\n")) {
      List<List<String>> lines = new ArrayList<>();
      for (String line : section.split("\r\n")) {
        lines.add(parse(line));
      }
      sections.add(lines);
    }
  }

  @Test
  void starts_with_a_byte_order_mark_for_excel() {
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
  }

  @Test
  void has_a_titled_section_per_dataset_whose_rows_fit_the_header() {
    List<String> datasets = ReportContents.datasets(ReportKind.BENCHMARK);
    // the municipality's own sections, the line introducing all municipalities', and theirs
    assertEquals(2 * datasets.size() + 1, sections.size());
    for (int i = 0; i < 2 * datasets.size(); i++) {
      List<List<String>> section = sections.get(i < datasets.size() ? i : i + 1);
      String title = ResultCatalogue.byName(datasets.get(i % datasets.size())).titleDa();
      assertTrue(section.get(0).get(0).endsWith(title), section.get(0).toString());
      List<String> header = section.get(1);
      assertEquals(List.of("Kommunenummer", "Kommune"), header.subList(0, 2));
      for (List<String> row : section.subList(2, section.size())) {
        assertEquals(header.size(), row.size(), title + ": " + row);
      }
    }
  }

  @Test
  void writes_decimal_commas_and_dashes_for_suppressed_cells() {
    List<List<String>> vum =
        sections.get(ReportContents.datasets(ReportKind.BENCHMARK).indexOf("vum_and_target"));
    List<String> header = vum.get(1);
    List<String> horsens = vum.get(2);
    assertEquals(List.of("615", "Horsens"), horsens.subList(0, 2));
    assertEquals(List.of("", "Sammenligningsgruppen"), vum.get(3).subList(0, 2));
    assertEquals(List.of("", "Alle kommuner"), vum.get(4).subList(0, 2));
    assertTrue(
        horsens.get(header.indexOf("Gns. VUM-score")).matches("\\d,\\d+"), horsens.toString());
    List<List<String>> all =
        sections.get(
            ReportContents.datasets(ReportKind.BENCHMARK).size()
                + 1
                + ReportContents.datasets(ReportKind.BENCHMARK).indexOf("vum_and_target"));
    List<String> ballerup =
        all.stream()
            .filter(r -> r.size() > 1 && r.get(1).equals("Ballerup"))
            .findFirst()
            .orElseThrow();
    assertEquals("–", ballerup.get(header.indexOf("Sager med VUM-mål")));
  }

  @Test
  void quotes_fields_that_hold_the_separator() {
    assertEquals("\"a;b\"", CsvExport.field("a;b"));
    assertEquals("\"say \"\"hi\"\"\"", CsvExport.field("say \"hi\""));
    assertEquals("plain", CsvExport.field("plain"));
  }

  /** One CSV line read by Apache Commons CSV (RFC 4180 with {@code ;}), not by CsvExport's code. */
  private static List<String> parse(String line) {
    try (CSVParser parser =
        CSVParser.parse(line, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of("") : records.get(0).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
