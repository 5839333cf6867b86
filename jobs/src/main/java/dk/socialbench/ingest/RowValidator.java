package dk.socialbench.ingest;

import static dk.socialbench.contract.DeliveryColumn.CASE_CLOSED;
import static dk.socialbench.contract.DeliveryColumn.CASE_ID;
import static dk.socialbench.contract.DeliveryColumn.CLOSED_DATE;
import static dk.socialbench.contract.DeliveryColumn.CLOSING_REASON;
import static dk.socialbench.contract.DeliveryColumn.CONCURRENT_DAILY_PRICE;
import static dk.socialbench.contract.DeliveryColumn.CONCURRENT_SERVICE;
import static dk.socialbench.contract.DeliveryColumn.CPR;
import static dk.socialbench.contract.DeliveryColumn.DAILY_PRICE;
import static dk.socialbench.contract.DeliveryColumn.EMPLOYMENT_MEASURE;
import static dk.socialbench.contract.DeliveryColumn.EXPECTED_GOAL_DATE;
import static dk.socialbench.contract.DeliveryColumn.FUNDING_BASIS;
import static dk.socialbench.contract.DeliveryColumn.GOALS_SET;
import static dk.socialbench.contract.DeliveryColumn.GOAL_TYPE;
import static dk.socialbench.contract.DeliveryColumn.HOURS_GROUP;
import static dk.socialbench.contract.DeliveryColumn.HOURS_INDIVIDUAL;
import static dk.socialbench.contract.DeliveryColumn.INITIATOR;
import static dk.socialbench.contract.DeliveryColumn.MONTHS_SINCE_PREVIOUS;
import static dk.socialbench.contract.DeliveryColumn.MUNICIPALITY_CODE;
import static dk.socialbench.contract.DeliveryColumn.NAME;
import static dk.socialbench.contract.DeliveryColumn.PREVIOUS_GOAL_FULFILLED;
import static dk.socialbench.contract.DeliveryColumn.PROVIDER_NAME;
import static dk.socialbench.contract.DeliveryColumn.PROVIDER_TYPE;
import static dk.socialbench.contract.DeliveryColumn.REGISTRATION_DATE;
import static dk.socialbench.contract.DeliveryColumn.REGISTRATION_KIND;
import static dk.socialbench.contract.DeliveryColumn.SERVICE;
import static dk.socialbench.contract.DeliveryColumn.TARGET_GROUP;
import static dk.socialbench.contract.DeliveryColumn.VUM_SCORE;
import static dk.socialbench.contract.DeliveryColumn.VUM_TARGET;

import dk.socialbench.contract.Municipalities;
import dk.socialbench.delivery.Cpr;
import dk.socialbench.delivery.CprLike;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks one row against every rule of the delivery format that a single row can break; the rules
 * that need a case's other rows are {@link CaseRules}. All errors of a row are reported, not just
 * the first.
 */
final class RowValidator {
  private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

  private static final int MAX_CASE_ID = 40;

  private final LocalDate today;

  /**
   * What the previous row gave, for the next row to reuse: a case's registrations come one after
   * another and repeat its name, CPR number and case id, and working them out again for each row
   * was a large part of a row's validation (docs/benchmarks.md 1.52).
   */
  private String lastName;

  private NameParts lastNameParts = NameParts.NONE;
  private String lastCprText;
  private Cpr lastCpr;
  private String lastCaseId;
  private boolean lastCaseIdLooksLikeCpr;
  private NameParts caseIdCheckedAgainst;
  private boolean lastCaseIdMentionsName;
  private final CellParser.Codes codes = new CellParser.Codes();
  private final FreeText.Memo cleaned = new FreeText.Memo();

  /**
   * @param today the run's date: registration dates after it are in the future
   */
  RowValidator(LocalDate today) {
    this.today = Objects.requireNonNull(today, "today == null");
  }

  /**
   * The outcome: a registration, or the errors that reject the row; the masked CPR number; and the
   * row's name as a scrubber for any other value of the row that leaves ingest.
   */
  record Outcome(
      Registration registration, List<DeliveryError> errors, String maskedCpr, FreeText scrubber) {
    boolean accepted() {
      return registration != null;
    }
  }

  Outcome validate(RawRow row) {
    FreeText free = new FreeText(nameParts(row.cell(NAME)), cleaned);
    CellParser p = new CellParser(row, free, codes);
    if (row.extraCells() > 0) {
      p.error(null, null, Rule.EXTRA_CELLS, row.extraCells());
    }
    String municipality = p.required(MUNICIPALITY_CODE);
    if (municipality != null && !Municipalities.danish().contains(municipality)) {
      p.error(MUNICIPALITY_CODE, municipality, Rule.UNKNOWN_MUNICIPALITY);
    }
    String caseId = p.required(CASE_ID);
    if (caseId != null && caseId.length() > MAX_CASE_ID) {
      p.error(CASE_ID, caseId, Rule.TOO_LONG, caseId.length());
    }
    if (caseId != null && !caseId.equals(lastCaseId)) {
      lastCaseId = caseId;
      lastCaseIdLooksLikeCpr = CprLike.in(caseId);
      caseIdCheckedAgainst = null;
    }
    if (caseId != null && lastCaseIdLooksLikeCpr) {
      p.error(CASE_ID, caseId, Rule.CASE_ID_LOOKS_LIKE_CPR);
    }
    if (caseId != null && caseIdCheckedAgainst != free.name()) {
      caseIdCheckedAgainst = free.name();
      lastCaseIdMentionsName = free.mentionsName(caseId);
    }
    if (caseId != null && lastCaseIdMentionsName) {
      p.error(CASE_ID, caseId, Rule.CASE_ID_CONTAINS_NAME);
    }
    Cpr cpr = cpr(p);
    String targetGroup = p.code(TARGET_GROUP, true);
    Boolean closed = p.yesNo(CASE_CLOSED, false);
    LocalDate closedDate = p.date(CLOSED_DATE, false);
    if (Boolean.TRUE.equals(closed) && p.text(CLOSED_DATE) == null) {
      p.error(CLOSED_DATE, null, Rule.CLOSED_DATE_MISSING);
    }
    LocalDate date = registrationDate(p, cpr);
    String kind = p.code(REGISTRATION_KIND, true);
    Integer monthsSincePrevious = p.wholeNumber(MONTHS_SINCE_PREVIOUS);
    String initiator = p.code(INITIATOR, false);
    String service = p.code(SERVICE, true);
    String providerType = p.code(PROVIDER_TYPE, false);
    Double dailyPrice = p.amount(DAILY_PRICE);
    Double hoursIndividual = p.amount(HOURS_INDIVIDUAL);
    Double hoursGroup = p.amount(HOURS_GROUP);
    if ("SEL107".equals(service) && p.text(DAILY_PRICE) == null) {
      p.error(DAILY_PRICE, null, Rule.DAILY_PRICE_MISSING);
    }
    if ("SEL85".equals(service) && p.text(HOURS_INDIVIDUAL) == null) {
      p.error(HOURS_INDIVIDUAL, null, Rule.HOURS_MISSING);
    }
    Double vum = p.vum(VUM_SCORE, true);
    Boolean goalsSet = p.yesNo(GOALS_SET, true);
    String goalType = p.code(GOAL_TYPE, false);
    if (Boolean.TRUE.equals(goalsSet) && p.text(GOAL_TYPE) == null) {
      p.error(GOAL_TYPE, null, Rule.GOAL_TYPE_MISSING);
    }
    Double vumTarget = p.vum(VUM_TARGET, false);
    LocalDate expectedGoalDate = p.date(EXPECTED_GOAL_DATE, false);
    String previousGoal = p.code(PREVIOUS_GOAL_FULFILLED, false);
    Double concurrentPrice = p.amount(CONCURRENT_DAILY_PRICE);
    String funding = p.code(FUNDING_BASIS, false);
    Boolean employment = p.yesNo(EMPLOYMENT_MEASURE, false);
    String masked = cpr == null ? CprLike.masked(row.cell(CPR)) : cpr.masked();
    if (!p.errors().isEmpty()) {
      return new Outcome(null, List.copyOf(p.errors()), masked, free);
    }
    Registration registration =
        new Registration(
            municipality,
            caseId,
            cpr,
            targetGroup,
            closed,
            closedDate,
            free.clean(row.cell(CLOSING_REASON)),
            date,
            kind,
            monthsSincePrevious,
            initiator,
            service,
            free.clean(row.cell(PROVIDER_NAME)),
            providerType,
            dailyPrice,
            hoursIndividual,
            hoursGroup,
            vum,
            goalsSet,
            goalType,
            vumTarget,
            expectedGoalDate,
            previousGoal,
            free.clean(row.cell(CONCURRENT_SERVICE)),
            concurrentPrice,
            funding,
            employment,
            Period.between(cpr.birthDate(), date).getYears(),
            free.cprCells(),
            free.nameCells());
    return new Outcome(registration, List.of(), masked, free);
  }

  /**
   * The parts of a name cell: the previous row's when it is the same name, else those of the same
   * name in an earlier case, else worked out. Names recur across cases (a generated delivery of
   * 30,129 cases had 8,732 names), and working out a name's parts was about a tenth of the parse
   * task's CPU at 10⁶ (docs/benchmarks.md 1.62). Bounded like the codes' memory.
   */
  private NameParts nameParts(String name) {
    if (name == null) {
      return NameParts.of(null);
    }
    if (!name.equals(lastName)) {
      lastName = name;
      lastNameParts = namesSeen.get(name, NameParts::of);
    }
    return lastNameParts;
  }

  private final TextMemo<NameParts> namesSeen = new TextMemo<>(1 << 14);

  private Cpr cpr(CellParser p) {
    String text = p.required(CPR);
    if (text == null) {
      return null;
    }
    if (!text.equals(lastCprText)) {
      // A spreadsheet that stored the number as a number drops the leading zero.
      String digits = NINE_DIGITS.matcher(text).matches() ? "0" + text : text;
      lastCpr = Cpr.parse(digits).orElse(null);
      lastCprText = text;
    }
    Cpr cpr = lastCpr;
    if (cpr == null) {
      p.error(CPR, null, Rule.INVALID_CPR);
    }
    return cpr;
  }

  private LocalDate registrationDate(CellParser p, Cpr cpr) {
    LocalDate date = p.date(REGISTRATION_DATE, true);
    if (date == null) {
      return null;
    }
    if (date.isAfter(today)) {
      p.error(REGISTRATION_DATE, date.toString(), Rule.FUTURE_DATE);
    }
    if (cpr != null && date.isBefore(cpr.birthDate())) {
      p.error(REGISTRATION_DATE, date.toString(), Rule.BEFORE_BIRTH);
    }
    return date;
  }
}
