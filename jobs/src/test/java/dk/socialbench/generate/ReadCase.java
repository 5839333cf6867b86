package dk.socialbench.generate;

import dk.socialbench.contract.DeliveryColumn;
import dk.socialbench.generate.DeliveryFileReader.DeliveryFile;
import dk.socialbench.generate.DeliveryFileReader.DeliveryLine;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A case read back from delivery files: its rows in date order, with typed access by column. */
record ReadCase(String municipality, String caseId, List<DeliveryLine> registrations) {
  static List<ReadCase> from(List<DeliveryFile> files) {
    List<ReadCase> cases = new ArrayList<>();
    for (DeliveryFile file : files) {
      Map<String, List<DeliveryLine>> byId = new LinkedHashMap<>();
      for (DeliveryLine l : file.lines()) {
        byId.computeIfAbsent(l.get(DeliveryColumn.CASE_ID), id -> new ArrayList<>()).add(l);
      }
      for (List<DeliveryLine> lines : byId.values()) {
        lines.sort(
            Comparator.comparing(
                l -> DeliveryFileReader.date(l.get(DeliveryColumn.REGISTRATION_DATE))));
        cases.add(
            new ReadCase(
                lines.get(0).get(DeliveryColumn.MUNICIPALITY_CODE),
                lines.get(0).get(DeliveryColumn.CASE_ID),
                lines));
      }
    }
    return cases;
  }

  int size() {
    return registrations.size();
  }

  /** The code of an enumerated cell at registration k (0-based), or null when empty. */
  String code(int k, DeliveryColumn column) {
    String raw = registrations.get(k).get(column);
    return raw == null ? null : column.vocabulary().orElseThrow().codeOf(raw).orElseThrow();
  }

  Double number(int k, DeliveryColumn column) {
    String raw = registrations.get(k).get(column);
    return raw == null ? null : DeliveryFileReader.number(raw);
  }

  LocalDate date(int k, DeliveryColumn column) {
    String raw = registrations.get(k).get(column);
    return raw == null ? null : DeliveryFileReader.date(raw);
  }

  String text(int k, DeliveryColumn column) {
    return registrations.get(k).get(column);
  }

  String service() {
    return code(0, DeliveryColumn.SERVICE);
  }

  double vum(int k) {
    return number(k, DeliveryColumn.VUM_SCORE);
  }

  /** The §107 daily price or the §85 hours at registration k. */
  double amount(int k) {
    return number(
        k,
        service().equals("SEL107") ? DeliveryColumn.DAILY_PRICE : DeliveryColumn.HOURS_INDIVIDUAL);
  }

  /** Months from registration k - 1 to k, as an analysis would derive them. */
  double monthsBefore(int k) {
    LocalDate from = date(k - 1, DeliveryColumn.REGISTRATION_DATE);
    LocalDate to = date(k, DeliveryColumn.REGISTRATION_DATE);
    return ChronoUnit.DAYS.between(from, to) / (365.25 / 12);
  }

  /** Age in whole years at the first registration, from the CPR number. */
  int ageAtFirst() {
    LocalDate birth =
        dk.socialbench.delivery.Cpr.parse(text(0, DeliveryColumn.CPR)).orElseThrow().birthDate();
    return (int) ChronoUnit.YEARS.between(birth, date(0, DeliveryColumn.REGISTRATION_DATE));
  }
}
