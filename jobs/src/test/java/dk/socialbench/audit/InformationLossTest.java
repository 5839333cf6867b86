package dk.socialbench.audit;

import static dk.socialbench.audit.HandTables.byName;
import static dk.socialbench.audit.HandTables.row;
import static dk.socialbench.audit.HandTables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InformationLossTest {
  private static final List<String> COLUMNS =
      List.of("municipality_code", "goal_type", "cases", "total");

  @Test
  void deviations_are_per_cell_with_a_line_total_once_national_and_municipal_apart() {
    Table truth =
        table(
            "goal_type",
            COLUMNS,
            row("101", "improvement", 3L, 4L),
            row("101", "status_quo", 1L, 4L),
            row("all", "improvement", 12L, 20L),
            row("all", "status_quo", 8L, 20L));
    Table published =
        table(
            "goal_type",
            COLUMNS,
            row("101", "improvement", 5L, 0L),
            row("101", "status_quo", 0L, 0L),
            row("all", "improvement", 11L, 22L),
            row("all", "status_quo", 8L, 22L));
    // Municipal: improvement |5-3| = 2, status quo |0-1| = 1, total |0-4| = 4: mean 7/3, max 4.
    // National: |11-12| = 1, |8-8| = 0, total |22-20| = 2: mean 3/3 = 1, max 2.
    // Of the 1..4 counts (3, 1 and the total 4), two were published as 0 and one as 5.
    assertEquals(
        List.of(
            new InformationLoss.Loss(
                "goal_type",
                new InformationLoss.Deviation(3, 1.0, 2),
                new InformationLoss.Deviation(3, 7.0 / 3, 4),
                2,
                1)),
        new InformationLoss(5).of(byName(published), byName(truth)));
  }
}
