package dk.socialbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvPartsTest {
  private static final DeliveryFile FILE = new DeliveryFile("file:///f.csv", "f.csv");

  /**
   * Offsets by hand: the header {@code h1;h2;h3\r\n} is bytes 0–9 (10 bytes); record 1 (lines 2–3,
   * a quoted CRLF inside; 12 bytes) 10–21; record 2 (line 4: an escaped quote and a separator
   * inside quotes, ended by LF; 12 bytes) 22–33; record 3 (line 5: a quote in the middle of a cell,
   * which is text, not an opening quote; ended by a lone CR; 8 bytes) 34–41; record 4 (lines 6–7, a
   * quoted LF, no line break at the end; 9 bytes) 42–50. 51 bytes, 7 lines.
   */
  private static final String CSV =
      "h1;h2;h3\r\n" + "a;\"x\r\ny\";c\r\n" + "b;\"q\"\"r;\";c\n" + "d;e\"f;g\r" + "h;\"i\nj\";k";

  private static List<DeliveryPart> split(long partBytes) throws IOException {
    byte[] bytes = CSV.getBytes(StandardCharsets.US_ASCII);
    assertEquals(51, bytes.length);
    return CsvParts.split(FILE, new ByteArrayInputStream(bytes), partBytes);
  }

  @Test
  void parts_end_on_record_boundaries_never_inside_quotes_with_exact_first_lines()
      throws IOException {
    List<DeliveryPart> parts = split(1);
    DeliveryPart.WholeFile whole = parts.get(0).whole();
    assertEquals(51, whole.bytes());
    assertEquals(7, whole.lines());
    assertEquals(
        List.of(
            new DeliveryPart(FILE, 0, 22, 2, 10, whole),
            new DeliveryPart(FILE, 22, 34, 4, 10, null),
            new DeliveryPart(FILE, 34, 42, 5, 10, null),
            new DeliveryPart(FILE, 42, 51, 6, 10, null)),
        parts);
  }

  @Test
  void a_part_takes_whole_records_until_it_has_at_least_the_part_size() throws IOException {
    // From byte 10: record 1 ends at 22 (12 bytes, under 20), record 2 at 34 (24 bytes): cut.
    List<DeliveryPart> parts = split(20);
    assertEquals(
        List.of(
            new DeliveryPart(FILE, 0, 34, 2, 10, parts.get(0).whole()),
            new DeliveryPart(FILE, 34, 51, 5, 10, null)),
        parts);
  }

  @Test
  void a_file_no_larger_than_a_part_is_read_whole() throws IOException {
    // Its records end 12, 24 and 32 bytes after the header: none reaches 43.
    assertEquals(List.of(DeliveryPart.whole(FILE)), split(43));
  }

  @Test
  void records_cut_across_the_reads_in_any_place_split_as_if_read_at_once() throws IOException {
    // The header "h1;h2\r\n" (7 bytes), then 1,000 records "\"a\r\nb\";c\r\n" (10 bytes, two
    // lines each: a quoted CRLF, then the record's CRLF). Read 7 bytes at a time, every byte of a
    // record (the opening quote, the quoted CR and LF, the record's CR and its LF) falls at the
    // start of some read. Parts of 100 bytes: ten records each, part k from byte 7 + 100k, its
    // first record on line 2 + 20k; 10,007 bytes and 2,001 lines in all.
    StringBuilder csv = new StringBuilder("h1;h2\r\n");
    for (int i = 0; i < 1000; i++) {
      csv.append("\"a\r\nb\";c\r\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.US_ASCII);
    InputStream sevenAtATime =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 7));
          }
        };
    List<DeliveryPart> parts = CsvParts.split(FILE, sevenAtATime, 100);
    DeliveryPart.WholeFile whole = new DeliveryPart.WholeFile(10_007, 2_001);
    List<DeliveryPart> expected = new ArrayList<>();
    for (int k = 0; k < 100; k++) {
      expected.add(
          new DeliveryPart(
              FILE,
              k == 0 ? 0 : 7 + 100 * k,
              7 + 100 * (k + 1),
              2 + 20 * k,
              7,
              k == 0 ? whole : null));
    }
    assertEquals(expected, parts);
  }
}
