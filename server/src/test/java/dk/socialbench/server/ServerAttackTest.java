package dk.socialbench.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.server.access.Principal;
import dk.socialbench.server.fixtures.ResponseText;
import dk.socialbench.server.fixtures.RunFixture;
import dk.socialbench.server.fixtures.ServerRoutes;
import dk.socialbench.server.fixtures.TestServer;
import dk.socialbench.server.render.ReportRenderer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server as an attacker sees it: a run whose restricted files hold a marker and whose
 * data-quality rows (read only by their own municipality) name distinctive files with CPR-shaped
 * strings, per municipality and for "all". Every route, with GET and HEAD, as the admin, as
 * Frederiksberg, as Gentofte and without a token: no response may carry another municipality's (or
 * "all"'s) rejected rows, file names or CPR-shaped strings, nor anything restricted; and every
 * status is the one the access rules give.
 */
class ServerAttackTest {
  static final String RUN = "20261124-101500-ab12";

  /**
   * Frederiksberg and Gentofte have tokens; København has none, so everyone but the admin is
   * foreign to it.
   */
  static final List<String> MUNICIPALITIES = List.of("147", "157", "101");

  static final Pattern CPR_SHAPED = Pattern.compile("\\b\\d{6}-\\d{4}\\b");

  @TempDir static Path work;
  static TestServer server;

  @BeforeAll
  static void start() {
    RunFixture.run(work, RUN)
        .municipalities(MUNICIPALITIES.toArray(String[]::new))
        .rows("rejected_rows", rejectedRows())
        .rows("quarantine_summary", quarantineSummary())
        .write()
        .publish();
    server = TestServer.start(work, new ReportRenderer());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "147", "157", "anonymous"})
  void no_route_shows_another_municipalitys_rejected_rows_or_anything_restricted(String user) {
    Principal who = principal(user);
    List<String> failures = new ArrayList<>();

    for (ServerRoutes.Route route : ServerRoutes.of(MUNICIPALITIES).forPrincipal(who)) {
      for (String method : new String[] {"GET", "HEAD"}) {
        HttpResponse<byte[]> r =
            server.sendBytes(
                server
                    .request(route.path(), token(user))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .build());
        String where = method + " " + route.path() + " as " + user;
        if (r.statusCode() != route.status()) {
          failures.add(where + ": status " + r.statusCode() + ", expected " + route.status());
        }
        String text = ResponseText.of(r);
        for (String forbidden : forbiddenFor(who)) {
          if (text.contains(forbidden)) {
            failures.add(where + ": shows " + forbidden);
          }
        }
        Matcher cpr = CPR_SHAPED.matcher(text);
        while (cpr.find()) {
          if (!visibleTo(who).contains(cpr.group())) {
            failures.add(where + ": shows a CPR-shaped " + cpr.group());
          }
        }
      }
    }

    assertEquals(List.of(), failures);
  }

  /** The scan above sees rows where they may be shown: it would see them where they may not. */
  @Test
  void the_owner_and_the_admin_do_see_the_rows_the_scan_looks_for() {
    String ownCsv = text("/reports/data-quality/147.csv", TestServer.FREDERIKSBERG);
    String ownPdf = text("/reports/data-quality/147.pdf", TestServer.FREDERIKSBERG);
    String ownXlsx = text("/reports/data-quality/147.xlsx", TestServer.FREDERIKSBERG);
    String ownApi = text("/api/v1/datasets/rejected_rows", TestServer.FREDERIKSBERG);
    String admin = text("/api/v1/datasets/rejected_rows", TestServer.ADMIN);
    String adminAll = text("/reports/data-quality/all.csv", TestServer.ADMIN);

    for (String own : List.of(ownCsv, ownPdf, ownXlsx, ownApi)) {
      assertTrue(own.contains(fileMarker("147")), own);
      assertTrue(own.contains(columnMarker("147")) || own == ownApi, own);
    }
    assertTrue(ownCsv.contains(cpr("147")), ownCsv);
    assertTrue(ownCsv.contains("'=HYPERLINK("), ownCsv);
    for (String code : List.of("147", "157", "101", Municipalities.ALL)) {
      assertTrue(admin.contains(fileMarker(code)), admin);
      assertTrue(admin.contains(cpr(code)), admin);
    }
    assertTrue(adminAll.contains(fileMarker(Municipalities.ALL)), adminAll);
  }

  /**
   * Markers and CPR-shaped strings a principal must never see: every municipality's but its own.
   */
  private static List<String> forbiddenFor(Principal who) {
    List<String> forbidden = new ArrayList<>(List.of(RunFixture.RESTRICTED_MARKER));
    List<String> codes = new ArrayList<>(MUNICIPALITIES);
    codes.add(Municipalities.ALL);
    for (String code : codes) {
      if (who == null || !who.isAdmin() && !code.equals(who.municipality())) {
        forbidden.addAll(List.of(fileMarker(code), columnMarker(code), cpr(code)));
      }
    }
    return forbidden;
  }

  private static List<String> visibleTo(Principal who) {
    List<String> codes = new ArrayList<>(MUNICIPALITIES);
    codes.add(Municipalities.ALL);
    return codes.stream()
        .filter(c -> who != null && (who.isAdmin() || c.equals(who.municipality())))
        .map(ServerAttackTest::cpr)
        .toList();
  }

  private static List<Object[]> rejectedRows() {
    List<Object[]> rows = new ArrayList<>();
    for (String code : withAll()) {
      // municipality_code, source_file, source_line, column, rule
      rows.add(
          new Object[] {
            code, fileMarker(code) + "-" + cpr(code) + ".csv", 7L, "cpr", "invalid_cpr"
          });
      rows.add(
          new Object[] {
            code, fileMarker(code) + "_borger.csv", 12L, "vum_score", "invalid_number"
          });
    }
    rows.add(
        new Object[] {
          "147",
          "=HYPERLINK(\"https://evil.example\";\"" + fileMarker("147") + "\")",
          3L,
          "name",
          "missing_value"
        });
    return rows;
  }

  private static List<Object[]> quarantineSummary() {
    List<Object[]> rows = new ArrayList<>();
    for (String code : withAll()) {
      // municipality_code, rule, column, rows
      rows.add(new Object[] {code, "invalid_cpr", columnMarker(code), 2L});
    }
    return rows;
  }

  private static List<String> withAll() {
    List<String> codes = new ArrayList<>(MUNICIPALITIES);
    codes.add(Municipalities.ALL);
    return codes;
  }

  static String fileMarker(String code) {
    return "FILE" + code.toUpperCase() + "X";
  }

  static String columnMarker(String code) {
    return "QCOL" + code.toUpperCase() + "X";
  }

  /** A CPR-shaped string per municipality: 020345-1147, ..., 020345-1ALL is not one, so 9999. */
  static String cpr(String code) {
    return "020345-" + (Municipalities.ALL.equals(code) ? "9999" : "1" + code);
  }

  private static String text(String path, String token) {
    return ResponseText.of(server.sendBytes(server.request(path, token).GET().build()));
  }

  private static Principal principal(String user) {
    return switch (user) {
      case "admin" -> Principal.admin();
      case "anonymous" -> null;
      default -> Principal.ofMunicipality(user);
    };
  }

  private static String token(String user) {
    return switch (user) {
      case "admin" -> TestServer.ADMIN;
      case "147" -> TestServer.FREDERIKSBERG;
      case "157" -> TestServer.GENTOFTE;
      default -> null;
    };
  }
}
