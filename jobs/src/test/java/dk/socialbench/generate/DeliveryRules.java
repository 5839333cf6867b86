package dk.socialbench.generate;

import static dk.socialbench.contract.DeliveryColumn.*;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.contract.Municipalities;
import dk.socialbench.contract.Vocabulary;
import dk.socialbench.delivery.Cpr;
import dk.socialbench.generate.DeliveryFileReader.DeliveryFile;
import dk.socialbench.generate.DeliveryFileReader.DeliveryLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An independent check of the rules in delivery-format.md, written from the document rather than
 * from the generator: every violation is reported as "file:line: what".
 */
final class DeliveryRules {
  private static final Set<Double> VUM = Set.of(0.0, 1.0, 2.0, 3.0, 3.5, 4.0);
  private static final List<DeliveryColumn> MASTER_DATA =
      List.of(
          MUNICIPALITY_CODE,
          CASE_ID,
          CPR,
          NAME,
          TARGET_GROUP,
          CASE_CLOSED,
          CLOSED_DATE,
          CLOSING_REASON);
  private static final List<DeliveryColumn> DATES =
      List.of(CLOSED_DATE, REGISTRATION_DATE, EXPECTED_GOAL_DATE);
  private static final List<DeliveryColumn> AMOUNTS =
      List.of(DAILY_PRICE, HOURS_INDIVIDUAL, HOURS_GROUP, CONCURRENT_DAILY_PRICE);

  private final LocalDate latest;
  private final List<String> violations = new ArrayList<>();

  private DeliveryRules(LocalDate latest) {
    this.latest = latest;
  }

  /** Violations in the files; no date may be after {@code latest}. */
  static List<String> check(List<DeliveryFile> files, LocalDate latest) {
    DeliveryRules rules = new DeliveryRules(latest);
    files.forEach(rules::checkFile);
    return rules.violations;
  }

  private void checkFile(DeliveryFile file) {
    Set<DeliveryColumn> present = new HashSet<>();
    file.headerCells().forEach(h -> present.add(DeliveryColumn.fromHeader(h).orElseThrow()));
    for (DeliveryColumn c : DeliveryColumn.values()) {
      if (!c.mayBeAbsent() && !present.contains(c)) {
        violations.add(file.path().getFileName() + ": header lacks " + c.code());
      }
    }
    Map<String, List<DeliveryLine>> cases = new LinkedHashMap<>();
    for (DeliveryLine line : file.lines()) {
      checkLine(line);
      cases.computeIfAbsent(line.get(CASE_ID), id -> new ArrayList<>()).add(line);
    }
    cases.values().forEach(this::checkCase);
  }

  private void checkLine(DeliveryLine l) {
    for (DeliveryColumn c : DeliveryColumn.values()) {
      if (c.presence() == DeliveryColumn.Presence.REQUIRED && l.get(c) == null) {
        fail(l, c.code() + " is required");
      }
      if (l.get(c) != null && c.vocabulary().isPresent()) {
        Vocabulary v = c.vocabulary().get();
        if (v.codeOf(l.get(c)).isEmpty()) {
          fail(l, c.code() + " '" + l.get(c) + "' is not a value of " + v);
        }
      }
    }
    String municipality = l.get(MUNICIPALITY_CODE);
    if (municipality != null && !Municipalities.danish().contains(municipality)) {
      fail(l, "unknown municipality " + municipality);
    }
    if (l.get(CASE_ID) != null && l.get(CASE_ID).length() > 40) {
      fail(l, "case_id longer than 40");
    }
    LocalDate birth =
        l.get(CPR) == null ? null : Cpr.parse(l.get(CPR)).map(Cpr::birthDate).orElse(null);
    if (l.get(CPR) != null && birth == null) {
      fail(l, "cpr is not a valid number");
    }
    for (DeliveryColumn c : DATES) {
      checkDate(l, c, birth);
    }
    for (DeliveryColumn c : AMOUNTS) {
      Double amount = l.get(c) == null ? null : DeliveryFileReader.number(l.get(c));
      if (l.get(c) != null && (amount == null || amount < 0)) {
        fail(l, c.code() + " '" + l.get(c) + "' is not an amount >= 0");
      }
    }
    checkVum(l, VUM_SCORE);
    checkVum(l, VUM_TARGET);
    checkConditionals(l);
  }

  private void checkConditionals(DeliveryLine l) {
    if (is(l, CASE_CLOSED, "yes") && l.get(CLOSED_DATE) == null) {
      fail(l, "case_closed=yes without closed_date");
    }
    if (is(l, SERVICE, "SEL107") && l.get(DAILY_PRICE) == null) {
      fail(l, "SEL107 without daily_price");
    }
    if (is(l, SERVICE, "SEL85") && l.get(HOURS_INDIVIDUAL) == null) {
      fail(l, "SEL85 without hours_individual");
    }
    if (is(l, GOALS_SET, "yes") && l.get(GOAL_TYPE) == null) {
      fail(l, "goals_set=yes without goal_type");
    }
  }

  private void checkCase(List<DeliveryLine> lines) {
    DeliveryLine first = lines.get(0);
    for (DeliveryLine l : lines) {
      for (DeliveryColumn c : MASTER_DATA) {
        if (!Objects.equals(l.get(c), first.get(c))) {
          fail(l, c.code() + " differs from line " + first.line() + " of the same case");
        }
      }
      if (!Objects.equals(code(l, SERVICE), code(first, SERVICE))) {
        fail(l, "service changes within the case");
      }
    }
    List<DeliveryLine> byDate = new ArrayList<>(lines);
    byDate.sort(Comparator.comparing(l -> DeliveryFileReader.date(l.get(REGISTRATION_DATE))));
    Set<LocalDate> dates = new HashSet<>();
    for (int k = 0; k < byDate.size(); k++) {
      DeliveryLine l = byDate.get(k);
      if (!dates.add(DeliveryFileReader.date(l.get(REGISTRATION_DATE)))) {
        fail(l, "a second registration of the case on the same date");
      }
      if (k > 0 && l.get(PREVIOUS_GOAL_FULFILLED) == null) {
        fail(l, "previous_goal_fulfilled missing after the case's first registration");
      }
      checkMonthsSincePrevious(l, k == 0 && is(l, REGISTRATION_KIND, "follow_up"));
    }
  }

  /** Whole months ≥ 0, and only on a case's first registration when it is a follow-up. */
  private void checkMonthsSincePrevious(DeliveryLine l, boolean firstFollowUp) {
    String raw = l.get(MONTHS_SINCE_PREVIOUS);
    if (raw == null) {
      return;
    }
    Double months = DeliveryFileReader.number(raw);
    if (months == null || months < 0 || months != Math.rint(months)) {
      fail(l, "months_since_previous '" + raw + "' is not a whole number of months >= 0");
    }
    if (!firstFollowUp) {
      fail(l, "months_since_previous on a registration that is not a first follow-up");
    }
  }

  private void checkDate(DeliveryLine l, DeliveryColumn c, LocalDate birth) {
    if (l.get(c) == null) {
      return;
    }
    LocalDate d = DeliveryFileReader.date(l.get(c));
    if (d == null) {
      fail(l, c.code() + " '" + l.get(c) + "' is not a date");
    } else if (d.isAfter(latest) || d.isAfter(LocalDate.now())) {
      fail(l, c.code() + " " + d + " is in the future");
    } else if (birth != null && d.isBefore(birth)) {
      fail(l, c.code() + " " + d + " is before the citizen's birth");
    }
  }

  private void checkVum(DeliveryLine l, DeliveryColumn c) {
    if (l.get(c) != null && !VUM.contains(DeliveryFileReader.number(l.get(c)))) {
      fail(l, c.code() + " '" + l.get(c) + "' is not on the VUM scale");
    }
  }

  private static boolean is(DeliveryLine l, DeliveryColumn c, String code) {
    return code.equals(code(l, c));
  }

  private static String code(DeliveryLine l, DeliveryColumn c) {
    String raw = l.get(c);
    return raw == null ? null : c.vocabulary().orElseThrow().codeOf(raw).orElse(raw);
  }

  private void fail(DeliveryLine l, String what) {
    violations.add(l.file().getFileName() + ":" + l.line() + ": " + what);
  }
}
