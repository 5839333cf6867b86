package dk.socialbench.contract;

import java.util.Map;
import java.util.Optional;

/**
 * A dimension a dataset splits in its national ({@code all}) rows only: every municipality's row
 * carries {@link #value} in that dimension instead, one row per line (global recoding at municipal
 * level, docs/privacy.md "What remains", item 10), and {@code all} has that row too beside its
 * split, so that every municipal row has a national one to be compared with (item 11). A sum over
 * the dimension ({@link CellSum}) reads {@code all}'s row of {@link #value}, not its split, as it
 * reads every municipality's. At SEP size a municipality's service line often has an age group of
 * 1–4 persons whose mean comes back from the line's mean in {@code price_by_municipality} and the
 * other group's; a fixed recoding depends on nothing in the data, so whether a row is split tells
 * nothing.
 *
 * <p>Example: {@code MunicipalRecoding.of("price_by_age")} gives {@code age_group} recoded to
 * {@code all_ages}; a municipality publishes {@code [147, SEL85, all_ages]}, {@code all} publishes
 * {@code [all, SEL85, all_ages]} (the persons of {@code price_by_municipality}'s {@code [all,
 * SEL85]}), {@code [all, SEL85, under_40]} and {@code [all, SEL85, 40_and_over]}.
 */
public record MunicipalRecoding(String dimension, String value) {
  private static final Map<String, MunicipalRecoding> BY_DATASET =
      Map.of(
          DatasetNames.PRICE_BY_AGE,
          new MunicipalRecoding(ResultColumns.AGE_GROUP, ResultCodes.ALL_AGES));

  /** The recoding of {@code dataset}'s municipal rows, if it has one. */
  public static Optional<MunicipalRecoding> of(String dataset) {
    return Optional.ofNullable(BY_DATASET.get(dataset));
  }
}
