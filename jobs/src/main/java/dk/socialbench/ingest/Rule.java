package dk.socialbench.ingest;

/**
 * The rules of the delivery format a row can break, each with a stable code (for grouping and for
 * tools) and a Danish reason a municipal caseworker understands.
 *
 * <p>The reasons are {@link String#format} templates. They name what is wrong and what is allowed,
 * never the offending value: their arguments are counts, column names, allowed codes and {@code
 * file:line} places (file names masked), so a reason can be shown wherever the rule's code can.
 */
public enum Rule {
  MISSING_VALUE("missing_value", "Feltet skal udfyldes"),
  UNKNOWN_MUNICIPALITY(
      "unknown_municipality", "Ukendt kommunekode; brug en af de 98 trecifrede kommunekoder"),
  INVALID_CPR(
      "invalid_cpr",
      "Ugyldigt cpr-nummer; forventet DDMMÅÅ-XXXX eller 10 cifre med en gyldig dato"),
  INVALID_DATE("invalid_date", "Ugyldig dato; brug ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ"),
  FUTURE_DATE("future_date", "Datoen ligger i fremtiden (efter kørslens dato)"),
  BEFORE_BIRTH("before_birth", "Registreringsdatoen ligger før borgerens fødselsdato"),
  INVALID_VALUE("invalid_value", "Ugyldig værdi; tilladt er: %s"),
  INVALID_NUMBER(
      "invalid_number", "Ugyldigt tal; skriv fx 1250 eller 2,5 uden tusindtalsseparator"),
  NEGATIVE_NUMBER("negative_number", "Tallet må ikke være negativt"),
  NOT_WHOLE_NUMBER("not_whole_number", "Tallet skal være et helt antal måneder"),
  INVALID_VUM_SCORE("invalid_vum_score", "Ugyldig VUM-score; tilladt er 0, 1, 2, 3, 3,5 og 4"),
  TOO_LONG("too_long", "Sagsnummeret har %s tegn; højst 40 er tilladt"),
  CASE_ID_LOOKS_LIKE_CPR(
      "case_id_looks_like_cpr",
      "Sagsnummeret ligner et cpr-nummer; brug kommunens sagsnummer, ikke borgerens cpr-nummer"),
  CASE_ID_CONTAINS_NAME(
      "case_id_contains_name",
      "Sagsnummeret indeholder borgerens navn; brug kommunens sagsnummer uden navn"),
  VALUE_LOOKS_LIKE_CPR(
      "value_looks_like_cpr",
      "Feltet ligner et cpr-nummer; cpr-nummeret hører kun til i kolonnen cpr-nummer"),
  DAILY_PRICE_MISSING("daily_price_missing", "Dagspris skal udfyldes, når ydelsen er §107"),
  HOURS_MISSING("hours_missing", "Timer individuel pr. måned skal udfyldes, når ydelsen er §85"),
  GOAL_TYPE_MISSING("goal_type_missing", "Måltype skal udfyldes, når der er sat mål"),
  CLOSED_DATE_MISSING(
      "closed_date_missing", "Afslutningsdato skal udfyldes, når sagen er afsluttet"),
  EXTRA_CELLS(
      "extra_cells",
      "Rækken har flere udfyldte celler end overskriften har kolonner (%s for mange)"),
  MASTER_DATA_DIFFERS(
      "master_data_differs", "Stamdata (%s) er ikke ens på alle sagens rækker (%s)"),
  DUPLICATE_REGISTRATION_DATE(
      "duplicate_registration_date", "Sagen har flere registreringer samme dag (%s)"),
  PREVIOUS_GOAL_FULFILLED_MISSING(
      "previous_goal_fulfilled_missing",
      "Tidligere mål opfyldt skal udfyldes ved alle registreringer efter sagens første"),
  CASE_HAS_REJECTED_ROW(
      "case_has_rejected_row",
      "Sagen er afvist, fordi andre rækker i sagen er afvist (%s); ret dem og lever sagen igen");

  private final String code;
  private final String reasonTemplate;

  Rule(String code, String reasonTemplate) {
    this.code = code;
    this.reasonTemplate = reasonTemplate;
  }

  /** The stable code, e.g. {@code invalid_vum_score}. */
  public String code() {
    return code;
  }

  /** The Danish reason template. */
  public String reasonTemplate() {
    return reasonTemplate;
  }

  /** The Danish reason with its arguments filled in. */
  public String reason(Object... args) {
    return args.length == 0 ? reasonTemplate : String.format(reasonTemplate, args);
  }
}
