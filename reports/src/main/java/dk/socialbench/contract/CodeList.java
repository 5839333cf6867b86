package dk.socialbench.contract;

import static dk.socialbench.contract.ResultCodes.ALL_AGES;
import static dk.socialbench.contract.ResultCodes.FORTY_AND_OVER;
import static dk.socialbench.contract.ResultCodes.FULFILLED;
import static dk.socialbench.contract.ResultCodes.HIGHER;
import static dk.socialbench.contract.ResultCodes.IMPROVED;
import static dk.socialbench.contract.ResultCodes.LOWER;
import static dk.socialbench.contract.ResultCodes.NO;
import static dk.socialbench.contract.ResultCodes.NOT_FULFILLED;
import static dk.socialbench.contract.ResultCodes.NOT_REPORTED;
import static dk.socialbench.contract.ResultCodes.NO_NEXT_REGISTRATION;
import static dk.socialbench.contract.ResultCodes.SAME;
import static dk.socialbench.contract.ResultCodes.UNDER_40;
import static dk.socialbench.contract.ResultCodes.WORSENED;
import static dk.socialbench.contract.ResultCodes.YES;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every category column of the result datasets that holds codes: its name, its codes in the order
 * reports show them (better before worse, as in the KL report's figures) and each code's Danish
 * label. Lists of delivered values take their codes from {@link Vocabulary}, in its order.
 *
 * <p>Example: {@code CodeList.of("direction").get().codes()} is {@code [improved, same, worsened,
 * no_next_registration]}; {@code CodeList.DIRECTION.danishOf("improved")} is "Forbedret".
 */
public enum CodeList {
  GOALS_SET(ResultColumns.GOALS_SET, YES, "Ja", NO, "Nej"),
  FULFILLED_YES_NO(ResultColumns.FULFILLED, YES, "Ja", NO, "Nej"),
  GOAL_TYPE(
      ResultColumns.GOAL_TYPE,
      Vocabulary.GOAL_TYPE,
      List.of(),
      "Forbedring",
      "Status quo",
      "Begrænset forværring"),
  DIRECTION(
      ResultColumns.DIRECTION,
      IMPROVED,
      "Forbedret",
      SAME,
      "Uændret",
      WORSENED,
      "Forværret",
      NO_NEXT_REGISTRATION,
      "Ingen næste registrering"),
  FULFILMENT(
      ResultColumns.FULFILMENT,
      Vocabulary.GOAL_FULFILMENT,
      List.of(),
      "Helt opfyldt",
      "Delvist opfyldt",
      "Ikke opfyldt",
      "Ikke relevant"),
  GOAL_FULFILLED(
      ResultColumns.GOAL_FULFILLED,
      FULFILLED,
      "Mål helt eller delvist opfyldt",
      NOT_FULFILLED,
      "Mål ikke opfyldt"),
  CHANGE(ResultColumns.CHANGE, LOWER, "Lavere", SAME, "Uændret", HIGHER, "Højere"),
  SERVICE(
      ResultColumns.SERVICE,
      Vocabulary.SERVICE,
      List.of(),
      "§85 (timer pr. måned)",
      "§107 (dagspris)"),
  AGE_GROUP(
      ResultColumns.AGE_GROUP,
      UNDER_40,
      "Under 40 år",
      FORTY_AND_OVER,
      "40 år og derover",
      ALL_AGES,
      "Alle aldre"),
  TARGET_GROUP(
      ResultColumns.TARGET_GROUP,
      Vocabulary.TARGET_GROUP,
      List.of(),
      "Intellektuel/kognitiv",
      "Sindslidelse",
      "Psykisk funktionsnedsættelse",
      "Fysisk",
      "Sociale problemer"),
  INITIATOR(
      ResultColumns.INITIATOR,
      Vocabulary.INITIATOR,
      List.of(NOT_REPORTED),
      "Myndighed",
      "Udfører",
      "Borger",
      "Andet",
      "Ikke oplyst"),
  FUNDING_BASIS(
      ResultColumns.FUNDING_BASIS,
      Vocabulary.FUNDING_BASIS,
      List.of(NOT_REPORTED),
      "Førtidspension",
      "Kontanthjælp, jobparat",
      "Kontanthjælp, ikke jobparat",
      "Ressourceforløb",
      "Fleksjob",
      "Løn",
      "SU",
      "Andet",
      "Ikke oplyst");

  private final String column;
  private final Map<String, String> danishByCode = new LinkedHashMap<>();

  /** A list of result-only codes: code, Danish label, code, Danish label ... */
  CodeList(String column, String... codeDanishPairs) {
    this.column = column;
    for (int i = 0; i < codeDanishPairs.length; i += 2) {
      danishByCode.put(codeDanishPairs[i], codeDanishPairs[i + 1]);
    }
  }

  /**
   * A list of delivered codes in the vocabulary's order, then {@code more} codes that analyses add;
   * {@code danish} labels them all in that order.
   */
  CodeList(String column, Vocabulary delivered, List<String> more, String... danish) {
    this.column = column;
    List<String> codes = new ArrayList<>(delivered.codes());
    codes.addAll(more);
    if (codes.size() != danish.length) {
      throw new IllegalArgumentException(column + ": " + codes + " but labels " + danish.length);
    }
    for (int i = 0; i < danish.length; i++) {
      danishByCode.put(codes.get(i), danish[i]);
    }
  }

  /** The result column that holds these codes, e.g. {@code "direction"}. */
  public String column() {
    return column;
  }

  /** The codes in display order. */
  public List<String> codes() {
    return List.copyOf(danishByCode.keySet());
  }

  /** The Danish label of {@code code}, or {@code code} itself if it is not in the list. */
  public String danishOf(String code) {
    return danishByCode.getOrDefault(code, code);
  }

  /** The code list of result column {@code column}, if it holds codes. */
  public static Optional<CodeList> of(String column) {
    return Stream.of(values()).filter(l -> l.column.equals(column)).findFirst();
  }
}
