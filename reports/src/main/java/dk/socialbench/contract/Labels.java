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

  /** The Danish label of {@code code} in {@code column}, or the code itself. */
  public static String da(String column, String code) {
    if (code == null) {
      return "";
    }
    if ("municipality_code".equals(column)) {
      return Municipalities.danish().nameOf(code);
    }
    Map<String, String> labels = BY_COLUMN.get(column);
    if (labels == null) {
      return code;
    }
    return labels.getOrDefault(code, code);
  }
}
