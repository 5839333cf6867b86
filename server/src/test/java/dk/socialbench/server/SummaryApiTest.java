package dk.socialbench.server;

import static dk.socialbench.server.fixtures.TestServer.FREDERIKSBERG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.socialbench.server.fixtures.RunFixture;
import dk.socialbench.server.fixtures.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/summary/{municipality}}: the benchmark's summary as data. */
class SummaryApiTest {
  static final String RUN = "20261124-101500-ab12";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;
  TestServer server;

  @BeforeEach
  void start() {
    // Every municipality has 12 cases in the fixture's generated rows.
    RunFixture.run(work, RUN).municipalities("147", "151", "153", "157").write().publish();
    server = TestServer.start(work);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void gives_each_key_figure_for_the_municipality_its_chosen_group_and_the_country()
      throws Exception {
    HttpResponse<String> r = server.get("/api/v1/summary/147?compare=157,151,153", FREDERIKSBERG);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode summary = JSON.readTree(r.body());

    assertEquals("Frederiksberg", summary.get("name").asText());
    JsonNode group = summary.get("comparison_group");
    assertTrue(group.get("chosen").asBoolean());
    assertEquals("Ballerup", group.get("members").get(0).get("name").asText());
    JsonNode cases = summary.get("key_figures").get(0);
    assertEquals("Sager", cases.get("label").asText());
    assertEquals(12.0, cases.get("municipality").get("value").asDouble());
    // Three members of 12 cases each.
    assertEquals(36.0, cases.get("group").get("value").asDouble());
    assertEquals(36, cases.get("group").get("n").asLong());
    assertEquals(12, summary.get("key_figures").size());
  }

  @Test
  void refuses_a_group_of_two_with_400() {
    HttpResponse<String> r = server.get("/api/v1/summary/147?compare=151,153", FREDERIKSBERG);
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("mindst 3 kommuner"), r.body());
  }

  @Test
  void is_per_municipality_not_for_all() {
    assertEquals(404, server.get("/api/v1/summary/all", FREDERIKSBERG).statusCode());
    assertEquals(401, server.get("/api/v1/summary/147", null).statusCode());
  }
}
