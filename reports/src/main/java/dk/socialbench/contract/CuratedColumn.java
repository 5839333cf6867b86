package dk.socialbench.contract;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of the curated registrations ({@code WORK/runs/<run-id>/curated/registrations/}), in
 * their Parquet order: one row per accepted registration, pseudonymised (no CPR number, no name).
 * The one declaration of that schema; the jobs build their Spark schema from it and the analyses
 * and notebooks read columns by these names.
 *
 * <p>{@code municipality_code} comes last because the data is partitioned by it, and Spark reads a
 * partition column after the file's columns.
 *
 * <p>Example: {@code CuratedColumn.VUM_SCORE.code()} is {@code "vum_score"}, a non-null {@link
 * ColumnType#DOUBLE} read from the delivery's {@link DeliveryColumn#VUM_SCORE}.
 */
public enum CuratedColumn {
  CASE_ID(DeliveryColumn.CASE_ID, ColumnType.STRING, false),
  /** The CPR number's HMAC-SHA256 pseudonym. */
  PERSON_KEY("person_key", ColumnType.STRING, false),
  /**
   * The person as one number, for counting persons and their cell keys: the first 64 bits of
   * SHA-256 of {@code "socialbench cell key:"} and the person key, the second 32 bits as the high
   * half (a signed LONG); its low 32 bits are the person's record key (docs/cell-key-design.md).
   * Ingest writes it on every row; nullable because curated data written before ingest did reads as
   * null here, and readers then derive it from the person key.
   */
  PERSON_ID("person_id", ColumnType.LONG, true),
  /** "male" or "female", from the CPR number. */
  SEX("sex", ColumnType.STRING, false),
  /** Whole years at the registration date, from the CPR number. */
  AGE_AT_REGISTRATION("age_at_registration", ColumnType.INT, false),
  TARGET_GROUP(DeliveryColumn.TARGET_GROUP, ColumnType.STRING, false),
  CASE_CLOSED(DeliveryColumn.CASE_CLOSED, ColumnType.BOOLEAN, true),
  CLOSED_DATE(DeliveryColumn.CLOSED_DATE, ColumnType.DATE, true),
  CLOSING_REASON(DeliveryColumn.CLOSING_REASON, ColumnType.STRING, true),
  REGISTRATION_DATE(DeliveryColumn.REGISTRATION_DATE, ColumnType.DATE, false),
  /** 1 for a case's first registration, in date order. */
  REGISTRATION_NUMBER("registration_number", ColumnType.INT, false),
  REGISTRATIONS_IN_CASE("registrations_in_case", ColumnType.INT, false),
  /**
   * Months since the case's previous registration, from the dates; on a first registration the
   * delivered value, if any.
   */
  MONTHS_SINCE_PREVIOUS(DeliveryColumn.MONTHS_SINCE_PREVIOUS, ColumnType.DOUBLE, true),
  REGISTRATION_KIND(DeliveryColumn.REGISTRATION_KIND, ColumnType.STRING, false),
  INITIATOR(DeliveryColumn.INITIATOR, ColumnType.STRING, true),
  SERVICE(DeliveryColumn.SERVICE, ColumnType.STRING, false),
  PROVIDER_NAME(DeliveryColumn.PROVIDER_NAME, ColumnType.STRING, true),
  PROVIDER_TYPE(DeliveryColumn.PROVIDER_TYPE, ColumnType.STRING, true),
  DAILY_PRICE(DeliveryColumn.DAILY_PRICE, ColumnType.DOUBLE, true),
  HOURS_INDIVIDUAL(DeliveryColumn.HOURS_INDIVIDUAL, ColumnType.DOUBLE, true),
  HOURS_GROUP(DeliveryColumn.HOURS_GROUP, ColumnType.DOUBLE, true),
  VUM_SCORE(DeliveryColumn.VUM_SCORE, ColumnType.DOUBLE, false),
  GOALS_SET(DeliveryColumn.GOALS_SET, ColumnType.BOOLEAN, false),
  GOAL_TYPE(DeliveryColumn.GOAL_TYPE, ColumnType.STRING, true),
  VUM_TARGET(DeliveryColumn.VUM_TARGET, ColumnType.DOUBLE, true),
  EXPECTED_GOAL_DATE(DeliveryColumn.EXPECTED_GOAL_DATE, ColumnType.DATE, true),
  PREVIOUS_GOAL_FULFILLED(DeliveryColumn.PREVIOUS_GOAL_FULFILLED, ColumnType.STRING, true),
  CONCURRENT_SERVICE(DeliveryColumn.CONCURRENT_SERVICE, ColumnType.STRING, true),
  CONCURRENT_DAILY_PRICE(DeliveryColumn.CONCURRENT_DAILY_PRICE, ColumnType.DOUBLE, true),
  FUNDING_BASIS(DeliveryColumn.FUNDING_BASIS, ColumnType.STRING, true),
  EMPLOYMENT_MEASURE(DeliveryColumn.EMPLOYMENT_MEASURE, ColumnType.BOOLEAN, true),
  /** The delivery file's name as shown (scrubbed of names found in its rows). */
  SOURCE_FILE("source_file", ColumnType.STRING, false),
  /** The row's line in that file (1 is the header). */
  SOURCE_LINE("source_line", ColumnType.LONG, false),
  MUNICIPALITY_CODE(DeliveryColumn.MUNICIPALITY_CODE, ColumnType.STRING, false);

  private final String code;
  private final DeliveryColumn delivered;
  private final ColumnType type;
  private final boolean nullable;

  CuratedColumn(DeliveryColumn delivered, ColumnType type, boolean nullable) {
    this(delivered.code(), delivered, type, nullable);
  }

  CuratedColumn(String code, ColumnType type, boolean nullable) {
    this(code, null, type, nullable);
  }

  CuratedColumn(String code, DeliveryColumn delivered, ColumnType type, boolean nullable) {
    this.code = code;
    this.delivered = delivered;
    this.type = type;
    this.nullable = nullable;
  }

  /** The column's name in Parquet, e.g. {@code "registration_date"}. */
  public String code() {
    return code;
  }

  public ColumnType type() {
    return type;
  }

  /** Whether an accepted registration may leave it null. */
  public boolean nullable() {
    return nullable;
  }

  /**
   * The delivery column it is read from, if any; empty for what ingest derives (person key and id,
   * sex, age, registration number) and for where the row came from.
   */
  public Optional<DeliveryColumn> delivered() {
    return Optional.ofNullable(delivered);
  }

  /** All column names in Parquet order. */
  public static List<String> names() {
    return Stream.of(values()).map(CuratedColumn::code).toList();
  }
}
