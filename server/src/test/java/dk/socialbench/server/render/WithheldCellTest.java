package dk.socialbench.server.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.socialbench.contract.Column;
import dk.socialbench.server.data.PublishedRun;
import dk.socialbench.server.data.Table;
import dk.socialbench.server.reports.Format;
import dk.socialbench.server.reports.ReportKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count the publication gate's repair withheld (docs/privacy.md, "Withholding what the audit
 * finds") is published as null with its share and interval, and its group flagged: the benchmark
 * shows it as not published ("–"), as it shows a count the old suppression withheld.
 */
class WithheldCellTest {
  @Test
  void a_withheld_goal_type_count_of_horsens_is_shown_as_a_dash() {
    PublishedRun run = SharedRenderer.SEP;
    Table goalType = run.table("goal_type");
    int withheld = largestHorsensRow(goalType);
    String category = (String) goalType.value(withheld, "goal_type");
    String before = horsensLine(render(run));
    assertFalse(before.contains("–"), before);

    String after = horsensLine(render(withhold(run, goalType, withheld)));

    assertTrue(after.contains("–"), after);
    assertEquals(before.split(";").length, after.split(";").length, "same columns: " + category);
  }

  private static int largestHorsensRow(Table t) {
    int best = -1;
    for (int r = 0; r < t.size(); r++) {
      if (RunFixture.HORSENS.equals(t.value(r, "municipality_code"))
          && t.value(r, "cases") instanceof Number n
          && (best < 0 || n.longValue() > ((Number) t.value(best, "cases")).longValue())) {
        best = r;
      }
    }
    return best;
  }

  /** The run with the row's count, share and interval null and its group flagged withheld. */
  private static PublishedRun withhold(PublishedRun run, Table t, int withheld) {
    List<Object[]> rows = new ArrayList<>();
    List<Column> columns = t.columns();
    for (int r = 0; r < t.size(); r++) {
      Object[] row = new Object[columns.size()];
      for (int i = 0; i < row.length; i++) {
        String name = columns.get(i).name();
        Object v = t.value(r, name);
        if (r == withheld
            && List.of("cases", "share", "share_ci_low", "share_ci_high").contains(name)) {
          v = null;
        } else if (r == withheld && name.equals("suppressed")) {
          v = true;
        }
        row[i] = v;
      }
      rows.add(row);
    }
    return RunFixture.with(run, new Table(t.dataset(), rows));
  }

  private static String render(PublishedRun run) {
    return new String(
        SharedRenderer.RENDERER.render(ReportKind.BENCHMARK, RunFixture.HORSENS, run, Format.CSV),
        StandardCharsets.UTF_8);
  }

  /** Horsens's line in the goal types' section of the CSV. */
  private static String horsensLine(String csv) {
    String title = dk.socialbench.contract.ResultCatalogue.byName("goal_type").titleDa();
    for (String section : csv.split("\r\n\r\n")) {
      if (section.split("\r\n")[0].endsWith(title)) {
        for (String line : section.split("\r\n")) {
          if (line.startsWith(RunFixture.HORSENS + ";")) {
            return line;
          }
        }
      }
    }
    throw new AssertionError("no Horsens line under " + title);
  }
}
