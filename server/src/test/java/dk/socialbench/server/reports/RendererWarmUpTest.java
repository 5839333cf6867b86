package dk.socialbench.server.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.fixtures.RunFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererWarmUpTest {
  @TempDir Path work;

  @Test
  void each_municipality_is_compared_with_the_five_before_it_in_the_runs_list() throws Exception {
    PublishedRun run =
        RunFixture.run(work, "20261124-101500-ab12")
            .municipalities("101", "147", "151", "153", "155", "157", "159")
            .write()
            .loaded();

    List<String> asked =
        RendererWarmUp.requests(run).stream()
            .map(
                r ->
                    r.report().slug()
                        + " "
                        + r.municipality()
                        + " "
                        + r.format()
                        + " "
                        + r.compare())
            .toList();

    assertEquals(
        List.of(
            "benchmark 101 PDF 151,153,155,157,159",
            "benchmark 147 PDF 101,153,155,157,159",
            "benchmark 151 PDF 101,147,155,157,159",
            "benchmark 153 PDF 101,147,151,157,159",
            "benchmark 155 PDF 101,147,151,153,159",
            "benchmark 157 PDF 101,147,151,153,155",
            "benchmark 159 PDF 147,151,153,155,157"),
        asked);
  }

  @Test
  void a_run_too_small_for_a_chosen_group_has_nothing_to_warm_up_with() throws Exception {
    PublishedRun run =
        RunFixture.run(work, "20261124-101500-ab12")
            .municipalities("147", "151", "157")
            .write()
            .loaded();

    assertEquals(List.of(), RendererWarmUp.requests(run));
  }
}
