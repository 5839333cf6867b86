package dk.socialbench.contract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of a delivery file (the SEP reporting template), with their Danish header aliases.
 *
 * <p>The order is the order of the template; {@link #header()} writes it. A header cell matches a
 * column by its code or its Danish alias, case-insensitively.
 */
public enum DeliveryColumn {
  MUNICIPALITY_CODE("municipality_code", "kommunekode", Presence.REQUIRED, null),
  CASE_ID("case_id", "sagsnummer", Presence.REQUIRED, null),
  CPR("cpr", "cpr-nummer", Presence.REQUIRED, null),
  NAME("name", "navn", Presence.OPTIONAL, null),
  TARGET_GROUP("target_group", "målgruppe", Presence.REQUIRED, Vocabulary.TARGET_GROUP),
  CASE_CLOSED("case_closed", "sag afsluttet", Presence.OPTIONAL, Vocabulary.YES_NO),
  CLOSED_DATE("closed_date", "afslutningsdato", Presence.CONDITIONAL, null),
  CLOSING_REASON("closing_reason", "årsag til afslutning", Presence.OPTIONAL, null),
  REGISTRATION_DATE("registration_date", "registreringsdato", Presence.REQUIRED, null),
  REGISTRATION_KIND(
      "registration_kind", "registreringstype", Presence.REQUIRED, Vocabulary.REGISTRATION_KIND),
  MONTHS_SINCE_PREVIOUS(
      "months_since_previous", "måneder siden seneste registrering", Presence.OPTIONAL, null),
  INITIATOR("initiator", "initiativtager", Presence.OPTIONAL, Vocabulary.INITIATOR),
  SERVICE("service", "ydelse", Presence.REQUIRED, Vocabulary.SERVICE),
  PROVIDER_NAME("provider_name", "leverandør", Presence.OPTIONAL, null),
  PROVIDER_TYPE("provider_type", "leverandørtype", Presence.OPTIONAL, Vocabulary.PROVIDER_TYPE),
  DAILY_PRICE("daily_price", "dagspris", Presence.CONDITIONAL, null),
  HOURS_INDIVIDUAL("hours_individual", "timer individuel pr. måned", Presence.CONDITIONAL, null),
  HOURS_GROUP("hours_group", "timer gruppe pr. måned", Presence.OPTIONAL, null),
  VUM_SCORE("vum_score", "vum-score", Presence.REQUIRED, null),
  GOALS_SET("goals_set", "mål sat", Presence.REQUIRED, Vocabulary.YES_NO),
  GOAL_TYPE("goal_type", "måltype", Presence.CONDITIONAL, Vocabulary.GOAL_TYPE),
  VUM_TARGET("vum_target", "vum-mål", Presence.OPTIONAL, null),
  EXPECTED_GOAL_DATE("expected_goal_date", "forventet målopfyldelse", Presence.OPTIONAL, null),
  PREVIOUS_GOAL_FULFILLED(
      "previous_goal_fulfilled",
      "tidligere mål opfyldt",
      Presence.CONDITIONAL,
      Vocabulary.GOAL_FULFILMENT),
  CONCURRENT_SERVICE("concurrent_service", "samtidig ydelse", Presence.OPTIONAL, null),
  CONCURRENT_DAILY_PRICE(
      "concurrent_daily_price", "dagspris samtidig ydelse", Presence.OPTIONAL, null),
  FUNDING_BASIS(
      "funding_basis", "forsørgelsesgrundlag", Presence.OPTIONAL, Vocabulary.FUNDING_BASIS),
  EMPLOYMENT_MEASURE(
      "employment_measure", "beskæftigelsesrettet indsats", Presence.OPTIONAL, Vocabulary.YES_NO);

  /** Whether a file must have the column in its header, and whether a row must fill it. */
  public enum Presence {
    /** In the header, and filled on every row. */
    REQUIRED,
    /** In the header; filled when a rule about another column says so. */
    CONDITIONAL,
    /** May be absent from the header and empty on any row. */
    OPTIONAL
  }

  private static final Map<String, DeliveryColumn> BY_HEADER =
      Stream.of(values())
          .flatMap(c -> Stream.of(Map.entry(c.code, c), Map.entry(normalise(c.danish), c)))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private final String code;
  private final String danish;
  private final Presence presence;
  private final Vocabulary vocabulary;

  DeliveryColumn(String code, String danish, Presence presence, Vocabulary vocabulary) {
    this.code = code;
    this.danish = danish;
    this.presence = presence;
    this.vocabulary = vocabulary;
  }

  /** The column's code, as in the header of a file written by socialbench. */
  public String code() {
    return code;
  }

  /** The Danish header label accepted as an alias. */
  public String danish() {
    return danish;
  }

  public Presence presence() {
    return presence;
  }

  /** Whether a file may leave this column out of its header. */
  public boolean mayBeAbsent() {
    return presence == Presence.OPTIONAL;
  }

  /** The enumerated values of this column, if it has any. */
  public Optional<Vocabulary> vocabulary() {
    return Optional.ofNullable(vocabulary);
  }

  /** The column a header cell names, by code or Danish alias, ignoring case and extra spaces. */
  public static Optional<DeliveryColumn> fromHeader(String cell) {
    return Optional.ofNullable(BY_HEADER.get(normalise(cell)));
  }

  /** All column codes in template order. */
  public static List<String> header() {
    return Stream.of(values()).map(DeliveryColumn::code).toList();
  }

  static String normalise(String s) {
    return Spaces.RUN.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /**
   * Compiled once (ingest normalises every coded cell of every row), in a holder of its own: the
   * constants' {@link Vocabulary} calls {@link #normalise} while this enum is still initialising.
   */
  private static final class Spaces {
    static final Pattern RUN = Pattern.compile("\\s+");
  }

  static <T> Map<String, T> index(Stream<T> items, Function<T, Stream<String>> keys) {
    return items
        .flatMap(item -> keys.apply(item).map(k -> Map.entry(normalise(k), item)))
        .collect(
            Collectors.toUnmodifiableMap(
                Map.Entry::getKey, Map.Entry::getValue, (same, alias) -> same));
  }
}
