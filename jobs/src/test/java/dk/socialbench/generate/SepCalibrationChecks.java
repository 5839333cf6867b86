package dk.socialbench.generate;

import static dk.socialbench.contract.DeliveryColumn.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The SEP profile's targets ({@link SepCalibration}), each as a named check of cases read back from
 * the files, with its tolerance stated in the check.
 */
final class SepCalibrationChecks {
  private SepCalibrationChecks() {}

  /** Named checks in the order of the report; each throws an AssertionError when it fails. */
  static Map<String, Consumer<List<ReadCase>>> all() {
    Map<String, Consumer<List<ReadCase>>> checks = new LinkedHashMap<>();
    checks.put("401 cases in the ten municipalities, 10 to 60 each", SepCalibrationChecks::cases);
    checks.put("cases by number of registrations match fig 2.1", SepCalibrationChecks::tail);
    checks.put("a third are §107, varying by municipality", SepCalibrationChecks::services);
    checks.put("over 90% psychic, evenly split, 6 physical", SepCalibrationChecks::targetGroups);
    checks.put("287 funding bases: 99 pension, 116 cash benefit", SepCalibrationChecks::funding);
    checks.put("266 own-municipality and 93 private providers", SepCalibrationChecks::providers);
    checks.put("goals set at first registration in 93%", SepCalibrationChecks::goalsSet);
    checks.put("first goals are mostly improvement", SepCalibrationChecks::goalTypes);
    checks.put("first VUM mostly 2 and 3", SepCalibrationChecks::vumDistribution);
    checks.put("mean first VUM 2.1 to 2.8 by municipality", SepCalibrationChecks::vumMeans);
    checks.put("7 municipalities set VUM targets, 6 lower", SepCalibrationChecks::vumTargets);
    checks.put("VUM targets more often at lower scores", SepCalibrationChecks::targetsAtLowScores);
    checks.put("VUM mostly unchanged, few improve, fewer worsen", VumChecks::development);
    checks.put("about half of goals met fully or partially", FulfilmentChecks::overall);
    checks.put("improvement goals met 22% to 75% by municipality", FulfilmentChecks::municipal);
    checks.put("follow-up every 10 to 12 months, more often later", FollowUpChecks::intervals);
    checks.put("mostly 2014 to 2016, some 2009, some start 2017", FollowUpChecks::period);
    checks.put("the authority mostly initiates follow-up", FollowUpChecks::initiator);
    checks.put("ages 18 to 80, about half under 40", FollowUpChecks::ages);
    checks.put("price and hours rise with VUM", AmountChecks::risesWithVum);
    checks.put("under-40s get more", AmountChecks::youngGetMore);
    checks.put("intellectual/cognitive get more §85 hours", AmountChecks::intellectualHours);
    checks.put("municipalities differ beyond their VUM mix", AmountChecks::municipalLevels);
    checks.put("realistic magnitudes", AmountChecks::magnitudes);
    checks.put("price and hours adjusted rarely, §85 more", AmountChecks::adjustments);
    checks.put("cases close before their next follow-up was due", EpisodeChecks::closings);
    checks.put("cases last about two years, a few still open", EpisodeChecks::durations);
    return checks;
  }

  private static void cases(List<ReadCase> cases) {
    assertEquals(SepCalibration.CASES, cases.size());
    Map<String, Long> byMunicipality = countBy(cases, ReadCase::municipality);
    Set<String> codes =
        SepCalibration.MUNICIPALITIES.stream().map(s -> s.code()).collect(Collectors.toSet());
    assertEquals(codes, byMunicipality.keySet(), "the ten SEP municipalities");
    byMunicipality.forEach(
        (m, n) ->
            assertTrue(
                n >= SepCalibration.MIN_CASES_PER_MUNICIPALITY
                    && n <= SepCalibration.MAX_CASES_PER_MUNICIPALITY,
                m + " has " + n + " cases"));
  }

  private static void tail(List<ReadCase> cases) {
    List<Integer> atLeast = new ArrayList<>();
    for (int k = 1; k <= 9; k++) {
      int min = k;
      atLeast.add((int) cases.stream().filter(c -> c.size() >= min).count());
    }
    assertEquals(SepCalibration.CASES_WITH_AT_LEAST, atLeast);
    assertEquals(0, cases.stream().filter(c -> c.size() > 9).count());
  }

  private static void services(List<ReadCase> cases) {
    double share = share(cases, c -> c.service().equals("SEL107"));
    assertClose(SepCalibration.SEL107_SHARE, share, 0.04, "§107 share");
    List<Double> municipal =
        byMunicipality(cases).values().stream()
            .map(m -> share(m, c -> c.service().equals("SEL107")))
            .toList();
    assertSpread(municipal, 0.15, "§107 share by municipality");
  }

  private static void targetGroups(List<ReadCase> cases) {
    Map<String, Long> groups = countBy(cases, c -> c.code(0, TARGET_GROUP));
    long psychic =
        groups.get("intellectual_cognitive")
            + groups.get("mental_illness")
            + groups.get("psychic_unspecified");
    assertTrue(psychic > 0.9 * cases.size(), "psychic " + psychic);
    double ratio = groups.get("intellectual_cognitive") / (double) groups.get("mental_illness");
    assertTrue(ratio > 0.8 && ratio < 1.25, "intellectual/mental " + ratio);
    assertEquals(6L, groups.get("physical"));
    assertTrue(groups.get("social") >= 1 && groups.get("social") <= 15, "social " + groups);
  }

  private static void funding(List<ReadCase> cases) {
    Map<String, Long> basis = countBy(cases, c -> c.code(0, FUNDING_BASIS));
    long recorded = cases.size() - basis.getOrDefault(null, 0L);
    assertEquals(SepCalibration.CASES_WITH_FUNDING_BASIS, recorded);
    assertEquals(SepCalibration.DISABILITY_PENSION_CASES, basis.get("disability_pension"));
    long notJobReady = basis.get("cash_benefit_not_job_ready");
    long jobReady = basis.get("cash_benefit_job_ready");
    assertEquals(SepCalibration.CASH_BENEFIT_CASES, notJobReady + jobReady);
    assertTrue(notJobReady > 2 * jobReady, "mostly not job-ready: " + basis);
  }

  private static void providers(List<ReadCase> cases) {
    Map<String, Long> types = countBy(cases, c -> c.code(0, PROVIDER_TYPE));
    assertEquals(
        SepCalibration.PROVIDER_TYPE_CASES.get("own_municipality"),
        types.get("own_municipality").intValue());
    assertEquals(
        SepCalibration.PROVIDER_TYPE_CASES.get("private"), types.get("private").intValue());
    long few = types.get("region") + types.get("other_municipality");
    assertTrue(few > 0 && few <= 25, "region and other municipality: " + types);
    assertEquals(SepCalibration.CASES_WITHOUT_PROVIDER_TYPE, types.get(null).intValue());
  }

  private static void goalsSet(List<ReadCase> cases) {
    Predicate<ReadCase> goals = c -> "yes".equals(c.code(0, GOALS_SET));
    assertClose(SepCalibration.GOALS_SET_AT_FIRST, share(cases, goals), 0.02, "goals set");
    byMunicipality(cases)
        .forEach((m, mc) -> assertTrue(share(mc, goals) >= 0.85, m + " sets few goals"));
  }

  private static void goalTypes(List<ReadCase> cases) {
    Map<String, Long> types = countBy(cases, c -> c.code(0, GOAL_TYPE));
    long withGoal = cases.size() - types.getOrDefault(null, 0L);
    assertTrue(types.get("improvement") > 0.65 * withGoal, "improvement " + types);
    assertTrue(types.get("status_quo") > 0 && types.get("limited_deterioration") > 0, "" + types);
  }

  private static void vumDistribution(List<ReadCase> cases) {
    Map<Double, Long> scores = countBy(cases, c -> c.vum(0));
    long n = cases.size();
    assertTrue(scores.get(2.0) + scores.get(3.0) > 0.65 * n, "2 and 3: " + scores);
    assertTrue(scores.get(1.0) > 0.05 * n && scores.get(3.5) > 0.02 * n, "some 1, 3.5: " + scores);
    assertTrue(scores.get(0.0) > 0 && scores.get(0.0) <= 0.05 * n, "few 0: " + scores);
    assertTrue(scores.get(4.0) > 0 && scores.get(4.0) <= 0.08 * n, "few 4: " + scores);
  }

  private static void vumMeans(List<ReadCase> cases) {
    List<Double> means = new ArrayList<>();
    byMunicipality(cases)
        .forEach(
            (m, mc) -> {
              double mean = mean(mc, c -> c.vum(0));
              means.add(mean);
              assertTrue(
                  mean >= SepCalibration.MIN_MEAN_VUM - 0.005
                      && mean <= SepCalibration.MAX_MEAN_VUM + 0.005,
                  m + " mean VUM " + mean);
            });
    assertSpread(means, 0.4, "mean VUM by municipality");
  }

  private static void vumTargets(List<ReadCase> cases) {
    int setting = 0;
    int lower = 0;
    for (List<ReadCase> mc : byMunicipality(cases).values()) {
      List<Double> targets = new ArrayList<>();
      for (ReadCase c : mc) {
        if (c.number(0, VUM_TARGET) != null) {
          targets.add(c.number(0, VUM_TARGET));
        }
      }
      if (!targets.isEmpty()) {
        setting++;
        double meanTarget = targets.stream().mapToDouble(t -> t).average().orElseThrow();
        lower += meanTarget < mean(mc, c -> c.vum(0)) ? 1 : 0;
      }
    }
    assertEquals(SepCalibration.MUNICIPALITIES_WITH_VUM_TARGETS, setting, "setting targets");
    assertEquals(SepCalibration.MUNICIPALITIES_EXPECTING_LOWER_VUM, lower, "expecting lower");
  }

  private static void targetsAtLowScores(List<ReadCase> cases) {
    int[] low = new int[2];
    int[] high = new int[2];
    for (List<ReadCase> mc : byMunicipality(cases).values()) {
      if (mc.stream().noneMatch(c -> c.number(0, VUM_TARGET) != null)) {
        continue;
      }
      for (ReadCase c : mc) {
        if (!"yes".equals(c.code(0, GOALS_SET))) {
          continue;
        }
        int[] bucket = c.vum(0) <= 2 ? low : high;
        bucket[0]++;
        bucket[1] += c.number(0, VUM_TARGET) != null ? 1 : 0;
      }
    }
    double lowShare = low[1] / (double) low[0];
    double highShare = high[1] / (double) high[0];
    assertTrue(lowShare > highShare + 0.1, "target share " + lowShare + " vs " + highShare);
  }

  static void assertClose(double expected, double actual, double tolerance, String what) {
    assertTrue(
        Math.abs(expected - actual) <= tolerance,
        what + ": expected " + expected + " +- " + tolerance + ", got " + actual);
  }

  static void assertSpread(List<Double> values, double minSpread, String what) {
    double spread =
        values.stream().mapToDouble(v -> v).max().orElseThrow()
            - values.stream().mapToDouble(v -> v).min().orElseThrow();
    assertTrue(spread >= minSpread, what + " varies only " + spread + ": " + values);
  }

  static Map<String, List<ReadCase>> byMunicipality(List<ReadCase> cases) {
    Map<String, List<ReadCase>> by = new LinkedHashMap<>();
    cases.forEach(c -> by.computeIfAbsent(c.municipality(), m -> new ArrayList<>()).add(c));
    return by;
  }

  static <K> Map<K, Long> countBy(
      List<ReadCase> cases, java.util.function.Function<ReadCase, K> key) {
    Map<K, Long> counts = new LinkedHashMap<>();
    cases.forEach(c -> counts.merge(key.apply(c), 1L, Long::sum));
    return counts;
  }

  static double share(List<ReadCase> cases, Predicate<ReadCase> p) {
    return cases.stream().filter(p).count() / (double) cases.size();
  }

  static double mean(List<ReadCase> cases, ToDoubleFunction<ReadCase> f) {
    return cases.stream().mapToDouble(f).average().orElse(Double.NaN);
  }

  static LocalDate first(ReadCase c) {
    return c.date(0, REGISTRATION_DATE);
  }
}
