package dk.socialbench.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The outlines of the SEP profile's 401 cases, placed so that every count the report publishes
 * holds exactly: registrations per case, target groups, funding basis, provider types, the §107
 * share, VUM and goals per municipality, and the fulfilment of improvement goals per municipality.
 *
 * <p>Built once per seed from one stream, before the municipalities are written in parallel.
 */
final class SepCaseOutlines {
  private final SplittableRandom rng;
  private final int[] municipality = new int[SepCalibration.CASES];
  private final int[] registrations = new int[SepCalibration.CASES];
  private final int[] age = new int[SepCalibration.CASES];
  private final String[] service = new String[SepCalibration.CASES];
  private final String[] targetGroup = new String[SepCalibration.CASES];
  private final String[] fundingBasis = new String[SepCalibration.CASES];
  private final String[] providerType = new String[SepCalibration.CASES];
  private final double[] vum = new double[SepCalibration.CASES];
  private final String[] goal = new String[SepCalibration.CASES];
  private final String[] fulfilment = new String[SepCalibration.CASES];

  private SepCaseOutlines(long seed) {
    this.rng = RandomStreams.forSepPlan(seed);
  }

  /** The outlines by municipality code, in the order of {@link SepCalibration#MUNICIPALITIES}. */
  static Map<String, List<CaseOutline>> build(long seed) {
    SepCaseOutlines plan = new SepCaseOutlines(seed);
    plan.placeCasesAndAges();
    plan.placeServices();
    plan.placeTargetGroups();
    plan.placeFundingBases();
    plan.placeProviderTypes();
    plan.placeFirstVum();
    plan.placeGoalsAndFulfilment();
    return plan.outlines();
  }

  private void placeCasesAndAges() {
    int slot = 0;
    for (int m = 0; m < SepCalibration.MUNICIPALITIES.size(); m++) {
      for (int i = 0; i < SepCalibration.MUNICIPALITIES.get(m).cases(); i++) {
        municipality[slot++] = m;
      }
    }
    List<Integer> counts = new ArrayList<>();
    int[] exactly = CaseMix.casesWithExactly();
    for (int k = 0; k < exactly.length; k++) {
      for (int i = 0; i < exactly[k]; i++) {
        counts.add(k + 1);
      }
    }
    Quotas.shuffle(counts, rng);
    for (int s = 0; s < slot; s++) {
      registrations[s] = counts.get(s);
      age[s] = CaseMix.ageAtFirstRegistration(rng);
    }
  }

  private void placeServices() {
    for (int m = 0; m < SepCalibration.MUNICIPALITIES.size(); m++) {
      List<Integer> slots = slotsOf(m);
      double share = profile(m).sel107Share();
      int residential = (int) Math.round(share * slots.size());
      Quotas.take(slots, residential, s -> 1, rng).forEach(s -> service[s] = "SEL107");
      slots.forEach(s -> service[s] = "SEL85");
    }
  }

  private void placeTargetGroups() {
    List<Integer> slots = allSlots();
    Map<String, Integer> counts = SepCalibration.TARGET_GROUP_CASES;
    assign(
        targetGroup,
        slots,
        "psychic_unspecified",
        counts.get("psychic_unspecified"),
        s -> profile(municipality[s]).reportsUmbrellaTargetGroup() ? 30 : 1);
    assign(targetGroup, slots, "physical", counts.get("physical"), s -> 1);
    assign(targetGroup, slots, "social", counts.get("social"), s -> 1);
    assign(
        targetGroup,
        slots,
        "intellectual_cognitive",
        counts.get("intellectual_cognitive"),
        s -> CaseMix.intellectualWeight(age[s]));
    slots.forEach(s -> targetGroup[s] = "mental_illness");
  }

  private void placeFundingBases() {
    List<Integer> slots = allSlots();
    List<Integer> recorded =
        Quotas.take(
            slots,
            SepCalibration.CASES_WITH_FUNDING_BASIS,
            s -> profile(municipality[s]).fundingBasisRecorded(),
            rng);
    List<String> order = new ArrayList<>(SepCalibration.FUNDING_BASIS_CASES.keySet());
    // Rare, age-bound bases first, so their weights bite; disability pension takes the rest.
    order.sort(Comparator.comparing(SepCalibration.FUNDING_BASIS_CASES::get));
    for (String code : order) {
      int count = SepCalibration.FUNDING_BASIS_CASES.get(code);
      assign(fundingBasis, recorded, code, count, s -> CaseMix.fundingBasisWeight(code, age[s]));
    }
  }

  private void placeProviderTypes() {
    List<Integer> slots = allSlots();
    Quotas.take(slots, SepCalibration.CASES_WITHOUT_PROVIDER_TYPE, s -> 1, rng);
    for (Map.Entry<String, Integer> e : SepCalibration.PROVIDER_TYPE_CASES.entrySet()) {
      String code = e.getKey();
      assign(
          providerType,
          slots,
          code,
          e.getValue(),
          s -> CaseMix.providerTypeWeight(code, service[s]));
    }
  }

  /**
   * Exact VUM counts per municipality from its mean, handed out by rank of a noisy key: citizens in
   * a resource course or flex job get lower scores, the physically impaired higher (fig 3.7).
   */
  private void placeFirstVum() {
    for (int m = 0; m < SepCalibration.MUNICIPALITIES.size(); m++) {
      List<Integer> slots = slotsOf(m);
      MunicipalityProfile p = profile(m);
      double[] distribution = VumScale.firstRegistrationDistribution(p.meanVum(), p.usesHalfStep());
      long[] counts = Quotas.apportion(distribution, slots.size(), 0);
      List<Double> scores = new ArrayList<>();
      for (int i = 0; i < counts.length; i++) {
        for (long c = 0; c < counts[i]; c++) {
          scores.add(VumScale.SCORES[i]);
        }
      }
      Map<Integer, Double> key = new LinkedHashMap<>();
      for (int s : slots) {
        key.put(s, rng.nextGaussian() + vumShift(s));
      }
      slots.sort(Comparator.comparingDouble(key::get));
      for (int i = 0; i < slots.size(); i++) {
        vum[slots.get(i)] = scores.get(i);
      }
    }
  }

  private double vumShift(int s) {
    String basis = fundingBasis[s];
    double shift = "resource_course".equals(basis) || "flex_job".equals(basis) ? -0.5 : 0;
    return shift + ("physical".equals(targetGroup[s]) ? 0.3 : 0);
  }

  private void placeGoalsAndFulfilment() {
    for (int m = 0; m < SepCalibration.MUNICIPALITIES.size(); m++) {
      List<Integer> slots = slotsOf(m);
      MunicipalityProfile p = profile(m);
      int withGoals = (int) Math.round(p.goalRate() * slots.size());
      List<Integer> goalSlots = Quotas.take(slots, withGoals, s -> 1, rng);
      List<Integer> improvementFollowedUp = new ArrayList<>();
      for (int s : goalSlots) {
        goal[s] = CaseMix.goalType(vum[s], rng);
        if (registrations[s] < 2) {
          continue;
        }
        if (goal[s].equals("improvement")) {
          improvementFollowedUp.add(s);
        } else {
          fulfilment[s] = rng.nextDouble() < 0.6 ? metGoal() : "not";
        }
      }
      int met = (int) Math.round(p.improvementFulfilment() * improvementFollowedUp.size());
      Quotas.take(improvementFollowedUp, met, s -> 1, rng).forEach(s -> fulfilment[s] = metGoal());
      improvementFollowedUp.forEach(s -> fulfilment[s] = "not");
    }
  }

  /** Of the goals met, about 2 in 5 fully (fig 3.9). */
  private String metGoal() {
    return rng.nextDouble() < 0.4 ? "fully" : "partially";
  }

  private Map<String, List<CaseOutline>> outlines() {
    Map<String, List<CaseOutline>> byCode = new LinkedHashMap<>();
    for (int s = 0; s < SepCalibration.CASES; s++) {
      String code = SepCalibration.MUNICIPALITIES.get(municipality[s]).code();
      byCode
          .computeIfAbsent(code, c -> new ArrayList<>())
          .add(
              new CaseOutline(
                  registrations[s],
                  age[s],
                  targetGroup[s],
                  service[s],
                  fundingBasis[s],
                  providerType[s],
                  vum[s],
                  goal[s],
                  fulfilment[s]));
    }
    return byCode;
  }

  private void assign(
      String[] trait,
      List<Integer> candidates,
      String code,
      int count,
      java.util.function.IntToDoubleFunction weight) {
    Quotas.take(candidates, count, weight, rng).forEach(s -> trait[s] = code);
  }

  private MunicipalityProfile profile(int m) {
    return SepCalibration.MUNICIPALITIES.get(m).profile();
  }

  private List<Integer> slotsOf(int m) {
    List<Integer> slots = new ArrayList<>();
    for (int s = 0; s < SepCalibration.CASES; s++) {
      if (municipality[s] == m) {
        slots.add(s);
      }
    }
    return slots;
  }

  private List<Integer> allSlots() {
    List<Integer> slots = new ArrayList<>();
    for (int s = 0; s < SepCalibration.CASES; s++) {
      slots.add(s);
    }
    return slots;
  }
}
