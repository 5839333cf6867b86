package dk.socialbench.contract;

import java.util.Map;

/**
 * Danish labels for the codes that appear in result datasets (categories, services, columns).
 *
 * <p>Example: {@code Labels.da("direction", "improved")} is "Forbedret"; an unknown code is
 * returned as it is.
 */
public final class Labels {
  private Labels() {}

  /** A delivery column's Danish name as a heading: "Timer gruppe pr. måned". */
  private static String capitalised(DeliveryColumn c) {
    String d = c.danish();
    return d.isEmpty() ? c.code() : Character.toUpperCase(d.charAt(0)) + d.substring(1);
  }

  /** Whether the quarantine rule {@code code} has a Danish name here. */
  public static boolean knowsRule(String code) {
    return RULES.containsKey(code);
  }

  /**
   * The key figures' Danish names; every other category column's labels are in {@link CodeList}.
   */
  private static final Map<String, String> KEY_FIGURES =
      Map.of(
          ResultCodes.GOALS_SET, "Mål sat ved første registrering (andel)",
          ResultCodes.IMPROVEMENT_GOALS_FULFILLED,
              "Forbedringsmål helt eller delvist opfyldt (andel)",
          ResultCodes.VUM_IMPROVED, "Forbedret VUM-score ved opfølgning (andel)",
          ResultCodes.DAILY_PRICE_SEL107, "§107: gns. dagspris ved første registrering (kr.)",
          ResultCodes.HOURS_SEL85, "§85: gns. timer pr. måned ved første registrering",
          ResultCodes.UNIT_COST_SEL107, "§107: udgift pr. helårsbruger pr. år (kr.)",
          ResultCodes.UNIT_COST_SEL85, "§85: timer pr. helårsbruger pr. måned");

  /** Short Danish names of the quarantine rules (the ingest rules' codes). */
  private static final Map<String, String> RULES =
      Map.ofEntries(
          Map.entry("missing_value", "Påkrævet felt er tomt"),
          Map.entry("unknown_municipality", "Ukendt kommunekode"),
          Map.entry("invalid_cpr", "Ugyldigt cpr-nummer"),
          Map.entry("invalid_date", "Ugyldig dato"),
          Map.entry("future_date", "Dato i fremtiden"),
          Map.entry("before_birth", "Registrering før fødsel"),
          Map.entry("invalid_value", "Ugyldig værdi"),
          Map.entry("invalid_number", "Ugyldigt tal"),
          Map.entry("negative_number", "Negativt tal"),
          Map.entry("not_whole_number", "Ikke et helt tal"),
          Map.entry("invalid_vum_score", "Ugyldig VUM-score"),
          Map.entry("too_long", "For langt sagsnummer"),
          Map.entry("case_id_looks_like_cpr", "Sagsnummer ligner cpr-nummer"),
          Map.entry("case_id_contains_name", "Sagsnummer indeholder navn"),
          Map.entry("value_looks_like_cpr", "Cpr-nummer i forkert felt"),
          Map.entry("daily_price_missing", "Dagspris mangler (§107)"),
          Map.entry("hours_missing", "Timer mangler (§85)"),
          Map.entry("goal_type_missing", "Måltype mangler"),
          Map.entry("closed_date_missing", "Afslutningsdato mangler"),
          Map.entry("extra_cells", "Celler uden for kolonnerne"),
          Map.entry("master_data_differs", "Stamdata ikke ens i sagen"),
          Map.entry("duplicate_registration_date", "To registreringer samme dag"),
          Map.entry("previous_goal_fulfilled_missing", "Tidligere mål opfyldt mangler"),
          Map.entry("case_has_rejected_row", "Anden række i sagen afvist"));

  /** The Danish label of {@code code} in {@code column}, or the code itself. */
  public static String da(String column, String code) {
    if (code == null) {
      return "";
    }
    if (ResultColumns.MUNICIPALITY_CODE.equals(column)) {
      return Municipalities.danish().nameOf(code);
    }
    if (ResultColumns.COLUMN.equals(column)) {
      return DeliveryColumn.fromHeader(code).map(Labels::capitalised).orElse(code);
    }
    if (ResultColumns.RULE.equals(column)) {
      return RULES.getOrDefault(code, code);
    }
    if (ResultColumns.KEY_FIGURE.equals(column)) {
      return KEY_FIGURES.getOrDefault(code, code);
    }
    return CodeList.of(column).map(list -> list.danishOf(code)).orElse(code);
  }
}
