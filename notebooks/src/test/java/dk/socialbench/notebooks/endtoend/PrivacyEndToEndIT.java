package dk.socialbench.notebooks.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.socialbench.pipeline.AttackDelivery;
import dk.socialbench.pipeline.Secrets;
import dk.socialbench.pipeline.WorkScan;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.fixtures.ResponseText;
import dk.socialbench.server.fixtures.ServerRoutes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11's attack from delivery to download. The bundled samples (ten municipalities, and
 * København's delivery with errors) and {@link AttackDelivery} (Frederiksberg's files: five
 * citizens' CPR numbers in every spelling and their names, inflected, planted in every kind of
 * column and in both file names) go through the real {@code run}; the real {@code serve} serves the
 * run. Every route of {@link ServerRoutes} (the page for each municipality, every report kind ×
 * format × municipality and {@code all}, every dataset with and without {@code ?municipality=}, the
 * API, {@code /health}, {@code /metrics}) is requested as the admin, as Frederiksberg (the
 * delivering municipality) and as Gentofte (another one); every status is checked, and every
 * response as a person reads it (PDF text, XLSX cells, JSON and HTML unescaped) is scanned for each
 * planted CPR number (its digits, separators removed after NFKC), its birth date (DDMMYY) and each
 * planted name part. Frederiksberg must see its own rejected rows (file, line, column, rule),
 * Gentofte no one's. Last, everything under WORK (the server's rendered files decoded) and
 * everything either JVM printed is scanned too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivacyEndToEndIT {
  /** The run's municipalities: the ten sample files' codes and København (the invalid sample). */
  static final List<String> MUNICIPALITIES =
      List.of("101", "147", "151", "153", "157", "183", "219", "410", "607", "615", "760");

  /** Where København's rejected rows come from; it must reach København and the admin only. */
  static final String KOEBENHAVN_FILE = "101_koebenhavn_with_errors.csv";

  private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
  private static final Pattern HTML_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

  @TempDir static Path root;
  static Path work;
  static ServedRun served;
  static final Secrets SECRETS = AttackDelivery.secrets();

  @BeforeAll
  static void runAndServe() throws Exception {
    Path input = root.resolve("input");
    Path samples = Path.of(System.getProperty("socialbench.samples"));
    Files.createDirectories(input);
    for (String dir : List.of("sep", "invalid")) {
      try (Stream<Path> files = Files.list(samples.resolve(dir))) {
        for (Path f : files.toList()) {
          Files.copy(f, input.resolve(f.getFileName()));
        }
      }
    }
    AttackDelivery.write(input);
    work = root.resolve("work");
    ServedRun.runPipeline(input, work, root.resolve("run.log"));
    served = ServedRun.serve(work, root);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (served != null) {
      served.close();
    }
  }

  @Order(1)
  @ParameterizedTest
  @ValueSource(strings = {"admin", "147", "157"})
  void every_route_answers_as_the_access_rules_say_and_shows_nothing_planted(String user)
      throws Exception {
    Principal who = principal(user);
    List<String> failures = new ArrayList<>();
    int pdfs = 0;
    int spreadsheets = 0;
    for (ServerRoutes.Route route : ServerRoutes.of(MUNICIPALITIES).forPrincipal(who)) {
      HttpResponse<byte[]> r = served.get(route.path(), token(user));
      String where = "GET " + route.path() + " as " + user;
      if (r.statusCode() != route.status()) {
        failures.add(where + ": status " + r.statusCode() + ", expected " + route.status());
      }
      String type = r.headers().firstValue("Content-Type").orElse("");
      pdfs += r.statusCode() == 200 && type.startsWith("application/pdf") ? 1 : 0;
      spreadsheets += r.statusCode() == 200 && type.contains("spreadsheetml") ? 1 : 0;
      String text = readable(ResponseText.of(r));
      SECRETS.scan(where, text, failures);
      SECRETS.scanBirthDates(where, text, failures);
      for (String file : otherMunicipalitiesFiles(who)) {
        if (text.contains(file)) {
          failures.add(where + ": shows another municipality's file " + file);
        }
      }
    }
    assertEquals(List.of(), failures);
    // The scan read reports, not only refusals: every benchmark the user may open, and more.
    int benchmarks = who.isAdmin() ? MUNICIPALITIES.size() : 1;
    assertTrue(pdfs >= benchmarks + 2, "PDFs read: " + pdfs);
    assertTrue(spreadsheets >= benchmarks + 2, "workbooks read: " + spreadsheets);
  }

  /**
   * Frederiksberg's 19 rejected rows, worked out from {@link AttackDelivery}'s rows: the CSV file
   * has the header on line 1 and one row a line, except S-105, whose closing reason spans lines
   * 6–7; the workbook's header is row 1. A row breaking several rules is reported for its first
   * column. File names as shown (name parts and CPR numbers masked).
   */
  static final Set<String> FREDERIKSBERG_REJECTED =
      Set.of(
          csv(5, "goal_type", "invalid_value"), // S-104 "Bo's mål"
          csv(9, "closed_date", "invalid_date"), // S-202 "Qvistgaard 23/7"
          csv(10, "provider_type", "invalid_value"), // S-203 =HYPERLINK(...)
          csv(11, "funding_basis", "value_looks_like_cpr"), // S-204 a link holding a CPR number
          csv(12, "target_group", "invalid_value"), // S-301 "Xenias gruppe"
          csv(13, "vum_score", "value_looks_like_cpr"), // S-302 04.05.55-2846
          csv(14, "daily_price", "value_looks_like_cpr"), // S-303 0405552846
          csv(15, "hours_group", "invalid_number"), // S-304 "Ulfkjær-Wibroe"
          csv(16, "registration_date", "value_looks_like_cpr"), // S-401 31 12 63 14 28
          csv(17, "case_id", "case_id_contains_name"), // Lykkegaard-1
          csv(18, "case_id", "case_id_looks_like_cpr"), // 311263/1428
          csv(19, "expected_goal_date", "invalid_date"), // S-402 "Ømanns dag"
          csv(20, "municipality_code", "unknown_municipality"), // S-501 "Ea Vindeløvs"
          csv(21, "municipality_code", "value_looks_like_cpr"), // S-502 full-width digits
          csv(22, "cpr", "invalid_cpr"), // S-503 a name in the cpr column
          csv(23, "months_since_previous", "value_looks_like_cpr"), // S-504
          csv(24, "initiator", "invalid_value"), // S-505 (employment_measure too)
          xlsx(3, "daily_price", "value_looks_like_cpr"), // X-2 707074321 as a number
          xlsx(4, "registration_date", "invalid_date")); // X-3 "Ea's dato"

  @Order(2)
  @Test
  void the_delivering_municipality_sees_its_own_rejected_rows_and_another_municipality_does_not()
      throws Exception {
    assertEquals(FREDERIKSBERG_REJECTED, rejectedRows(ServedRun.FREDERIKSBERG, ""));
    assertEquals(FREDERIKSBERG_REJECTED, rejectedRows(ServedRun.ADMIN, "?municipality=147"));
    assertEquals(Set.of(), rejectedRows(ServedRun.GENTOFTE, ""));
    assertEquals(
        403,
        served
            .get("/api/v1/datasets/rejected_rows?municipality=147", ServedRun.GENTOFTE)
            .statusCode());
    assertEquals(403, served.get("/reports/data-quality/147.csv", ServedRun.GENTOFTE).statusCode());

    // The data-quality report shows them too: file, line and field in the CSV and the PDF.
    String csv = text("/reports/data-quality/147.csv", ServedRun.FREDERIKSBERG);
    String pdf = text("/reports/data-quality/147.pdf", ServedRun.FREDERIKSBERG);
    for (String report : List.of(csv, pdf)) {
      assertTrue(report.contains(AttackDelivery.CSV_SHOWN), report);
      assertTrue(report.contains(AttackDelivery.XLSX_SHOWN), report);
    }
    assertTrue(pdf.contains(AttackDelivery.CSV_SHOWN + " 13 Vum-score"), pdf);
    assertTrue(
        csv.lines()
            .anyMatch(
                l ->
                    l.contains(AttackDelivery.CSV_SHOWN)
                        && l.contains(";13;")
                        && l.toLowerCase(java.util.Locale.ROOT).contains("vum")),
        csv);
    // The admin sees every municipality's: the scan of the routes would see a leak of them.
    String admin = text("/reports/data-quality/147.csv", ServedRun.ADMIN);
    assertTrue(admin.contains(AttackDelivery.CSV_SHOWN), admin);
    String koebenhavn = text("/reports/data-quality/101.csv", ServedRun.ADMIN);
    assertTrue(koebenhavn.contains(KOEBENHAVN_FILE), koebenhavn);
  }

  @Order(3)
  @Test
  void nothing_under_work_and_nothing_either_process_printed_holds_a_planted_value()
      throws Exception {
    // The samples' accepted rows are stored under WORK as delivered, and their provider names hold
    // the word "Bo" ("Bo- og Støttecenter"), which is also a planted first name: no leak there. It
    // is still looked for in every response and in the consoles, where no provider name goes.
    String provider = "Bo- og Støttecenter";
    assertTrue(
        Files.readString(root.resolve("input").resolve("615_horsens.csv")).contains(provider));
    Secrets inWork = SECRETS.except(provider);
    assertEquals(SECRETS.namePartCount() - 1, inWork.namePartCount(), "only 'Bo' is dropped");
    List<String> leaks = new ArrayList<>();
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("end-to-end-scan")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "1")
            .getOrCreate();
    int files;
    try {
      files = WorkScan.scan(spark, work, inWork, leaks, PrivacyEndToEndIT::fileText);
    } finally {
      spark.stop();
    }
    String pipeline = Files.readString(root.resolve("run.log"));
    String server = served.console();
    SECRETS.scan("the pipeline's console", pipeline, leaks);
    SECRETS.scan("the server's console", server, leaks);
    SECRETS.scanBirthDates("the server's console", server, leaks);
    for (String file : List.of(AttackDelivery.CSV_SHOWN, KOEBENHAVN_FILE)) {
      if (server.contains(file)) {
        leaks.add("the server's console names a delivered file");
      }
    }
    assertEquals(List.of(), leaks);
    assertTrue(pipeline.contains("Rows read"), pipeline);
    try (Stream<Path> cache = Files.walk(work.resolve("server-cache"))) {
      long pdfs = cache.filter(p -> p.toString().endsWith(".pdf")).count();
      assertTrue(pdfs >= MUNICIPALITIES.size(), "rendered PDFs in the cache: " + pdfs);
    }
    assertTrue(files > 50, "files scanned: " + files);
  }

  /** A file under WORK as a reader sees it: rendered PDFs and workbooks decoded. */
  private static String fileText(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    String name = file.getFileName().toString().replace(".gz", "");
    if (name.endsWith(".pdf")) {
      return ResponseText.ofBody(bytes, "application/pdf");
    } else if (name.endsWith(".xlsx")) {
      return ResponseText.ofBody(
          bytes, "application/vnd.openxmlformats-officedocument" + ".spreadsheetml.sheet");
    }
    return readable(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Set<String> rejectedRows(String token, String query) throws Exception {
    HttpResponse<byte[]> r = served.get("/api/v1/datasets/rejected_rows" + query, token);
    assertEquals(200, r.statusCode(), new String(r.body()));
    Set<String> rows = new TreeSet<>();
    for (JsonNode row : new ObjectMapper().readTree(r.body()).get("rows")) {
      if (row.get("municipality_code").asText().equals("147")) {
        rows.add(
            row.get("source_file").asText()
                + ":"
                + row.get("source_line").asLong()
                + " "
                + row.get("column").asText()
                + " "
                + row.get("rule").asText());
      } else {
        rows.add("another municipality's row: " + row.get("municipality_code").asText());
      }
    }
    return rows;
  }

  private static String csv(int line, String column, String rule) {
    return AttackDelivery.CSV_SHOWN + ":" + line + " " + column + " " + rule;
  }

  private static String xlsx(int line, String column, String rule) {
    return AttackDelivery.XLSX_SHOWN + ":" + line + " " + column + " " + rule;
  }

  private static String text(String path, String token) throws Exception {
    HttpResponse<byte[]> r = served.get(path, token);
    assertEquals(200, r.statusCode(), path);
    return readable(ResponseText.of(r));
  }

  /** JSON's \\uXXXX and HTML's numeric entities undone, so that an escaped name is found too. */
  static String readable(String text) {
    Matcher json = JSON_ESCAPE.matcher(text);
    String unescaped =
        json.replaceAll(m -> Matcher.quoteReplacement(unicode(Integer.parseInt(m.group(1), 16))));
    Matcher html = HTML_ENTITY.matcher(unescaped);
    return html.replaceAll(
            m ->
                Matcher.quoteReplacement(
                    unicode(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))))
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&apos;", "'");
  }

  private static String unicode(int codePoint) {
    return new String(Character.toChars(codePoint));
  }

  /** Delivered files of municipalities {@code who} may not see the data quality of. */
  private static List<String> otherMunicipalitiesFiles(Principal who) {
    List<String> files = new ArrayList<>();
    if (!who.isAdmin() && !who.municipality().equals("147")) {
      files.addAll(List.of(AttackDelivery.CSV_SHOWN, AttackDelivery.XLSX_SHOWN));
    }
    if (!who.isAdmin() && !who.municipality().equals("101")) {
      files.add(KOEBENHAVN_FILE);
    }
    return files;
  }

  private static Principal principal(String user) {
    return user.equals("admin") ? Principal.admin() : Principal.ofMunicipality(user);
  }

  private static String token(String user) {
    return switch (user) {
      case "admin" -> ServedRun.ADMIN;
      case "147" -> ServedRun.FREDERIKSBERG;
      default -> ServedRun.GENTOFTE;
    };
  }
}
