package dk.socialbench.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The enumerated values of a delivery column: each code with its Danish alias.
 *
 * <p>Example: {@code Vocabulary.SERVICE.codeOf("§107")} is {@code Optional.of("SEL107")}.
 */
public enum Vocabulary {
  TARGET_GROUP(
      "intellectual_cognitive", "intellektuel/kognitiv",
      "mental_illness", "sindslidelse",
      "psychic_unspecified", "psykisk funktionsnedsættelse",
      "physical", "fysisk",
      "social", "sociale problemer"),
  YES_NO("yes", "ja", "no", "nej"),
  REGISTRATION_KIND("visitation", "visitation", "follow_up", "opfølgning"),
  INITIATOR("authority", "myndighed", "provider", "udfører", "citizen", "borger", "other", "andet"),
  SERVICE(ResultCodes.SEL85, "§85", ResultCodes.SEL107, "§107"),
  PROVIDER_TYPE(
      "own_municipality", "egen kommune",
      "other_municipality", "anden kommune",
      "region", "region",
      "private", "privat"),
  GOAL_TYPE(
      ResultCodes.IMPROVEMENT,
      "forbedring",
      "status_quo",
      "status quo",
      "limited_deterioration",
      "begrænset forværring"),
  GOAL_FULFILMENT(
      "fully", "helt", "partially", "delvist", "not", "nej", "not_relevant", "ikke relevant"),
  FUNDING_BASIS(
      "disability_pension", "førtidspension",
      "cash_benefit_job_ready", "kontanthjælp jobparat",
      "cash_benefit_not_job_ready", "kontanthjælp ikke jobparat",
      "resource_course", "ressourceforløb",
      "flex_job", "fleksjob",
      "wage", "løn",
      "education_grant", "SU",
      "other", "andet");

  private final Map<String, String> danishByCode = new LinkedHashMap<>();
  private final Map<String, String> codeByAlias;

  Vocabulary(String... codeDanishPairs) {
    for (int i = 0; i < codeDanishPairs.length; i += 2) {
      danishByCode.put(codeDanishPairs[i], codeDanishPairs[i + 1]);
    }
    codeByAlias =
        DeliveryColumn.index(
            danishByCode.keySet().stream(),
            code -> java.util.stream.Stream.of(code, danishByCode.get(code)));
  }

  /** The code a cell's text stands for (code or Danish alias, any case), if any. */
  public Optional<String> codeOf(String text) {
    return Optional.ofNullable(codeByAlias.get(DeliveryColumn.normalise(text)));
  }

  public List<String> codes() {
    return List.copyOf(danishByCode.keySet());
  }

  public String danishOf(String code) {
    return danishByCode.get(code);
  }
}
