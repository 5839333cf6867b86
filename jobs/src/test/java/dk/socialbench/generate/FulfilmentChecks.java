package dk.socialbench.generate;

import static dk.socialbench.contract.DeliveryColumn.GOAL_TYPE;
import static dk.socialbench.contract.DeliveryColumn.PREVIOUS_GOAL_FULFILLED;

import java.util.ArrayList;
import java.util.List;

/** Goal fulfilment at the next registration (figs 3.9 to 3.11). */
final class FulfilmentChecks {
  private FulfilmentChecks() {}

  /**
   * Goals set at registration 1 met fully or partially at 2: 50% +- 8 points; from 2 to 3, with
   * fewer cases, "roughly the same" (fig 3.10): +- 15 points.
   */
  static void overall(List<ReadCase> cases) {
    double target = SepCalibration.GOALS_FULFILLED_FULLY_OR_PARTIALLY;
    SepCalibrationChecks.assertClose(target, metShare(cases, 0, null), 0.08, "met 1 to 2");
    SepCalibrationChecks.assertClose(target, metShare(cases, 1, null), 0.15, "met 2 to 3");
  }

  /**
   * Improvement goals 1 to 2 by municipality (those with at least 8): the lowest share 22% +- 6
   * points, the highest 75% +- 7 points.
   */
  static void municipal(List<ReadCase> cases) {
    List<Double> shares = new ArrayList<>();
    for (List<ReadCase> mc : SepCalibrationChecks.byMunicipality(cases).values()) {
      long judged =
          mc.stream()
              .filter(c -> c.size() >= 2 && "improvement".equals(c.code(0, GOAL_TYPE)))
              .count();
      if (judged >= 8) {
        shares.add(metShare(mc, 0, "improvement"));
      }
    }
    double min = shares.stream().mapToDouble(s -> s).min().orElseThrow();
    double max = shares.stream().mapToDouble(s -> s).max().orElseThrow();
    SepCalibrationChecks.assertClose(
        SepCalibration.MIN_MUNICIPAL_IMPROVEMENT_FULFILMENT, min, 0.06, "lowest " + shares);
    SepCalibrationChecks.assertClose(
        SepCalibration.MAX_MUNICIPAL_IMPROVEMENT_FULFILMENT, max, 0.07, "highest " + shares);
  }

  /** Share of goals set at registration k (of the type, or any) met fully or partially at k+1. */
  static double metShare(List<ReadCase> cases, int k, String goalType) {
    int judged = 0;
    int met = 0;
    for (ReadCase c : cases) {
      String type = c.size() > k + 1 ? c.code(k, GOAL_TYPE) : null;
      if (type == null || (goalType != null && !goalType.equals(type))) {
        continue;
      }
      String fulfilled = c.code(k + 1, PREVIOUS_GOAL_FULFILLED);
      judged++;
      met += "fully".equals(fulfilled) || "partially".equals(fulfilled) ? 1 : 0;
    }
    return met / (double) judged;
  }
}
