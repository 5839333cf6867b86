package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.socialbench.server.data.PublishedRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run's views work out once is what working it out again per report gives. */
class RunDatasetsTest {
  private static final PublishedRun SEP = RunFixture.sep();
  private static final List<String> GROUP = List.of("151", "153", "157");

  @Test
  void a_group_s_view_is_pooled_once_and_holds_the_rows_pooling_again_gives() {
    RunDatasets run = new RunDatasets(SEP);

    DatasetView first = run.view("goal_fulfilment", GROUP);

    assertSame(first, run.view("goal_fulfilment", GROUP), "the same group: the same view");
    assertNotSame(first, run.view("goal_fulfilment", List.of("151", "153", "183")));
    assertSame(run.view("goal_fulfilment"), run.view("goal_fulfilment", List.of()));
    DatasetView again = new DatasetView(SEP.table("goal_fulfilment")).withGroup(GROUP, 5);
    assertEquals(again.rows(Perspective.GROUP), first.rows(Perspective.GROUP));
    assertNotEquals(List.of(), first.rows(Perspective.GROUP), "the group has rows");
  }

  @Test
  void a_panel_s_categories_are_those_of_its_rows_alone() {
    DatasetView view = new RunDatasets(SEP).view("goal_fulfilment");

    for (Object registration : view.values("from_registration")) {
      List<Object> scanned =
          view.values(
              "fulfilment", r -> SectionContext.matches(r, "from_registration", registration));
      assertEquals(scanned, view.values("fulfilment", "from_registration", registration));
      assertSame(
          view.values("fulfilment", "from_registration", registration),
          view.values("fulfilment", "from_registration", registration),
          "worked out once");
    }
    assertEquals(view.values("fulfilment", r -> true), view.values("fulfilment", null, null));
  }
}
