package dk.socialbench.generate;

import static dk.socialbench.contract.DeliveryColumn.GOAL_TYPE;
import static dk.socialbench.contract.DeliveryColumn.PREVIOUS_GOAL_FULFILLED;
import static dk.socialbench.contract.DeliveryColumn.TARGET_GROUP;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** §107 daily price and §85 hours at the first registration and their change (figs 3.13-3.18). */
final class AmountChecks {
  private static final List<String> SERVICES = List.of("SEL107", "SEL85");

  private AmountChecks() {}

  /**
   * Mean amount strictly rises with VUM over the scores with at least 10 cases, and the top scores
   * (3.5 and 4 together) get more than 3. Thin cells are not compared one by one: the report, too,
   * marks them as unreliable.
   */
  static void risesWithVum(List<ReadCase> cases) {
    for (String service : SERVICES) {
      List<ReadCase> served = of(cases, service);
      Map<Double, List<Double>> byScore = new TreeMap<>();
      for (ReadCase c : served) {
        byScore.computeIfAbsent(c.vum(0), v -> new ArrayList<>()).add(c.amount(0));
      }
      double previous = 0;
      for (Map.Entry<Double, List<Double>> e : byScore.entrySet()) {
        if (e.getValue().size() >= 10) {
          double mean = e.getValue().stream().mapToDouble(a -> a).average().orElseThrow();
          assertTrue(mean > previous, service + " at VUM " + e.getKey() + ": " + mean);
          previous = mean;
        }
      }
      double top = meanAmount(served, c -> c.vum(0) >= 3.5);
      double three = meanAmount(served, c -> c.vum(0) == 3);
      assertTrue(top > three, service + ": VUM 3.5-4 " + top + ", VUM 3 " + three);
    }
  }

  static void youngGetMore(List<ReadCase> cases) {
    for (String service : SERVICES) {
      double young = meanAmount(of(cases, service), c -> c.ageAtFirst() < 40);
      double old = meanAmount(of(cases, service), c -> c.ageAtFirst() >= 40);
      assertTrue(young > 1.05 * old, service + ": under 40 " + young + ", 40+ " + old);
    }
  }

  static void intellectualHours(List<ReadCase> cases) {
    List<ReadCase> hours = of(cases, "SEL85");
    double intellectual = meanAmount(hours, c -> is(c, "intellectual_cognitive"));
    double mental = meanAmount(hours, c -> is(c, "mental_illness"));
    double others = meanAmount(hours, c -> !is(c, "intellectual_cognitive"));
    assertTrue(
        intellectual > 1.1 * mental && intellectual > 1.1 * others, intellectual + " vs " + mental);
  }

  /**
   * Municipal means (municipalities with 5+ cases of the service) differ by at least 25%, and still
   * by at least 15% after dividing by what the municipality's VUM mix predicts.
   */
  static void municipalLevels(List<ReadCase> cases) {
    for (String service : SERVICES) {
      List<ReadCase> served = of(cases, service);
      Map<Double, Double> byVum = new TreeMap<>();
      for (double score : new double[] {0, 1, 2, 3, 3.5, 4}) {
        byVum.put(score, meanAmount(served, c -> c.vum(0) == score));
      }
      List<Double> raw = new ArrayList<>();
      List<Double> adjusted = new ArrayList<>();
      for (List<ReadCase> mc : SepCalibrationChecks.byMunicipality(served).values()) {
        if (mc.size() >= 5) {
          double actual = mc.stream().mapToDouble(c -> c.amount(0)).sum();
          double expected = mc.stream().mapToDouble(c -> byVum.get(c.vum(0))).sum();
          raw.add(actual / mc.size());
          adjusted.add(actual / expected);
        }
      }
      assertTrue(ratio(raw) >= 1.25, service + " municipal means " + raw);
      assertTrue(ratio(adjusted) >= 1.15, service + " adjusted for VUM " + adjusted);
    }
  }

  /** §107 mean 1,000-3,000 DKK/day, all within 500-5,000; §85 mean 5-40 hours, all 1-80. */
  static void magnitudes(List<ReadCase> cases) {
    double[][] bounds = {
      {SepCalibration.MIN_MEAN_DAILY_PRICE, SepCalibration.MAX_MEAN_DAILY_PRICE, 500, 5000},
      {SepCalibration.MIN_MEAN_HOURS, SepCalibration.MAX_MEAN_HOURS, 1, 80}
    };
    for (int s = 0; s < SERVICES.size(); s++) {
      double[] b = bounds[s];
      List<Double> amounts = new ArrayList<>();
      for (ReadCase c : of(cases, SERVICES.get(s))) {
        for (int k = 0; k < c.size(); k++) {
          amounts.add(c.amount(k));
        }
      }
      double mean = amounts.stream().mapToDouble(a -> a).average().orElseThrow();
      assertTrue(mean >= b[0] && mean <= b[1], SERVICES.get(s) + " mean " + mean);
      assertTrue(
          amounts.stream().allMatch(a -> a >= b[2] && a <= b[3]), SERVICES.get(s) + " range");
    }
  }

  /**
   * For improvement goals, registration 1 to 2: at least half unchanged; met goals (fully or
   * partially) more often lowered than goals not met; §85 changed more often than §107.
   */
  static void adjustments(List<ReadCase> cases) {
    List<ReadCase> judged = new ArrayList<>();
    for (ReadCase c : cases) {
      if (c.size() >= 2 && "improvement".equals(c.code(0, GOAL_TYPE))) {
        judged.add(c);
      }
    }
    assertTrue(SepCalibrationChecks.share(judged, c -> c.amount(1) == c.amount(0)) >= 0.5);
    double metLower = SepCalibrationChecks.share(met(judged, true), c -> c.amount(1) < c.amount(0));
    double notLower =
        SepCalibrationChecks.share(met(judged, false), c -> c.amount(1) < c.amount(0));
    assertTrue(metLower > notLower, "lowered: met " + metLower + ", not met " + notLower);
    double hours = SepCalibrationChecks.share(of(judged, "SEL85"), c -> c.amount(1) != c.amount(0));
    double price =
        SepCalibrationChecks.share(of(judged, "SEL107"), c -> c.amount(1) != c.amount(0));
    assertTrue(hours > price, "changed: §85 " + hours + ", §107 " + price);
  }

  private static List<ReadCase> met(List<ReadCase> cases, boolean met) {
    return cases.stream()
        .filter(
            c -> {
              String f = c.code(1, PREVIOUS_GOAL_FULFILLED);
              return met == ("fully".equals(f) || "partially".equals(f));
            })
        .toList();
  }

  private static List<ReadCase> of(List<ReadCase> cases, String service) {
    return cases.stream().filter(c -> c.service().equals(service)).toList();
  }

  private static boolean is(ReadCase c, String targetGroup) {
    return targetGroup.equals(c.code(0, TARGET_GROUP));
  }

  private static double meanAmount(List<ReadCase> cases, Predicate<ReadCase> which) {
    return cases.stream().filter(which).mapToDouble(c -> c.amount(0)).average().orElse(Double.NaN);
  }

  private static double ratio(List<Double> values) {
    double max = values.stream().mapToDouble(v -> v).max().orElseThrow();
    double min = values.stream().mapToDouble(v -> v).min().orElseThrow();
    return max / min;
  }
}
