package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.server.fixtures.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDownloadTest {
  static final String RUN = "20261124-101500-ab12";

  @TempDir Path work;
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.servingRun(work, RUN, "147", "157");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void benchmark_pdf_is_the_whole_file_with_type_etag_and_file_name() {
    HttpResponse<byte[]> r = server.getBytes("/reports/benchmark/147.pdf", ADMIN);

    assertEquals(200, r.statusCode());
    assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(new String(r.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    assertTrue(new String(r.body(), StandardCharsets.ISO_8859_1).contains("benchmark 147 " + RUN));
    assertTrue(r.headers().firstValue("ETag").orElseThrow().matches("\"[0-9a-f]{32}\""));
    assertEquals(RUN, r.headers().firstValue("X-Socialbench-Run").orElseThrow());
    assertEquals(
        "attachment; filename=\"benchmark-147-frederiksberg-" + RUN + ".pdf\"",
        r.headers().firstValue("Content-Disposition").orElseThrow());
  }

  @Test
  void pdf_and_xlsx_are_sent_as_they_are_with_their_length_while_csv_is_gzipped() {
    server.renderer.padTo(64 * 1024);

    for (String path : new String[] {"/reports/benchmark/147.pdf", "/reports/benchmark/157.xlsx"}) {
      HttpResponse<byte[]> r =
          server.sendBytes(server.request(path, ADMIN).header("Accept-Encoding", "gzip").build());
      assertEquals(200, r.statusCode());
      assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), path);
      assertEquals(
          r.body().length,
          Integer.parseInt(r.headers().firstValue("Content-Length").orElseThrow()),
          path);
    }
    HttpResponse<byte[]> csv =
        server.sendBytes(
            server
                .request("/reports/national/all.csv", ADMIN)
                .header("Accept-Encoding", "gzip")
                .build());
    assertEquals("gzip", csv.headers().firstValue("Content-Encoding").orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({
    "/reports/benchmark/157.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "/reports/data-quality/147.csv, text/csv; charset=utf-8",
    "/reports/data-quality/all.pdf, application/pdf",
    "/reports/national/all.csv, text/csv; charset=utf-8"
  })
  void every_report_comes_in_its_formats(String path, String contentType) {
    HttpResponse<byte[]> r = server.getBytes(path, ADMIN);

    assertEquals(200, r.statusCode());
    assertEquals(contentType, r.headers().firstValue("Content-Type").orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/reports/annual/147.pdf | 404 | ingen rapport ved navn 'annual'",
        "/reports/benchmark/999.pdf | 404 | ingen kommune med koden 999",
        "/reports/benchmark/101.pdf | 404 | København (101) har ingen data i kørsel",
        "/reports/national/147.pdf | 404 | /reports/national/all",
        "/reports/benchmark/all.pdf | 404 | laves pr. kommune",
        "/reports/benchmark/frb.pdf | 400 | 'frb' er ikke en kommunekode",
        "/reports/benchmark/147.docx | 400 | Filtypen 'docx' findes ikke",
        "/reports/benchmark/147 | 400 | mangler filtype",
        "/no/such/page | 404 | findes ikke på serveren"
      })
  void wrong_addresses_get_json_errors_in_danish(String path, int status, String message) {
    HttpResponse<String> r = server.get(path, ADMIN);

    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    assertTrue(r.body().contains("\"status\":" + status), r.body());
    assertTrue(r.body().contains(message), r.body());
  }

  @Test
  void if_none_match_with_the_etag_gets_304_without_a_body() {
    String etag =
        server.getBytes("/reports/benchmark/147.pdf", ADMIN).headers().firstValue("ETag").get();

    HttpResponse<byte[]> again =
        server.sendBytes(
            server
                .request("/reports/benchmark/147.pdf", ADMIN)
                .header("If-None-Match", etag)
                .build());
    HttpResponse<byte[]> stale =
        server.sendBytes(
            server
                .request("/reports/benchmark/147.pdf", ADMIN)
                .header("If-None-Match", "\"0000\"")
                .build());

    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
    assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
    assertEquals(200, stale.statusCode());
  }

  @Test
  void a_cached_file_is_rendered_once_and_sent_whole_from_the_cache() {
    HttpResponse<byte[]> rendered = server.getBytes("/reports/benchmark/147.pdf", ADMIN);
    HttpResponse<byte[]> cached = server.getBytes("/reports/benchmark/147.pdf", ADMIN);
    server.getBytes("/reports/benchmark/147.xlsx", ADMIN);

    assertEquals(2, server.renderer.calls());
    assertArrayEquals(rendered.body(), cached.body());
    assertEquals(
        Long.toString(rendered.body().length),
        cached.headers().firstValue("Content-Length").orElseThrow());
  }

  @Test
  void a_cached_file_many_socket_buffers_long_reaches_every_client_as_the_cache_file_holds_it()
      throws Exception {
    server.renderer.padTo(3 << 20); // loopback starts a connection with a 16 kB send buffer
    server.getBytes("/reports/benchmark/147.pdf", ADMIN); // rendered, cached
    byte[] onDisk;
    try (Stream<Path> files = Files.walk(server.cacheDir())) {
      onDisk =
          Files.readAllBytes(
              files.filter(f -> f.endsWith("benchmark-147.pdf")).findFirst().orElseThrow());
    }
    String etag =
        "\""
            + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(onDisk), 0, 16)
            + "\"";

    List<CompletableFuture<HttpResponse<byte[]>>> downloads = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      downloads.add(server.getBytesAsync("/reports/benchmark/147.pdf", ADMIN));
    }

    assertTrue(onDisk.length > 3 << 20);
    for (CompletableFuture<HttpResponse<byte[]>> download : downloads) {
      HttpResponse<byte[]> r = download.get(30, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode());
      assertEquals("hit", r.headers().firstValue("X-Socialbench-Cache").orElseThrow());
      assertEquals(etag, r.headers().firstValue("ETag").orElseThrow());
      assertEquals(
          Integer.toString(onDisk.length), r.headers().firstValue("Content-Length").orElseThrow());
      assertArrayEquals(onDisk, r.body());
    }
    assertEquals(1, server.renderer.calls());
  }

  @Test
  void a_render_failure_is_500_with_an_error_id_that_is_in_the_log_and_no_stack_trace() {
    server.renderer.failFor("157");
    PrintStream stderr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    HttpResponse<String> r;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      r = server.get("/reports/benchmark/157.pdf", ADMIN);
    } finally {
      System.setErr(stderr);
    }

    assertEquals(500, r.statusCode());
    Matcher id = Pattern.compile("\"error_id\":\"([0-9a-f]{8})\"").matcher(r.body());
    assertTrue(id.find(), r.body());
    assertTrue(r.body().contains("Rapporten kunne ikke dannes"), r.body());
    assertFalse(r.body().contains("IllegalStateException"), r.body());
    assertFalse(r.body().contains("template broke"), r.body());
    String logged = log.toString(StandardCharsets.UTF_8);
    assertTrue(logged.contains("[error id " + id.group(1) + "]"), logged);
    assertTrue(logged.contains("template broke for 157"), logged);
  }

  @Test
  void an_incomplete_pdf_from_the_renderer_is_never_sent_with_200() {
    server.renderer.renderIncompletePdfs();

    HttpResponse<String> r = server.get("/reports/benchmark/147.pdf", ADMIN);

    assertEquals(500, r.statusCode());
    assertTrue(r.body().contains("error_id"), r.body());
  }
}
