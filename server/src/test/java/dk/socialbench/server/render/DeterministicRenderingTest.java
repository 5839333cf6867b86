package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The same report of the same run is the same bytes, rendered again or by another renderer, so that
 * its ETag survives a restart of the server or an eviction from the cache. The fixture run was
 * created 2026-11-24 09:15:00 UTC, 10:15 in Copenhagen.
 */
class DeterministicRenderingTest {
  private static final Instant CREATED = Instant.parse("2026-11-24T09:15:00Z");
  private static final Pattern DOCUMENT_ID = Pattern.compile("/ID \\[<([0-9a-f]{32})><\\1>\\]");

  @Test
  void every_report_in_every_format_renders_to_the_same_bytes_twice_and_by_a_new_renderer() {
    ReportRenderer another = new ReportRenderer();
    for (ReportKind kind : ReportKind.values()) {
      for (Format format : Format.values()) {
        byte[] first = SharedRenderer.render(kind, RunFixture.HORSENS, format);
        byte[] again = SharedRenderer.render(kind, RunFixture.HORSENS, format);
        byte[] fresh = another.render(kind, RunFixture.HORSENS, SharedRenderer.SEP, format);

        assertArrayEquals(first, again, kind + " " + format + " rendered twice");
        assertArrayEquals(first, fresh, kind + " " + format + " by a new renderer");
      }
    }
  }

  @Test
  void the_pdf_is_dated_by_its_run_and_its_document_id_follows_its_content() throws Exception {
    byte[] horsens = SharedRenderer.render(ReportKind.BENCHMARK, RunFixture.HORSENS, Format.PDF);
    byte[] ishoj = SharedRenderer.render(ReportKind.BENCHMARK, RunFixture.ISHOJ, Format.PDF);

    try (PDDocument document = new RenderedPdf(horsens).open()) {
      Calendar created = document.getDocumentInformation().getCreationDate();
      Calendar modified = document.getDocumentInformation().getModificationDate();
      assertEquals(CREATED.toEpochMilli(), created.getTimeInMillis());
      assertEquals(CREATED.toEpochMilli(), modified.getTimeInMillis());
    }
    assertNotEquals(documentId(horsens), documentId(ishoj));
  }

  @Test
  void the_workbook_and_each_of_its_entries_are_dated_by_the_run() throws Exception {
    byte[] xlsx = SharedRenderer.render(ReportKind.BENCHMARK, RunFixture.HORSENS, Format.XLSX);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertEquals(
          CREATED.toEpochMilli(),
          workbook.getProperties().getCoreProperties().getCreated().getTime());
    }
    List<LocalDateTime> times = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        times.add(e.getTimeLocal());
      }
    }
    assertEquals(
        List.of(LocalDateTime.of(2026, 11, 24, 10, 15)), times.stream().distinct().toList());
  }

  private static String documentId(byte[] pdf) {
    Matcher m = DOCUMENT_ID.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    String id = null;
    while (m.find()) {
      id = m.group(1);
    }
    if (id == null) {
      throw new AssertionError("the PDF has no document id of two equal 16-byte halves");
    }
    return id;
  }
}
