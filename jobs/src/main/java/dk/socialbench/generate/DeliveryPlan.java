package dk.socialbench.generate;

import dk.socialbench.UserError;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.Municipality;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Which municipalities deliver, how much each delivers, and under which file name. */
final class DeliveryPlan {
  /**
   * One municipality's delivery. Exactly one of the size fields applies: the SEP profile lists its
   * outlines; otherwise {@code cases} is the number of cases, or, when it is -1, {@code
   * registrationBudget} the number of rows.
   */
  record Delivery(
      Municipality municipality,
      List<CaseOutline> outlines,
      long cases,
      long registrationBudget,
      boolean xlsx) {

    String fileName() {
      return municipality.code() + "_" + slug(municipality.name()) + (xlsx ? ".xlsx" : ".csv");
    }
  }

  private DeliveryPlan() {}

  static List<Delivery> of(GeneratorSettings settings) {
    List<Municipality> chosen = choose(settings.municipalities());
    Set<String> codes = new LinkedHashSet<>();
    chosen.forEach(m -> codes.add(m.code()));
    for (String code : settings.xlsx()) {
      if (!codes.contains(code)) {
        throw new UserError(
            "xlsx: municipality " + code + " is not among those generated " + codes);
      }
    }
    List<Delivery> deliveries = new ArrayList<>();
    if (settings.sepProfile()) {
      Map<String, List<CaseOutline>> outlines = SepCaseOutlines.build(settings.seed());
      for (Municipality m : chosen) {
        deliveries.add(
            new Delivery(m, outlines.get(m.code()), -1, -1, settings.xlsx().contains(m.code())));
      }
      return deliveries;
    }
    double[] weights =
        chosen.stream().mapToDouble(m -> MunicipalitySizes.weight(m.code())).toArray();
    boolean byCases = settings.cases().isPresent();
    long total = byCases ? settings.cases().getAsLong() : settings.registrations().getAsLong();
    long[] shares = Quotas.apportion(weights, total, 1);
    for (int i = 0; i < chosen.size(); i++) {
      Municipality m = chosen.get(i);
      boolean xlsx = settings.xlsx().contains(m.code());
      deliveries.add(
          byCases
              ? new Delivery(m, null, shares[i], -1, xlsx)
              : new Delivery(m, null, -1, shares[i], xlsx));
    }
    return deliveries;
  }

  /** The ten SEP municipalities first (in the report's order), then the rest in list order. */
  static List<Municipality> choose(int count) {
    Municipalities danish = Municipalities.danish();
    List<Municipality> ordered = new ArrayList<>();
    SepCalibration.MUNICIPALITIES.forEach(s -> ordered.add(danish.byCode(s.code()).orElseThrow()));
    for (Municipality m : danish.all()) {
      if (!ordered.contains(m)) {
        ordered.add(m);
      }
    }
    return List.copyOf(ordered.subList(0, count));
  }

  /** ASCII file-name form of a Danish name: "Ringkøbing-Skjern" gives "ringkoebing-skjern". */
  static String slug(String name) {
    String danish =
        name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
    String ascii = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
