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

  private static final Map<String, String> YES_NO = Map.of("yes", "Ja", "no", "Nej");

  private static final Map<String, Map<String, String>> BY_COLUMN =
      Map.ofEntries(
          Map.entry(
              "service", Map.of("SEL85", "§85 (timer pr. måned)", "SEL107", "§107 (dagspris)")),
          Map.entry(
              "direction",
              Map.of(
                  "improved", "Forbedret",
                  "same", "Uændret",
                  "worsened", "Forværret",
                  "no_next_registration", "Ingen næste registrering")),
          Map.entry(
              "fulfilment",
              Map.of(
                  "fully", "Helt opfyldt",
                  "partially", "Delvist opfyldt",
                  "not", "Ikke opfyldt",
                  "not_relevant", "Ikke relevant")),
          Map.entry(
              "goal_type",
              Map.of(
                  "improvement", "Forbedring",
                  "status_quo", "Status quo",
                  "limited_deterioration", "Begrænset forværring")),
          Map.entry(
              "key_figure",
              Map.of(
                  "goals_set", "Mål sat ved første registrering (andel)",
                  "improvement_goals_fulfilled",
                      "Forbedringsmål helt eller delvist opfyldt (andel)",
                  "vum_improved", "Forbedret VUM-score ved opfølgning (andel)",
                  "daily_price_sel107", "§107: gns. dagspris ved første registrering (kr.)",
                  "hours_sel85", "§85: gns. timer pr. måned ved første registrering",
                  "unit_cost_sel107", "§107: udgift pr. helårsbruger pr. år (kr.)",
                  "unit_cost_sel85", "§85: timer pr. helårsbruger pr. måned")),
          Map.entry("goals_set", YES_NO),
          Map.entry("fulfilled", YES_NO),
          Map.entry(
              "goal_fulfilled",
              Map.of(
                  "fulfilled", "Mål helt eller delvist opfyldt",
                  "not_fulfilled", "Mål ikke opfyldt")),
          Map.entry("change", Map.of("lower", "Lavere", "same", "Uændret", "higher", "Højere")),
          Map.entry(
              "age_group", Map.of("under_40", "Under 40 år", "40_and_over", "40 år og derover")),
          Map.entry(
              "target_group",
              Map.of(
                  "intellectual_cognitive", "Intellektuel/kognitiv",
                  "mental_illness", "Sindslidelse",
                  "psychic_unspecified", "Psykisk funktionsnedsættelse",
                  "physical", "Fysisk",
                  "social", "Sociale problemer")),
          Map.entry(
              "initiator",
              Map.of(
                  "authority", "Myndighed",
                  "provider", "Udfører",
                  "citizen", "Borger",
                  "other", "Andet",
                  "not_reported", "Ikke oplyst")),
          Map.entry(
              "funding_basis",
              Map.of(
                  "disability_pension", "Førtidspension",
                  "cash_benefit_job_ready", "Kontanthjælp, jobparat",
                  "cash_benefit_not_job_ready", "Kontanthjælp, ikke jobparat",
                  "resource_course", "Ressourceforløb",
                  "flex_job", "Fleksjob",
                  "wage", "Løn",
                  "education_grant", "SU",
                  "other", "Andet",
                  "not_reported", "Ikke oplyst")));

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
    if ("municipality_code".equals(column)) {
      return Municipalities.danish().nameOf(code);
    }
    if ("column".equals(column)) {
      return DeliveryColumn.fromHeader(code).map(Labels::capitalised).orElse(code);
    }
    if ("rule".equals(column)) {
      return RULES.getOrDefault(code, code);
    }
    Map<String, String> labels = BY_COLUMN.get(column);
    if (labels == null) {
      return code;
    }
    return labels.getOrDefault(code, code);
  }
}
