package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.ADMIN;
import static dk.socialbench.server.fixtures.TestServer.FREDERIKSBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.Column;
import dk.socialbench.contract.ResultCatalogue;
import dk.socialbench.server.fixtures.RunFixture;
import dk.socialbench.server.fixtures.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomePageTest {
  @TempDir Path work;
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.servingRun(work, "20261124-101500-ab12", "147", "157");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void page_in_danish_shows_the_run_and_data_period_and_the_login_form() {
    HttpResponse<String> r = server.get("/", null);

    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertTrue(r.body().contains("<html lang=\"da\">"));
    assertTrue(r.body().contains("Viser kørsel <code>20261124-101500-ab12</code>"), r.body());
    assertTrue(r.body().contains("dannet 24. november 2026 kl. 11.15"), r.body());
    assertTrue(r.body().contains("Data fra 1. marts 2009 til 30. november 2017"), r.body());
    assertTrue(r.body().contains("ændret tilfældigt med højst ±2"), r.body());
    assertTrue(r.body().contains("1–4 personer vises som 0 eller 5"), r.body());
    assertTrue(r.body().contains("flere end 5 personer"), r.body());
    assertTrue(
        r.body()
            .replaceAll("\\s+", " ")
            .contains("bygger på for få personer eller er holdt tilbage"),
        r.body());
    assertTrue(r.body().contains("id=\"token\""), r.body());
    assertFalse(r.body().contains("/reports/"), r.body());
  }

  @Test
  void admin_picks_among_the_run_municipalities_and_gets_links_for_the_one_picked() {
    String body = server.get("/?municipality=157", ADMIN).body();

    assertTrue(body.contains("<option value=\"147\">Frederiksberg</option>"), body);
    assertTrue(body.contains("<option value=\"157\" selected>Gentofte</option>"), body);
    assertTrue(body.contains("Rapporter for Gentofte"), body);
    assertTrue(body.contains("href=\"/reports/benchmark/157.pdf\""), body);
    assertTrue(body.contains("href=\"/reports/data-quality/157.xlsx\""), body);
    assertTrue(body.contains("href=\"/reports/national/all.csv\""), body);
    assertFalse(body.contains("id=\"token\""), body);
  }

  @Test
  void municipality_user_is_offered_only_its_own_municipality() {
    String body = server.get("/?municipality=157", FREDERIKSBERG).body();

    assertTrue(body.contains("<option value=\"147\" selected>Frederiksberg</option>"), body);
    assertFalse(body.contains("<option value=\"157\""), body);
    assertFalse(body.contains("/reports/benchmark/157"), body);
  }

  @Test
  void the_page_shows_the_municipalitys_summary_against_a_chosen_group_and_links_its_pdf() {
    server.close();
    server = TestServer.servingRun(work, "20261124-101501-ab12", "147", "151", "153", "157");
    String body = server.get("/?municipality=147&compare=151&compare=153,157", ADMIN).body();

    assertTrue(body.contains("Sådan ligger Frederiksberg"), body);
    assertTrue(body.contains("<strong id=\"group-names\">Ballerup, Brøndby og Gentofte</strong>"));
    // The fixture gives every municipality 12 cases: the group has 36.
    assertTrue(
        body.contains(
            "<tr><th scope=\"row\">Sager</th><td class=\"focus-value\">12</td><td></td><td>12</td>"
                + "<td class=\"group-value\">36</td>"),
        body);
    assertTrue(body.contains("href=\"/reports/benchmark/147.pdf?compare=151,153,157\""), body);
  }

  /**
   * Funnel limits at precision 4 and 64 (x from 34 to 312 px, logarithmic), Frederiksberg at
   * precision 16 and ratio 1.2, Gentofte at 8 and 0.8; the ratio axis runs from 0.4 to 1.6 (0.5 and
   * 1.5 widened by 0.1; the outer limits' narrow end, 0.61 and 1.45, lies inside), y from 176 down
   * to 8 px. Frederiksberg: x = 34 + 278 · ln(16/4) / ln(64/4) = 34 + 278 · 0.5 = 173.0, y = 176 −
   * 168 · (1.2 − 0.4) / 1.2 = 64.0. Gentofte: x = 34 + 278 · 0.25 = 103.5, y = 176 − 168 · 0.4 /
   * 1.2 = 120.0.
   */
  @Test
  void the_page_draws_the_funnel_plot_from_the_published_rows_with_the_municipality_highlighted() {
    server.close();
    RunFixture.run(work, "20261124-101502-ab12")
        .municipalities("147", "157")
        .rows(
            "casemix_funnel",
            List.of(
                row("casemix_funnel", "all", 0, 4.0, 0.37, 2.72, 0.21, 4.83),
                row("casemix_funnel", "all", 1, 64.0, 0.73, 1.37, 0.61, 1.45)))
        .rows(
            "casemix_benchmark",
            List.of(
                row("casemix_benchmark", "147", 1.2, 16.0),
                row("casemix_benchmark", "157", 0.8, 8.0)))
        .write()
        .publish();
    server = TestServer.start(work);
    String body = server.get("/?municipality=147", ADMIN).body();

    assertTrue(body.contains("<strong>Tragtplot: §85</strong>"), body);
    assertTrue(
        body.contains("<circle cx=\"173.0\" cy=\"64.0\" r=\"4.5\" fill=\"#1F5FAD\"/>"), body);
    assertTrue(
        body.contains("<circle cx=\"103.5\" cy=\"120.0\" r=\"2.5\" fill=\"#B4B4B4\"/>"), body);
    assertTrue(body.contains("Kommuner uden for de ydre linjer afviger mere, end tilfældig"), body);
  }

  /** A §85 row of {@code dataset}: the values after code and service, the rest null. */
  private static Object[] row(String dataset, String code, Object... values) {
    List<Column> columns = ResultCatalogue.byName(dataset).publishedColumns();
    List<String> names = columns.stream().map(Column::name).toList();
    List<String> given =
        dataset.equals("casemix_funnel")
            ? List.of(
                "point",
                "precision",
                "limit_95_low",
                "limit_95_high",
                "limit_998_low",
                "limit_998_high")
            : List.of("ratio", "precision");
    Object[] row = new Object[columns.size()];
    row[0] = code;
    row[names.indexOf("service")] = "SEL85";
    for (int i = 0; i < given.size(); i++) {
      row[names.indexOf(given.get(i))] = values[i];
    }
    if (names.contains("suppressed")) {
      row[names.indexOf("suppressed")] = false;
    }
    return row;
  }

  @Test
  void a_group_of_two_chosen_on_the_page_is_refused_there_in_danish() {
    server.close();
    server = TestServer.servingRun(work, "20261124-101501-ab12", "147", "151", "153", "157");
    HttpResponse<String> r = server.get("/?municipality=147&compare=151&compare=153", ADMIN);

    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("id=\"group-error\">En sammenligningsgruppe skal have mindst 3"));
    assertTrue(r.body().contains("href=\"/reports/benchmark/147.pdf\""), "the default group");
  }
}
