package dk.socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** VUM development between registrations (figs 3.4 and 3.5). */
final class VumChecks {
  private VumChecks() {}

  /**
   * From registration 1 to 2: at least 80% the same; at starting scores 2 and 3 fewer than 20
   * improve (but some do), and fewer worsen than improve. From 2 to 3: at least 80% the same.
   */
  static void development(List<ReadCase> cases) {
    int same = 0;
    int followedUp = 0;
    for (double start : new double[] {2, 3}) {
      int improved = 0;
      int worsened = 0;
      for (ReadCase c : cases) {
        if (c.size() >= 2 && c.vum(0) == start) {
          improved += c.vum(1) < start ? 1 : 0;
          worsened += c.vum(1) > start ? 1 : 0;
        }
      }
      assertTrue(
          improved > 0 && improved < SepCalibration.IMPROVED_AT_SCORES_2_AND_3_BELOW,
          improved + " improved from " + start);
      assertTrue(worsened < improved, worsened + " worsened vs " + improved + " from " + start);
    }
    for (ReadCase c : cases) {
      if (c.size() >= 2) {
        followedUp++;
        same += c.vum(1) == c.vum(0) ? 1 : 0;
      }
    }
    assertTrue(same >= 0.8 * followedUp, same + " of " + followedUp + " unchanged 1 to 2");
    int third = 0;
    int sameThird = 0;
    for (ReadCase c : cases) {
      if (c.size() >= 3) {
        third++;
        sameThird += c.vum(2) == c.vum(1) ? 1 : 0;
      }
    }
    assertTrue(sameThird >= 0.8 * third, sameThird + " of " + third + " unchanged 2 to 3");
  }
}
